import { expect, test } from "@playwright/test";
import { completeAssessment, expectAccessible } from "./journeys";
import { E2E_STAFF, signInAsStaff } from "./staff-auth";

// Issue 18 item 5: the resend page sends a buyer a new email with their links, and answers a
// stranger exactly the same without sending anything (offline: simulator and local outbox).
test("the resend page emails a buyer their Blueprint again and gives a stranger the same answer", async ({ page }) => {
  test.setTimeout(150_000);
  // The e2e data directory outlives a run: fresh addresses keep this run's outbox rows apart.
  const buyer = `resend-buyer-${Date.now()}@example.com`;
  const stranger = `resend-stranger-${Date.now()}@example.com`;
  await completeAssessment(page);
  await page.getByRole("checkbox", { name: /delivered straight away/ }).check();
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();
  await expect(page).toHaveURL(/\/checkout\/simulator\//);
  await page.getByRole("textbox", { name: "Email" }).fill(buyer);
  await page.getByRole("button", { name: "Pay £49.00" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("delivered", { timeout: 60_000 });

  // From the success page, as a buyer who later lost the email would find it.
  await page.getByRole("main").getByRole("link", { name: "Resend my Blueprint" }).click();
  await expect(page).toHaveURL(/\/resend-blueprint$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resend my Blueprint");
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Email address you paid with" }).fill(buyer);
  await page.getByRole("button", { name: "Email me my download links" }).click();
  const answer = page.getByRole("status");
  await expect(answer).toContainText("If that address bought a Blueprint");
  const buyerAnswer = await answer.textContent();

  // The footer links to it from every page; a stranger gets the very same words.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Resend my Blueprint" }).click();
  await page.getByRole("textbox", { name: "Email address you paid with" }).fill(stranger);
  await page.getByRole("button", { name: "Email me my download links" }).click();
  await expect(page.getByRole("status")).toHaveText(buyerAnswer!);

  await signInAsStaff(page, E2E_STAFF, "/staff/outbox");
  // Confirmation, delivery, and the new one with the links, once the queued request is answered.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: buyer })).toHaveCount(3, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("row").filter({ hasText: buyer }).filter({ hasText: "download link" })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: stranger })).toHaveCount(0);
});
