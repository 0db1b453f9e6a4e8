import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * Keyboard only: every step of the assessment and the checkout is reachable with Tab, and
 * operable with typing, arrows, Space and Enter. No mouse clicks, no direct focusing.
 */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target.toString()} with Tab`);
}

async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

test("the assessment and the checkout can be completed with the keyboard alone", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/assessment?occupation=backend-developer");
  await tabTo(page, page.getByRole("button", { name: "Start the assessment" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your experience");
  await typeInto(page, page.getByLabel("Years of experience in this kind of work"), "7");
  await page.keyboard.press("Tab"); // into the level radio group (first option)
  await page.keyboard.press("Space");
  const midLevel = page.getByRole("radio", { name: /Mid-level/ });
  // Bounded: the group has a handful of levels, so a few presses reach any of them.
  for (let presses = 0; presses < 8 && !(await midLevel.isChecked()); presses++) await page.keyboard.press("ArrowDown");
  await expect(midLevel).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How you spend your week");
  const shares = page.getByRole("spinbutton");
  const count = await shares.count();
  for (let i = 0; i < count; i++) await typeInto(page, shares.nth(i), i === 0 ? String(100 - 10 * (count - 1)) : "10");
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your skills");
  const groups = page.getByRole("group").filter({ hasNotText: "(optional)" });
  const n = await groups.count();
  expect(n).toBe(8);
  for (let i = 0; i < n; i++) {
    await tabTo(page, groups.nth(i).getByRole("radio").first());
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(groups.nth(i).getByRole("radio", { name: /^3/ })).toBeChecked();
  }
  // An optional rating starts on "Not sure / skip": Tab lands on that checked radio, arrows change it.
  const optional = page.getByRole("group").filter({ hasText: "(optional)" }).first();
  await tabTo(page, optional.getByRole("radio", { name: "Not sure / skip" }));
  await page.keyboard.press("ArrowLeft");
  await expect(optional.getByRole("radio", { name: /^5/ })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your goals");
  await tabTo(page, page.getByRole("radio", { name: /Future-proof where I am/ }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Make an adjacent move/ })).toBeChecked();
  await typeInto(page, page.getByLabel("Hours a week you can give to learning"), "5");
  await tabTo(page, page.getByLabel("Where in the UK do you work?"));
  await page.keyboard.type("London");
  await expect(page.getByLabel("Where in the UK do you work?")).not.toHaveValue("");
  await tabTo(page, page.getByRole("button", { name: "See my result" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/results\/[A-Za-z0-9_-]{32}$/);
  await tabTo(page, page.getByRole("checkbox", { name: /delivered straight away/ }), 200);
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Get your Blueprint — £49" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/checkout\/simulator\//);
  await typeInto(page, page.getByRole("textbox", { name: "Email" }), `keyboard-${Date.now()}@example.com`);
  await tabTo(page, page.getByRole("button", { name: "Pay £49.00" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/checkout\/success\?session_id=/);
  await expect(page.getByTestId("order-status")).toHaveText(/paid|rendering|sending|delivered/);
});
