import { expect, test } from "@playwright/test";
import { expectAccessible } from "./journeys";

for (const path of ["/privacy", "/refund-policy"]) {
  test(`${path} reads well and has no serious or critical accessibility violations @phone`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  });
}

test("a privacy request answers without saying whether the address is known", async ({ page }) => {
  await page.goto("/privacy");
  await page.getByRole("textbox", { name: "Email address" }).fill(`nobody-${Date.now()}@example.com`);
  await page.getByRole("radio", { name: "A copy of my data" }).check();
  await page.getByRole("button", { name: "Email me a confirmation link" }).click();
  await expect(page.getByRole("status")).toContainText("If we hold any data for that address");
  await expectAccessible(page);
});
