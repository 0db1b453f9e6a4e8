import { expect, type Page } from "@playwright/test";

/** The bootstrap admin of the e2e server (playwright.config.ts passes these as STAFF_EMAIL/STAFF_PASSWORD). */
export const E2E_STAFF = { email: "e2e-admin@example.com", password: "e2e-admin-password-0123" } as const;

export async function signInAsStaff(page: Page, who: { email: string; password: string } = E2E_STAFF, next = "/staff"): Promise<void> {
  await page.goto(`/staff/login?next=${encodeURIComponent(next)}`);
  await page.getByRole("textbox", { name: "Email" }).fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeVisible();
}
