import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { copyCheckout, type CheckoutCopy } from "../support/checkout-copy";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { freePort, waitForHealthy } from "../support/app-server";

/**
 * `NODE_ENV=production npm start` serves only a build made beforehand, and no start runs on an
 * install that skipped the postinstall patches. Each test starts `server/start.ts` in a copy of
 * the checkout, so the build it finds (or not) is the test's, not the shared one.
 */
const PRODUCTION = {
  NODE_ENV: "production",
  SESSION_SECRET: "production-start-test-secret-0123456789",
  STRIPE_SECRET_KEY: "sk_live_fake123",
  STRIPE_WEBHOOK_SECRET: "whsec_fake123",
  RESEND_API_KEY: "re_fake123",
  WORKER: "off",
};

let t: TestDatabase;
let copy: CheckoutCopy;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});
afterEach(() => copy?.remove());

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
    cwd: copy.root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: path.join(copy.root, ".data"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** A start that must refuse: its exit code and what it printed. */
async function refusal(env: Record<string, string>) {
  const run = start(env);
  const timer = setTimeout(() => run.child.kill("SIGKILL"), 60_000);
  const code = await run.exited.finally(() => clearTimeout(timer));
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

it("refuses to start in production without a build, in one line naming `npm run build`", async () => {
  copy = copyCheckout();
  const { code, stdout, stderr } = await refusal({ ...PRODUCTION, DATABASE_URL: t.url });
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(stderr.trimEnd().split("\n")).toEqual([
    expect.stringMatching(/^No build of the app in build\/: run `npm run build`, then start again/),
  ]);
});

it("refuses a build older than the sources, and does not build it", async () => {
  copy = copyCheckout();
  copy.fakeBuild(new Date("2000-01-01T00:00:00Z"));
  const { code, stdout, stderr } = await refusal({ ...PRODUCTION, DATABASE_URL: t.url });
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^The build in build\/ is older than .+: run `npm run build`/)]);
  expect(statSync(path.join(copy.root, "build/server/index.js")).mtime.toISOString()).toBe("2000-01-01T00:00:00.000Z");
});

it("starts a fresh build without building, and stops cleanly", async () => {
  copy = copyCheckout();
  const builtAt = new Date(Date.now() + 24 * 3600_000);
  await copy.copyBuild(builtAt);
  const port = await freePort();
  const run = start({ ...PRODUCTION, DATABASE_URL: t.url, PORT: String(port) });
  try {
    await waitForHealthy(`http://127.0.0.1:${port}`, run.child, () => run.stdout() + run.stderr());
  } finally {
    run.child.kill("SIGTERM");
  }
  expect(await run.exited).toBe(0);
  expect(run.stdout() + run.stderr()).not.toMatch(/building the app/i);
  expect(statSync(path.join(copy.root, "build/server/index.js")).mtime.getTime()).toBe(builtAt.getTime());
});

it("refuses to start on an install without the postinstall patches, naming the command that applies them", async () => {
  copy = copyCheckout();
  // What `npm ci --ignore-scripts` leaves: the driver as published, without the patch's marker.
  copy.replacePackage("postgres", {
    "src/index.js": "export default function postgres() {}\n",
    "src/connection.js": "function nextWrite(fn) {}\n",
  });
  for (const env of [{ NODE_ENV: "development" }, { ...PRODUCTION, DATABASE_URL: t.url }]) {
    const { code, stdout, stderr } = await refusal(env);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/postinstall patches \(scripts\/patch-postgres\.mjs;.*run `npm run postinstall`/),
    ]);
  }
});
