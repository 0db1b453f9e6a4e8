import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketFor } from "../../server/abuse-limits";
import { completeAssessment } from "../support/assessment";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { rawRequest } from "../support/raw-http";

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

const FORM = { "content-type": "application/x-www-form-urlencoded" };
const downloadPoints = async () =>
  Number((await t.sql`select coalesce(sum(points), 0) as n from rate_limits where key like 'public_download%'`)[0]!.n);

it("maps requests to their allowance by the route they reach, for every method that runs an action", () => {
  expect(bucketFor("POST", "/assessment/tasks")).toBe("assessment");
  expect(bucketFor("POST", "/results/:token")).toBe("checkout");
  expect(bucketFor("PUT", "/results/:token")).toBe("checkout");
  expect(bucketFor("DELETE", "/checkout/simulator/:sessionId")).toBe("checkout");
  expect(bucketFor("PATCH", "/privacy")).toBe("privacy");
  expect(bucketFor("POST", "/privacy/confirm/:token/export")).toBe("privacy");
  expect(bucketFor("GET", "/blueprints/:token")).toBe("download");
  expect(bucketFor("HEAD", "/blueprints/:token")).toBe("download");
  expect(bucketFor("GET", "/privacy")).toBeNull();
  expect(bucketFor("GET", "/occupations")).toBeNull();
  expect(bucketFor("POST", "/webhooks/stripe")).toBeNull();
  expect(bucketFor("POST", undefined)).toBeNull();
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
  expect(await downloadPoints()).toBeGreaterThanOrEqual(61);
  // Other pages are not affected.
  expect((await fetch(`${app.url}/occupations`)).status).toBe(200);
});

it("holds a spent download allowance however the address is spelt, and counts every such request", async () => {
  const token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const variants: [string, string][] = [
    ["GET", `/BLUEPRINTS/${token}`],
    ["GET", `/Blueprints/${token}/`],
    ["HEAD", `/blueprints/${token}`],
    ["GET", `/blueprints/${token}.data`],
    ["GET", `/%62lueprints/${token}`],
    ["GET", `/x/../BLUEPRINTS/${token}`],
  ];
  const before = await downloadPoints();
  for (const [method, target] of variants)
    expect({ method, target, status: (await rawRequest(app.url, method, target)).status }).toEqual({ method, target, status: 429 });
  expect(await downloadPoints()).toBe(before + variants.length);
});

it("ignores X-Forwarded-For by default, so a client cannot dodge its limit by forging one", async () => {
  // The first test used up this IP's download allowance.
  const forged = await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, { headers: { "x-forwarded-for": "198.51.100.77" } });
  expect(forged.status).toBe(429);
});

it("behind a trusted proxy (TRUST_PROXY_HOPS=1) counts each client the proxy reports, an IPv6 client by its /64", async () => {
  const proxied = await startAppServer({ DATABASE_URL: t.url, TRUST_PROXY_HOPS: "1" });
  try {
    const from = (ip: string) =>
      fetch(`${proxied.url}/blueprints/BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB`, { headers: { "x-forwarded-for": ip } });
    for (let i = 0; i < 60; i++) expect((await from("203.0.113.10")).status).toBe(404);
    expect((await from("203.0.113.10")).status).toBe(429);
    // Another client behind the same proxy still has its own allowance.
    expect((await from("203.0.113.11")).status).toBe(404);
    const keys = await t.sql<{ key: string }[]>`select key from rate_limits where key like 'public_download%' order by key`;
    expect(keys.map((k) => k.key).filter((k) => k.includes("203.0.113."))).toHaveLength(2);

    // Fresh addresses from one IPv6 subscriber's /64 share that subscriber's allowance.
    for (let i = 0; i < 60; i++) expect((await from(`2001:db8:1:2::${(i + 1).toString(16)}`)).status).toBe(404);
    expect((await from("2001:db8:1:2:ffff:ffff:ffff:ffff")).status).toBe(429);
    expect((await from("2001:db8:1:3::1")).status).toBe(404);
  } finally {
    await proxied.stop();
  }
}, 180_000);

describe("another method or spelling of the address", () => {
  it("does not get round a spent privacy allowance, and sends nothing", async () => {
    await completeAssessment(app.url, t.db, { email: "limit@example.com" });
    // A link goes out by email, directly or through the queue: either counts as work done.
    const work = async () =>
      Number(
        (
          await t.sql`select (select count(*) from emails where kind = 'privacy') + (select count(*) from pgboss.job where name = 'privacy-request') as n`
        )[0]!.n,
      );
    const ask = (method: string, target: string) =>
      rawRequest(app.url, method, target, { headers: { ...FORM, origin: app.url }, body: "email=limit%40example.com&action=export" });

    for (let i = 0; i < 5; i++) expect((await ask("POST", "/privacy")).status).toBe(200);
    const done = await work();
    expect(done).toBeGreaterThan(0);
    expect((await ask("POST", "/privacy")).status).toBe(429);

    const variants: [string, string][] = [
      ["PUT", "/privacy"],
      ["PATCH", "/privacy"],
      ["DELETE", "/privacy"],
      ["POST", "/Privacy"],
      ["POST", "/PRIVACY"],
      ["POST", "/privacy/"],
      ["POST", "/privacy.data"],
      ["POST", "/PRIVACY/.data"],
      ["PUT", "/Privacy.data"],
      ["POST", "/%70rivacy"],
      ["POST", "/x/../privacy"],
      ["POST", "/x\\..\\privacy"],
      ["POST", "/privacy?index&_data=routes%2Fprivacy"],
    ];
    for (const [method, target] of variants) {
      const res = await ask(method, target);
      expect({ method, target, refused: [405, 429].includes(res.status) }).toEqual({ method, target, refused: true });
    }
    expect(await work()).toBe(done);
  });

  it("never runs the checkout for PUT, PATCH or DELETE on a result, and says which methods it takes", async () => {
    const { token } = await completeAssessment(app.url, t.db);
    for (const method of ["PUT", "PATCH", "DELETE"]) {
      const res = await rawRequest(app.url, method, `/results/${token}`, {
        headers: { ...FORM, origin: app.url },
        body: "intent=checkout&consent=yes",
      });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe("GET, HEAD, POST");
      expect(res.body).toMatch(new RegExp(`^This address does not accept ${method} requests`));
    }
    expect((await t.sql`select count(*)::int as n from orders`)[0]!.n).toBe(0);
  });

  it("answers 405 with Allow for methods a route does not take, and 404 for unknown addresses whatever the method", async () => {
    const webhookGet = await rawRequest(app.url, "GET", "/webhooks/stripe");
    expect(webhookGet.status).toBe(405);
    expect(webhookGet.headers.allow).toBe("POST");
    expect(webhookGet.body).toContain("does not accept GET requests");
    const downloadPost = await rawRequest(app.url, "POST", "/blueprints/DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD", {
      headers: { ...FORM, origin: app.url },
      body: "x=1",
    });
    expect(downloadPost.status).toBe(405);
    expect(downloadPost.headers.allow).toBe("GET, HEAD");
    expect((await rawRequest(app.url, "DELETE", "/Occupations")).headers.allow).toBe("GET, HEAD");
    const options = await rawRequest(app.url, "OPTIONS", "/privacy");
    expect(options.status).toBe(405);
    expect(options.headers.allow).toBe("GET, HEAD, POST");
    expect((await rawRequest(app.url, "PUT", "/no-such-page", { headers: { origin: app.url } })).status).toBe(404);
    for (const res of [webhookGet, downloadPost, options]) expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

it("answers a limited data request from the browser's router with plain sentences it can show, not a page of markup", async () => {
  const post = (path: string) => fetch(`${app.url}${path}`, { method: "POST", headers: { origin: app.url, ...FORM }, body: "consent=on" });
  // Earlier tests spent a point or two of this address's checkout allowance (saving an email).
  const spent = Number((await t.sql`select coalesce(sum(points), 0) as n from rate_limits where key like 'public_checkout%'`)[0]!.n);
  const statuses: number[] = [];
  for (let i = spent; i < 60; i++) statuses.push((await post("/results/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC.data")).status);
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
  // Nor does another spelling or method get round it.
  for (const [method, target] of [
    ["POST", "/RESULTS/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC"],
    ["POST", "/results/CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC/"],
    ["POST", "/Checkout/Simulator/cs_sim_x"],
  ] as const) {
    expect((await rawRequest(app.url, method, target, { headers: { ...FORM, origin: app.url }, body: "consent=on" })).status).toBe(429);
  }
});
