import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createSql } from "../../db/client";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url, APP_URL: "https://careerpivot.test" });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const get = (path: string, init?: RequestInit) => fetch(`${app.url}${path}`, { redirect: "manual", ...init });

describe("public pages", () => {
  it("serves the landing page with a real title, description and canonical URL", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<title>[^<]*Career Pivot[^<]*<\/title>/);
    expect(html).toContain('<meta name="description"');
    expect(html).toContain('<link rel="canonical" href="https://careerpivot.test/"');
  });

  it("lists the curated occupations", async () => {
    const html = await (await get("/occupations")).text();
    for (const title of [
      "Backend Developer",
      "Data Scientist",
      "Site Reliability Engineer",
      "Solutions Architect",
      "Platform Engineer",
      "Cloud Architect",
      "Technical Product Owner",
    ]) {
      expect(html).toContain(title);
    }
  });

  it("renders the Backend Developer report server-side with score 44, eight tasks, pivots and a call to action", async () => {
    const res = await get("/occupations/backend-developer");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<link rel="canonical" href="https://careerpivot.test/occupations/backend-developer"');
    expect(html).toContain("AI exposure score: 44 out of 100");
    const rows = html.match(/<tr class="border-t border-line align-top">/g) ?? [];
    expect(rows).toHaveLength(8);
    expect(html).toMatch(/↑ <!-- -->\d{1,3}<!-- -->% skill match/);
    expect(html).toContain("You already have:");
    expect(html).toContain('href="/assessment?occupation=backend-developer"');
    expect(html).toContain("Window to act");
    expect(html).toContain("vs all workers");
  });

  it("answers an unknown occupation with a 404 page", async () => {
    const res = await get("/occupations/astronaut-poet");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
  });

  it("redirects a differently cased slug to the canonical one", async () => {
    const res = await get("/occupations/Backend-Developer");
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/occupations/backend-developer");
  });

  it.each(["/occupations/%E0%A4%A", "/occupations/%", "/occupations/..%2F..%2Fetc", "/occupations/<script>", "/nope/%ff"])(
    "answers malformed path %s with a 4xx",
    async (path) => {
      const res = await get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    },
  );

  it("refuses an oversized body with 413 and no stack trace", async () => {
    // A route that takes POST: elsewhere the edge answers 405 before any body is read.
    const res = await get("/assessment", {
      method: "POST",
      body: "x".repeat(2 * 1024 * 1024),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(413);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it("answers a POST to a page without an action with a 4xx, not a 5xx", async () => {
    const res = await get("/occupations/backend-developer", {
      method: "POST",
      body: "a=1",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});

describe("/healthz", () => {
  it("is 200 JSON while the database answers, 503 when it is unreachable, and recovers", async () => {
    const ok = await get("/healthz");
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "ok", database: "up" });

    // Take the app's database away: refuse new connections and drop the open ones.
    const admin = createSql(inject("adminUrl"), { max: 1 });
    try {
      await admin.unsafe(`alter database "${t.name}" allow_connections false`);
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${t.name}`;
      const down = await get("/healthz");
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ status: "unavailable", database: "down" });
    } finally {
      await admin.unsafe(`alter database "${t.name}" allow_connections true`);
      await admin.end();
    }
    const back = await get("/healthz");
    expect(back.status).toBe(200);
  });
});
