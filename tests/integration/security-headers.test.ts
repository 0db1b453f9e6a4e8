import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("security headers", () => {
  it("sends an enforcing CSP whose nonce is on every script, and the other headers", async () => {
    const res = await fetch(`${app.url}/occupations/backend-developer`);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toBeTruthy();
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    // Development configuration: no HSTS (it would pin localhost to https).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("uses a fresh nonce per request and lets a route tighten the Referrer-Policy", async () => {
    const a = (await fetch(`${app.url}/`)).headers.get("content-security-policy");
    const b = (await fetch(`${app.url}/`)).headers.get("content-security-policy");
    expect(a).not.toBe(b);
    const download = await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(download.headers.get("content-security-policy")).toBeTruthy();
  });
});

describe("readiness", () => {
  it("reports the database and the job queue", async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", database: "up", queue: "up" });
  });
});
