import { expect, test } from "@playwright/test";
import { PDFDocument } from "pdf-lib";
import { completeAssessment, expectAccessible } from "./journeys";
import { E2E_STAFF, signInAsStaff } from "./staff-auth";

// The offline funnel: no Stripe or Resend keys, so the local checkout simulator and mail outbox.
test("a buyer pays through the simulator, sees the order delivered, and the outbox has the PDF", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  // The e2e data directory outlives a run: a fresh address keeps this run's outbox rows apart.
  const email = `buyer-${Date.now()}@example.com`;
  await completeAssessment(page);

  // Consent to immediate delivery is required before paying.
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();
  await expect(page).toHaveURL(/\/results\//);
  await page.getByRole("checkbox", { name: /delivered straight away/ }).check();
  await expect(page.getByRole("link", { name: "refund policy", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();

  await expect(page).toHaveURL(/\/checkout\/simulator\/cs_test_sim_/);
  await expect(page.getByText(/Test mode — local checkout simulator/)).toBeVisible();
  await expect(page.getByText("Career Pivot Blueprint — Backend Developer")).toBeVisible();
  await expectAccessible(page);
  // Like Stripe Checkout, the simulator asks for the email the Blueprint goes to.
  await page.getByRole("button", { name: "Pay £49.00" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the email address");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Pay £49.00" }).click();

  await expect(page).toHaveURL(/\/checkout\/success\?session_id=cs_test_sim_/);
  await expect(page.getByTestId("order-status")).toHaveText("delivered", { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your Blueprint has been delivered");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("checkout-delivered.png"), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download your Blueprint (PDF)" }).click(),
  ]);
  const pdfPath = testInfo.outputPath("blueprint.pdf");
  await download.saveAs(pdfPath);
  const fs = await import("node:fs/promises");
  expect((await PDFDocument.load(await fs.readFile(pdfPath))).getPageCount()).toBe(15);

  // The outbox is part of the staff console: sign in first.
  await signInAsStaff(page, E2E_STAFF, "/staff/outbox");
  await expect(page).toHaveURL(/\/staff\/outbox$/);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(2);
  const deliveryRow = row.filter({ has: page.getByRole("link", { name: /\.pdf$/ }) });
  await expect(deliveryRow).toHaveCount(1);
  const attachment = await page.request.get(
    await deliveryRow
      .getByRole("link", { name: /\.pdf$/ })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(attachment.headers()["content-type"]).toBe("application/pdf");
  expect((await PDFDocument.load(await attachment.body())).getPageCount()).toBe(15);

  await deliveryRow
    .getByRole("link", { name: /Blueprint/ })
    .first()
    .click();
  await expect(page.getByText("Plain-text part")).toBeVisible();
  await expect(page.locator("pre")).toContainText("/blueprints/");
});

test("cancelling at checkout returns to the result, uncharged", async ({ page }) => {
  await completeAssessment(page);
  await page.getByRole("checkbox", { name: /delivered straight away/ }).check();
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();
  await expect(page).toHaveURL(/\/checkout\/simulator\//);
  await page.getByRole("button", { name: "Simulate a declined card" }).click();
  await expect(page.getByRole("alert")).toContainText("declined");
  await page.getByRole("button", { name: "Cancel and go back" }).click();
  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{32}\?checkout=cancelled$/);
  await expect(page.getByText(/Checkout was cancelled and you have not been charged/)).toBeVisible();
});
