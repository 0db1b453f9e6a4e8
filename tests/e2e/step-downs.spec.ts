import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { importIntoE2eDatabase } from "./e2e-database";
import { expectAccessible } from "./journeys";

/**
 * A person who would take less demanding or lower-paid work asks for step downs on the goals step
 * and gets them in their own section of the result (the fixture thatchers have two stored).
 */
const fixtures = writeResearchFixtures();

test.beforeAll(() => importIntoE2eDatabase({ gptsDir: fixtures.gpts, applicabilityCsv: fixtures.applicability }));

test.afterAll(() => rmSync(fixtures.root, { recursive: true, force: true }));

test("an imported role's assessment shows the step downs asked for, apart from the moves @phone", async ({ page }, testInfo) => {
  await page.goto("/assessment?occupation=thatchers");
  await expect(page.getByRole("radio", { name: "Thatchers" })).toBeChecked();
  await page.getByRole("button", { name: "Start the assessment" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your experience");
  await page.getByLabel("Years of experience in this kind of work").fill("12");
  await page.getByRole("radio", { name: /Senior/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How you spend your week");
  const shares = page.getByRole("spinbutton");
  const tasks = await shares.count();
  for (let i = 0; i < tasks; i++) await shares.nth(i).fill("10");
  await page.getByLabel(/scale them proportionally/).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your skills");
  await expect(page.getByRole("button", { name: "Continue" })).toBeVisible();
  const groups = page.getByRole("group").filter({ hasNotText: "(optional)" });
  const count = await groups.count();
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole("radio", { name: /^3/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your goals");
  const optIn = page.getByRole("checkbox", { name: /I would also consider work that needs less training or pays less/ });
  await expect(optIn).not.toBeChecked();
  await optIn.check();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath(`step-downs-goals-${testInfo.project.name}.png`), fullPage: true });
  await page.getByRole("radio", { name: /Make an adjacent move/ }).check();
  await page.getByLabel("Hours a week you can give to learning").fill("3");
  await page.getByLabel("Where in the UK do you work?").selectOption("south-west");
  await page.getByRole("button", { name: "See my result" }).click();

  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{32}$/);
  const moves = page.getByRole("region", { name: /best moves/ });
  const downs = page.getByRole("region", { name: "Step-down options you asked for" });
  await expect(downs).toBeVisible();
  await expect(downs.getByRole("listitem")).toHaveCount(2);
  await expect(downs.getByRole("link", { name: "Lighthouse Keepers" })).toBeVisible();
  await expect(downs.getByText("pays about 40 % less (US median ratio 0.60)")).toBeVisible();
  await expect(moves.getByRole("link", { name: "Lighthouse Keepers" })).toHaveCount(0);
  // After the moves, before the Blueprint offer.
  const top = async (l: typeof downs) => (await l.boundingBox())!.y;
  expect(await top(downs)).toBeGreaterThan(await top(moves));
  await expectAccessible(page);
  await downs.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath(`step-downs-${testInfo.project.name}.png`), fullPage: true });
  await downs.screenshot({ path: testInfo.outputPath(`step-downs-section-${testInfo.project.name}.png`) });
});
