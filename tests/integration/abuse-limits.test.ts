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

it("ignores X-Forwarded-For by default, so a client cannot dodge its limit by forging one", async () => {
  // The previous test used up this IP's download allowance.
  const forged = await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, { headers: { "x-forwarded-for": "198.51.100.77" } });
  expect(forged.status).toBe(429);
});

it("behind a trusted proxy (TRUST_PROXY_HOPS=1) counts each client address the proxy reports", async () => {
  const proxied = await startAppServer({ DATABASE_URL: t.url, TRUST_PROXY_HOPS: "1" });
  try {
    const from = (ip: string) => fetch(`${proxied.url}/blueprints/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`, { headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < 60; i++) expect((await from("203.0.113.10")).status).toBe(404);
    expect((await from("203.0.113.10")).status).toBe(429);
    // Another client behind the same proxy still has its own allowance.
    expect((await from("203.0.113.11")).status).toBe(404);
    const keys = await t.sql<{ key: string }[]>`select key from rate_limits where key like 'public_download%' order by key`;
    expect(keys.map((k) => k.key).filter((k) => k.includes("203.0.113."))).toHaveLength(2);
  } finally {
    await proxied.stop();
  }
});

it("answers a limited data request from the browser's router with plain sentences it can show, not a page of markup", async () => {
  const post = (path: string) => fetch(`${app.url}${path}`, { method: "POST", headers: { origin: app.url, "content-type": "application/x-www-form-urlencoded" }, body: "consent=on" });
  const statuses: number[] = [];
  for (let i = 0; i < 60; i++) statuses.push((await post("/results/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC.data")).status);
  expect(statuses).not.toContain(429);
  const limited = await post("/results/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC.data");
  expect(limited.status).toBe(429);
  expect(limited.headers.get("content-type")).toMatch(/^text\/plain/);
  const text = await limited.text();
  expect(text).toMatch(/^We received a lot of checkout attempts from your connection .* You can try again in \d+ (seconds|minutes)\./);
  expect(text).not.toContain("<");
  // A plain form post (no JavaScript) still gets the page.
  const page = await post("/results/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC");
  expect(page.status).toBe(429);
  expect(page.headers.get("content-type")).toMatch(/^text\/html/);
  expect(await page.text()).toContain("Please slow down");
});
