import { expect, test } from "@playwright/test";
import { completeAssessment, expectAccessible } from "./journeys";

test("report → assessment → result, with JavaScript @phone", async ({ page }, testInfo) => {
  await completeAssessment(page, { checkAccessibility: true });
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  await page.screenshot({ path: testInfo.outputPath(`result-${testInfo.project.name}.png`), fullPage: true });

  // Reloading shows the same stored result.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading!);

  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("report → assessment → result with plain form posts", async ({ page }, testInfo) => {
    await completeAssessment(page);
    await page.screenshot({ path: testInfo.outputPath("result-no-js.png"), fullPage: true });

    // Optional email capture: consent is required.
    await page.getByRole("textbox", { name: "Email address" }).fill("sam@example.com");
    await page.getByRole("checkbox", { name: /I agree/ }).check();
    await page.getByRole("button", { name: "Save my email" }).click();
    await expect(page.getByText("We have your email for this result.")).toBeVisible();
  });
});
