import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Shared user journeys for the e2e specs. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

export async function completeAssessment(page: Page, { checkAccessibility = false } = {}) {
  const check = async () => {
    if (checkAccessibility) await expectAccessible(page);
  };
  await page.goto("/occupations/backend-developer");
  await page.getByRole("link", { name: "Take the free assessment" }).last().click();

  await expect(page).toHaveURL(/\/assessment\?occupation=backend-developer$/);
  await expect(page.getByRole("radio", { name: "Backend Developer" })).toBeChecked();
  await check();
  await page.getByRole("button", { name: "Start the assessment" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your experience");
  await check();
  await page.getByLabel("Years of experience in this kind of work").fill("4");
  await page.getByRole("radio", { name: /Mid-level/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How you spend your week");
  const shares = page.getByRole("spinbutton");
  await expect(shares).toHaveCount(8);
  // An honest week that does not add up: first refused with a message, then scaled on request.
  for (const [i, value] of [50, 30, 10, 0, 0, 0, 0, 0].entries()) await shares.nth(i).fill(String(value));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Your shares add up to 90%")).toBeVisible();
  await check();
  await page.getByLabel(/scale them proportionally/).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your skills");
  // Counting does not wait: the page is streamed, so wait for the button that ends the form first.
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  await check();
  const groups = page.getByRole("group").filter({ hasNotText: "(optional)" });
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: /^3/ }).check();
  // The optional skills start on "Not sure / skip"; rate one of them and leave the rest.
  await expect(page.getByRole("heading", { name: "Skills your likely moves need (optional)" })).toBeVisible();
  const optional = page.getByRole("group", { name: /\(optional\)$/ });
  expect(await optional.count()).toBeGreaterThanOrEqual(1);
  await expect(optional.first().getByRole("radio", { name: "Not sure / skip" })).toBeChecked();
  await optional.first().getByRole("radio", { name: /^4/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your goals");
  await check();
  await page.getByRole("radio", { name: /Make an adjacent move/ }).check();
  await page.getByLabel("Hours a week you can give to learning").fill("6");
  await page.getByLabel("Where in the UK do you work?").selectOption("north-west");
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{32}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Your AI exposure is \d+ out of 100/);
  await expect(page.getByRole("heading", { name: "Your three best moves" })).toBeVisible();
  await expect(page.getByText(/% skill match/)).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Get your Blueprint — £49" })).toBeVisible();
}
