import { afterAll, beforeAll, expect, it } from "vitest";
import { bucketFor } from "../../server/abuse-limits";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

it("maps requests to their allowance", () => {
  expect(bucketFor("POST", "/assessment/tasks")).toBe("assessment");
  expect(bucketFor("POST", "/results/abc")).toBe("checkout");
  expect(bucketFor("GET", "/blueprints/abc")).toBe("download");
  expect(bucketFor("GET", "/occupations")).toBeNull();
  expect(bucketFor("POST", "/webhooks/stripe")).toBeNull();
});

it("answers 429 with a clear page and Retry-After once an IP exceeds its download allowance, counted in PostgreSQL", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 61; i++) statuses.push((await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).status);
  expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
  const limited = await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  const page = await limited.text();
  expect(page).toContain("Please slow down");
  expect(page).toMatch(/try again in \d+ (seconds|minutes)/);
  const [row] = await t.sql`select points from rate_limits where key like 'public_download%'`;
  expect(Number(row!.points)).toBeGreaterThanOrEqual(61);
  // Other pages are not affected.
  expect((await fetch(`${app.url}/occupations`)).status).toBe(200);
});
