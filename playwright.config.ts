import { defineConfig, devices } from "@playwright/test";
import { E2E_STAFF } from "./tests/e2e/staff-auth";

/**
 * e2e runs the real `npm start` entry against its own data directory (embedded PostgreSQL) or
 * DATABASE_URL's server when set, in the system Chromium (`npx playwright install` cannot
 * download here). tests/support/e2e-server.ts gives each server an empty database every run.
 */
const PORT = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${PORT}`;
// The staff console spec needs REVIEW_MODE=manual, which would hold every other spec's order in
// review: it gets a server of its own, always on its own embedded database (a shared DATABASE_URL
// would let the other server's worker render these orders in auto mode).
const STAFF_PORT = Number(process.env.E2E_STAFF_PORT ?? PORT + 1);
const staffURL = `http://127.0.0.1:${STAFF_PORT}`;
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349);
// Every spec's visitor comes from loopback, one IP: at the public allowances the run would answer
// itself 429 part-way. The limiter itself is tested in tests/integration/abuse-limits.test.ts.
const RATE_LIMIT_SCALE = "100";
const SERVER = "node --import tsx tests/support/e2e-server.ts";
const IMPORTED_PURCHASE = /imported-purchase\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: [/staff\.spec\.ts$/, IMPORTED_PURCHASE] },
    { name: "staff", use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: staffURL }, testMatch: /staff\.spec\.ts$/ },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, grep: /@phone/, testIgnore: IMPORTED_PURCHASE },
    // Buying real imported roles swaps the real catalogue in: it runs after every spec that reads the fixture one.
    {
      name: "imported",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      testMatch: IMPORTED_PURCHASE,
      dependencies: ["desktop", "phone"],
    },
  ],
  webServer: [
    {
      command: SERVER,
      url: `${baseURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        APP_URL: baseURL,
        DATA_DIR,
        EMBEDDED_PG_PORT: String(PG_PORT),
        STAFF_EMAIL: E2E_STAFF.email,
        STAFF_PASSWORD: E2E_STAFF.password,
        RATE_LIMIT_SCALE,
        ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      },
    },
    {
      command: SERVER,
      url: `${staffURL}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: "pipe",
      env: {
        PORT: String(STAFF_PORT),
        APP_URL: staffURL,
        DATA_DIR: `${DATA_DIR}-staff`,
        EMBEDDED_PG_PORT: process.env.E2E_STAFF_PG_PORT ?? String(PG_PORT + 1),
        DATABASE_URL: "",
        REVIEW_MODE: "manual",
        RATE_LIMIT_SCALE,
        STAFF_EMAIL: E2E_STAFF.email,
        STAFF_PASSWORD: E2E_STAFF.password,
      },
    },
  ],
});
