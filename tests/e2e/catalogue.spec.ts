import { rmSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { importIntoE2eDatabase } from "./e2e-database";

const fixtures = writeResearchFixtures();

// The fixture catalogue goes into the database the e2e server uses.
test.beforeAll(() => importIntoE2eDatabase({ gptsDir: fixtures.gpts, applicabilityCsv: fixtures.applicability }));

test.afterAll(() => rmSync(fixtures.root, { recursive: true, force: true }));

test("a visitor searches the catalogue, filters it and opens an imported report @phone", async ({ page }, testInfo) => {
  await page.goto("/occupations");
  await page.getByLabel("Job title or words").fill("table");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/occupations\?q=table/);
  await expect(page.getByRole("status")).toContainText("1 occupation match");

  await page.getByLabel("Job title or words").fill("");
  await page.getByLabel("AI exposure", { exact: true }).selectOption("low");
  await page.getByLabel("Sector", { exact: true }).selectOption("Construction and Extraction");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Dry Stone Wallers", "Thatchers"]);
  await page.screenshot({ path: testInfo.outputPath(`catalogue-${testInfo.project.name}.png`), fullPage: true });

  await page.getByRole("link", { name: "Thatchers" }).click();
  await expect(page).toHaveURL(/\/occupations\/thatchers$/);
  await expect(page.getByRole("img", { name: "AI exposure score: 25 out of 100" })).toBeVisible();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(3); // header + two tasks
  await expect(page.getByRole("heading", { name: "Data behind this report" })).toBeVisible();
  await expect(page.getByText(/incorporates information from O\*NET/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Window to act" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath(`imported-report-${testInfo.project.name}.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a UK visitor finds their occupation by its UK name in the catalogue, the report and the assessment @phone", async ({ page }) => {
  await page.goto("/occupations");
  await page.getByLabel("Job title or words").fill("software engineer");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/occupations\?q=software\+engineer/);
  // The curated role's code (15-1252) is what the UK word means; it comes first, with the word beside it.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText("Backend Developer");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Backend Developer" }) })).toContainText(
    "UK: software engineer",
  );

  await page.getByRole("link", { name: "Backend Developer" }).click();
  await expect(page.getByText("Also called in the UK: software engineer, DevOps engineer")).toBeVisible();

  await page.goto("/assessment");
  await page.getByLabel("Search occupations").fill("software engineer");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("radio", { name: "Backend Developer (UK: software engineer)" }).check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\/experience$/);
});

test("the assessment starts from an imported report", async ({ page }) => {
  await page.goto("/occupations/tide-table-compilers");
  await page.getByRole("link", { name: "Take the free assessment" }).last().click();
  await expect(page).toHaveURL(/\/assessment\?occupation=tide-table-compilers$/);
  await expect(page.getByRole("radio", { name: "Tide Table Compilers" })).toBeChecked();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page).toHaveURL(/\/assessment\/experience$/);
});

for (const p of [
  "/occupations?q=thatch",
  "/occupations?q=software+engineer",
  "/occupations?band=extreme",
  "/occupations/tide-table-compilers",
  "/method",
]) {
  test(`${p} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(p);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
