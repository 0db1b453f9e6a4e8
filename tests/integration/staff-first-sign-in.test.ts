import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

/**
 * The README's first sign-in, as a newcomer does it: `npm start` in development with no
 * STAFF_EMAIL, under a process manager (stdout is not a terminal), on a server whose APP_URL is
 * not loopback. The generated password is read from the file the log points to, and the real
 * sign-in form reaches the staff console.
 */
let t: TestDatabase;
let app: AppServer | undefined;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-first-sign-in-"));
const passwordFile = path.join(dataDir, "staff-admin-password");
// A development start: none of the production settings, whatever the shell running the tests has.
const devEnv = {
  NODE_ENV: undefined,
  STAFF_EMAIL: undefined,
  STAFF_PASSWORD: undefined,
  SESSION_SECRET: undefined,
  STRIPE_SECRET_KEY: undefined,
  STRIPE_WEBHOOK_SECRET: undefined,
  RESEND_API_KEY: undefined,
  DATA_DIR: dataDir,
};

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(url: string, email: string, password: string) {
  const client = new FormClient(url);
  expect((await client.get("/staff/login")).status).toBe(200);
  const res = await client.post("/staff/login", { email, password, next: "/staff" });
  return { client, res };
}

// A real start builds first when the sources changed: minutes on a busy machine.
const START = { timeout: 240_000 };

describe("first start in development, stdout not a terminal", () => {
  let password = "";

  it("warns on stderr that development defaults are in force on a public APP_URL", START, async () => {
    app = await startAppServer({ ...devEnv, DATABASE_URL: t.url, APP_URL: "https://careerpivot.example" });
    const output = app.output();
    expect(output).toContain('WARNING: NODE_ENV is not "production", but APP_URL (https://careerpivot.example) is not a loopback address.');
    expect(output).toMatch(/local simulator: anyone can "pay"/);
  });

  it("writes the generated password to a private file in the data directory and never to the log", () => {
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    const [email, generated] = readFileSync(passwordFile, "utf8").split("\n");
    expect(email).toBe("admin@localhost");
    expect(generated).toMatch(/^[A-Za-z0-9_-]{20}$/);
    password = generated!;
    expect(app!.output()).toContain(`its password is in ${passwordFile}`);
    expect(app!.output()).not.toContain(password);
  });

  it("signs admin@localhost in through the sign-in form and reaches the staff console", START, async () => {
    const { client, res } = await signIn(app!.url, "admin@localhost", password);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/staff");
    const console = await client.get("/staff");
    expect(console.status).toBe(200);
    expect(await console.text()).toMatch(/<nav[^>]*aria-label="Staff"/);

    // Changing the password through the console retires the file at the next start.
    const changed = await client.post("/staff/password", {
      current: password,
      password: "a-new-admin-password-0123",
      confirm: "a-new-admin-password-0123",
    });
    expect(changed.status).toBe(303);
    expect(await app!.stop()).toBe(0);
    app = undefined;
  });

  it("on the next start (loopback APP_URL) deletes the retired file, creates nobody and warns of nothing", START, async () => {
    app = await startAppServer({ ...devEnv, DATABASE_URL: t.url });
    expect(existsSync(passwordFile)).toBe(false);
    expect(app.output()).not.toContain("WARNING");
    expect(app.output()).not.toContain("created admin");
    expect((await signIn(app.url, "admin@localhost", "a-new-admin-password-0123")).res.status).toBe(303);
  });
});
