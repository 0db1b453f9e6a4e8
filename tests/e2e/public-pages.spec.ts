import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("a visitor goes from the landing page through the catalogue to a report @phone", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("How exposed is your job to AI");
  await page.getByRole("link", { name: /Browse \d+ occupation reports/ }).click();

  await expect(page).toHaveURL(/\/occupations$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("AI exposure by occupation");
  await page.getByRole("link", { name: "Backend Developer", exact: true }).click();

  await expect(page).toHaveURL(/\/occupations\/backend-developer$/);
  await expect(page).toHaveTitle(/backend developers.*44\/100/i);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Backend Developer");
  await expect(page.getByRole("img", { name: "AI exposure score: 44 out of 100" })).toBeVisible();
  const taskRows = page.getByRole("table").getByRole("row");
  await expect(taskRows).toHaveCount(9); // header + eight tasks
  await expect(page.getByText(/↑ \d+% skill match/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the free assessment" }).last()).toHaveAttribute(
    "href",
    "/assessment?occupation=backend-developer",
  );

  await page.screenshot({ path: testInfo.outputPath(`report-${testInfo.project.name}.png`), fullPage: true });

  // No horizontal scrolling on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an unknown occupation shows a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/occupations/astronaut-poet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Browse occupations" })).toBeVisible();
});

for (const path of ["/", "/occupations", "/occupations/backend-developer", "/occupations/does-not-exist"]) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
