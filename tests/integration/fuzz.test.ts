import { afterAll, beforeAll, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { fuzzRequests, runFuzz, WRITABLE_TABLES } from "../support/fuzz";

let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  // Abuse limits have their own test; here every request should reach validation.
  app = await startAppServer({ DATABASE_URL: t.url, RATE_LIMIT_SCALE: "1000" });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      WRITABLE_TABLES.map(async (table) => [table, (await t.sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n as number]),
    ),
  );

// The short version of `npm run fuzz:http` (which sends ≥ 10,000).
it("answers 1,000 hostile requests to every public endpoint without a 5xx, writing nothing", async () => {
  const before = await counts();
  const report = await runFuzz(app.url, fuzzRequests(1000), 8);
  expect(report.sent).toBe(1000);
  expect(report.serverErrors).toEqual([]);
  expect(Object.keys(report.byStatus).some((s) => s.startsWith("4"))).toBe(true);
  expect(await counts()).toEqual(before);
});
