import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort, startAppServer, type AppServer } from "../support/app-server";

/**
 * The README's first sign-in in a browser: `npm start` with nothing configured (development,
 * embedded PostgreSQL, no STAFF_EMAIL) creates admin@localhost; its password is in the file the
 * log names (stdout is not a terminal here), and the sign-in form takes it. A server of its own:
 * the suite's servers are given STAFF_EMAIL, so they never generate an admin.
 */
let app: AppServer | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-e2e-first-"));
// mkdtemp makes the directory private; the database runs as the `postgres` OS user when we are root.
chmodSync(dataDir, 0o755);

test.afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("the generated development admin signs in through the sign-in form", async ({ page }) => {
  test.setTimeout(240_000);
  app = await startAppServer({
    NODE_ENV: undefined,
    DATABASE_URL: undefined,
    STAFF_EMAIL: undefined,
    STAFF_PASSWORD: undefined,
    SESSION_SECRET: undefined,
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
  });
  const file = path.join(dataDir, "staff-admin-password");
  expect(app.output()).toContain(`its password is in ${file}`);
  const [email, password] = readFileSync(file, "utf8").split("\n");
  expect(email).toBe("admin@localhost");

  await page.goto(`${app.url}/staff`);
  await expect(page).toHaveURL(/\/staff\/login\?next=%2Fstaff$/);
  await page.getByRole("textbox", { name: "Email" }).fill(email!);
  await page.getByLabel("Password").fill(password!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("navigation", { name: "Staff" })).toBeVisible();
  await expect(page).toHaveURL(`${app.url}/staff`);
});
