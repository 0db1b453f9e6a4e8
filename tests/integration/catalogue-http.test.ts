import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { importCatalogue } from "../../db/import";
import { ONET_ATTRIBUTION } from "../../app/components/research-attribution";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/database";

const fixtures = writeResearchFixtures();

let t: TestDatabase;
let sql: Sql;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url, APP_URL: "https://careerpivot.test" });
  sql = createSql(t.url, { max: 2 });
  await importCatalogue(sql, { gptsDir: fixtures.gpts, applicabilityCsv: fixtures.applicability });
});

afterAll(async () => {
  rmSync(fixtures.root, { recursive: true, force: true });
  await sql?.end();
  await app?.stop();
  await t?.drop();
});

const get = (p: string) => fetch(`${app.url}${p}`, { redirect: "manual" });
const decodeHtml = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');
const titles = (html: string) => [...html.matchAll(/<h2 class="mt-1 text-xl font-bold"><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

describe("catalogue browse and search over HTTP", () => {
  it("lists curated and imported occupations together", async () => {
    const html = await (await get("/occupations")).text();
    expect(html).toContain("17 occupations");
    expect(titles(html)).toEqual(expect.arrayContaining(["Backend Developer", "Thatchers", "Tide Table Compilers"]));
  });

  it("searches titles by word prefix and alternate titles", async () => {
    expect(titles(await (await get("/occupations?q=thatch")).text())).toEqual(["Thatchers"]);
    expect(titles(await (await get("/occupations?q=proofreader")).text())).toEqual(["Manuscript Proofreaders"]);
    // "API Engineer" is one of Backend Developer's alternate titles.
    expect(titles(await (await get("/occupations?q=api+engineer")).text())[0]).toBe("Backend Developer");
    expect(await (await get("/occupations?q=zzzz")).text()).toContain("No occupations match.");
  });

  it("filters by exposure band and sector", async () => {
    const high = titles(await (await get("/occupations?band=high&sector=Office+and+Administrative+Support")).text());
    expect(high).toEqual(["Manuscript Proofreaders", "Tide Table Compilers"]);
    const low = titles(await (await get("/occupations?band=low&sector=Construction+and+Extraction")).text());
    expect(low).toEqual(["Dry Stone Wallers", "Thatchers"]);
  });

  it("answers bad filters with 400 and a human message, never a 500", async () => {
    for (const [query, message] of [
      ["band=extreme", "Choose an exposure band: high, medium or low."],
      ["page=abc", "The page must be a whole number."],
      ["page=0", "Pages start at 1."],
      [`q=${"x".repeat(81)}`, "Search words must be 80 characters or fewer."],
    ] as const) {
      const res = await get(`/occupations?${query}`);
      expect(res.status, query).toBe(400);
      expect(await res.text()).toContain(message);
    }
  });

  it("paginates: a page past the end is empty but still counts the matches", async () => {
    const html = await (await get("/occupations?page=2")).text();
    expect(titles(html)).toEqual([]);
    expect(html).toContain("17 occupations · page 2 of 1");
  });

  it("renders an imported report with its tasks, research figures and attribution, and no invented sections", async () => {
    const res = await get("/occupations/tide-table-compilers");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Check page proofs of tables for ports, marinas and harbours.");
    expect(html).toContain(ONET_ATTRIBUTION);
    expect(html).toContain("Eloundou, Manning, Mishkin and Rock (2024)");
    expect(html).toContain("43-9099.93");
    for (const absent of [
      "Window to act",
      "UK salary",
      "How AI has changed the work",
      "Questions people ask",
      "AI tools doing this",
      "named employers",
    ]) {
      expect(html, absent).not.toContain(absent);
    }
    // On sale with what an imported Blueprint contains (tests/integration/blueprint-sale.test.ts).
    expect(html).toContain("Blueprint: £49");
    expect(html).toContain('<link rel="canonical" href="https://careerpivot.test/occupations/tide-table-compilers"');
    expect(html).toContain('<meta property="og:url" content="https://careerpivot.test/occupations/tide-table-compilers"');
    expect(html).toMatch(/<meta property="og:title" content="Will AI replace tide table compilers\? AI exposure 75\/100/);
  });

  it("lists every report in sitemap.xml", async () => {
    const res = await get("/sitemap.xml");
    expect(res.headers.get("content-type")).toMatch(/application\/xml/);
    const xml = await res.text();
    expect(xml.match(/<url>/g)).toHaveLength(5 + 17);
    expect(xml).toContain("<loc>https://careerpivot.test/occupations/thatchers</loc>");
    expect(xml).toContain("<loc>https://careerpivot.test/occupations/backend-developer</loc>");
  });

  it("runs the assessment from an imported occupation, with pivots among imported roles", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "tide-table-compilers", goal: "future-proof" });
    const res = await client.get(`/results/${token}`);
    expect(res.status).toBe(200);
    const [result] = await sql<{ outcome: { occupationScore: number; pivots: { slug: string }[] } }[]>`
      select outcome from assessment_results r join occupations o on o.id = r.occupation_id where o.slug = 'tide-table-compilers'`;
    expect(result!.outcome.occupationScore).toBe(75);
    const curated = await sql<{ slug: string }[]>`select slug from occupations where origin = 'curated'`;
    expect(result!.outcome.pivots.length).toBeGreaterThan(0);
    for (const p of result!.outcome.pivots) expect(curated.map((c) => c.slug)).not.toContain(p.slug);
    // The imported role's stored paths, with the reason the report gives (ADR 009).
    expect(result!.outcome.pivots.map((p) => p.slug)).toEqual(["manuscript-proofreaders"]);
    const html = decodeHtml(await res.text());
    expect(html).toMatch(/Why this path:<\/span> (<!-- -->)?Work \d+ % alike in O\*NET task statements/);
    expect(html).toMatch(/% of your week × (<!-- -->)?direct exposure \(E1, weighted 100\)/);
    expect(html).not.toMatch(/100<!-- -->% exposure/);
  });

  it("words imported task exposure as the research does and shows why each path is suggested", async () => {
    const html = decodeHtml(await (await get("/occupations/tide-table-compilers")).text());
    expect(html).toContain("Direct exposure (an LLM alone could halve the time)");
    expect(html).toContain("Exposed with LLM-powered tools");
    expect(html).toContain("a single task's label is not a percentage of it done by AI");
    expect(html).not.toMatch(/>100<!-- -->%</);
    const pivots = html.slice(html.indexOf('id="pivots"'), html.indexOf('id="plan"'));
    expect(pivots).toContain("Manuscript Proofreaders");
    expect(pivots).toMatch(/\d+<!-- -->% of the work alike/);
    expect(pivots).toContain("same US pay figure (BLS reports both under one SOC code)");
    // The step down to the thatchers (much less preparation) is not offered on the report.
    expect(pivots).not.toContain("Thatchers");
    expect(pivots).not.toContain("A step down");
  });
});
