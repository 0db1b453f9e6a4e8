import { expect, test, type Page } from "@playwright/test";
import { completeAssessment, expectAccessible } from "./journeys";
import { signInAsStaff } from "./staff-auth";

// Runs in the "staff" project: its own server with REVIEW_MODE=manual (playwright.config.ts).

async function buyBlueprint(page: Page, email: string) {
  await completeAssessment(page);
  await page.getByRole("checkbox", { name: /delivered straight away/ }).check();
  await page.getByRole("button", { name: "Get your Blueprint — £49" }).click();
  await expect(page).toHaveURL(/\/checkout\/simulator\/cs_test_sim_/);
  await expect(page.getByText(/Test mode — local checkout simulator/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Pay £49.00" }).click();
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=/);
}

test("staff sign in, approve a paid order in manual review, the buyer's email arrives, then a refund revokes the download", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const email = `staff-e2e-${Date.now()}@example.com`;
  await buyBlueprint(page, email);
  await expect(page.getByTestId("order-status")).toHaveText("awaiting review", { timeout: 60_000 });

  // A separate browser context: the staff member is not the buyer.
  const staff = await (await browser.newContext()).newPage();
  await staff.goto("/staff");
  await expect(staff).toHaveURL(/\/staff\/login\?next=%2Fstaff$/);
  await expectAccessible(staff);
  await signInAsStaff(staff);
  await staff.getByLabel("Status").selectOption("awaiting_review");
  await staff.getByRole("button", { name: "Filter" }).click();
  const row = staff.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row.getByText(/On track|At risk|Breached/)).toBeVisible();
  await expectAccessible(staff);
  await staff.screenshot({ path: testInfo.outputPath("staff-queue.png"), fullPage: true });

  await row.getByRole("link", { name: /^CP-/ }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("Awaiting review");
  await expect(staff.locator('iframe[title="Blueprint version 1"]')).toBeVisible();
  const pdf = await staff.request.get(
    await staff
      .locator('iframe[title="Blueprint version 1"]')
      .getAttribute("src")
      .then((s) => s!),
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expectAccessible(staff);
  await staff.screenshot({ path: testInfo.outputPath("staff-review.png"), fullPage: true });

  // Approving needs the confirmation tick; the browser refuses the form without it.
  const approve = staff.locator("form").filter({ has: staff.getByRole("button", { name: "Approve and send" }) });
  await approve.getByRole("checkbox").check();
  await approve.getByRole("button", { name: "Approve and send" }).click();
  await expect(staff.getByRole("status")).toContainText("Approved");
  await expect(page.getByTestId("order-status")).toHaveText("delivered", { timeout: 60_000 });

  await staff.goto("/staff/outbox");
  const mails = staff.getByRole("row").filter({ hasText: email });
  await expect(mails.filter({ has: staff.getByRole("link", { name: /\.pdf$/ }) })).toHaveCount(1);

  const downloadHref = await page.getByRole("link", { name: "Download your Blueprint (PDF)" }).getAttribute("href");
  expect((await page.request.get(downloadHref!)).status()).toBe(200);

  await staff.goto("/staff?status=delivered");
  await staff.getByRole("row").filter({ hasText: email }).getByRole("link", { name: /^CP-/ }).click();
  const refund = staff.locator("form").filter({ has: staff.getByRole("button", { name: /Refund/ }) });
  await refund.getByRole("checkbox").check();
  await refund.getByRole("button", { name: /Refund/ }).click();
  await expect(staff.getByRole("status")).toContainText("Refund requested");
  await staff.reload();
  await expect(staff.getByTestId("order-status")).toHaveText("Refunded");
  await expect(staff.getByText(/refund_requested/)).toBeVisible();
  expect((await page.request.get(downloadHref!)).status()).toBe(410);
  await staff.screenshot({ path: testInfo.outputPath("staff-order-refunded.png"), fullPage: true });

  await staff.goto("/staff/funnel");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Funnel");
  await expectAccessible(staff);
  await staff.screenshot({ path: testInfo.outputPath("staff-funnel.png"), fullPage: true });

  await staff.getByRole("button", { name: "Sign out" }).click();
  await expect(staff).toHaveURL(/\/staff\/login$/);
  await staff.goto("/staff");
  await expect(staff).toHaveURL(/\/staff\/login/);
});

test("support finds a buyer's order by the email typed in any case; success page, order page and email show one reference", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const email = `lookup-e2e-${Date.now()}@example.com`;
  await buyBlueprint(page, email);
  await expect(page.getByTestId("order-status")).toHaveText("awaiting review", { timeout: 60_000 });
  const reference = (await page.getByTestId("order-reference").textContent())!;
  expect(reference).toMatch(/^CP-[0-9A-F]{8}-[0-9A-F]{4}$/);

  const staff = await (await browser.newContext()).newPage();
  await signInAsStaff(staff);
  await expectAccessible(staff);
  await staff.getByLabel(/Buyer's email, order reference/).fill(email.toUpperCase());
  await staff.getByRole("button", { name: "Find" }).click();
  const results = staff.getByTestId("lookup-results");
  await expect(results.getByRole("listitem")).toHaveCount(1);
  await expectAccessible(staff);
  // The search went in a post: nothing typed is in the address.
  expect(staff.url()).not.toContain("lookup-e2e");
  await results.getByRole("link", { name: reference }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(`Order ${reference}`);

  // The confirmation email is sent by a job: look until it is in the outbox.
  await staff.goto("/staff/outbox");
  const mail = staff.getByRole("row").filter({ hasText: email });
  await expect(async () => {
    await staff.reload();
    await expect(mail.first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await mail.first().getByRole("link").first().click();
  await expect(staff.locator("pre")).toContainText(reference);
});

test("the staff console reads on a phone: sign-in, queue and funnel @phone", async ({ page }, testInfo) => {
  await signInAsStaff(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fulfilment queue");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("staff-queue-phone.png"), fullPage: true });
  // Wide tables scroll inside their own box; the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await page.goto("/staff/funnel");
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
});
