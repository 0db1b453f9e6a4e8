import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { importCatalogue } from "../../db/import";
import { startAppServer, type AppServer } from "../support/app-server";
import { writeUkWordsFixtures } from "../fixtures/uk-words-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/database";

// Issue 17 item 4: UK job words find the US titles, in the catalogue search, the assessment's
// occupation picker and on the report. The imported fixture occupations carry the real O*NET
// codes the UK words map to; the curated seed stores 6-digit codes ("15-1252").
const fixtures = writeUkWordsFixtures();

let t: TestDatabase;
let sql: Sql;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url, APP_URL: "https://careerpivot.test" });
  sql = createSql(t.url, { max: 2 });
  await importCatalogue(sql, { gptsDir: fixtures.gpts });
});

afterAll(async () => {
  rmSync(fixtures.root, { recursive: true, force: true });
  await sql?.end();
  await app?.stop();
  await t?.drop();
});

const page = async (p: string) => {
  const res = await fetch(`${app.url}${p}`, { redirect: "manual" });
  expect(res.status, p).toBe(200);
  return res.text();
};
const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

/** Result cards in order: the US title and the "UK: …" line under it, if any. */
async function search(q: string, extra = "") {
  const html = await page(`/occupations?q=${encodeURIComponent(q)}${extra}`);
  const cards = [
    ...html.matchAll(
      /<h2 class="mt-1 text-xl font-bold"><a [^>]*>([^<]+)<\/a><\/h2>(?:<p class="text-sm font-semibold text-muted">(.*?)<\/p>)?/g,
    ),
  ];
  return { html, cards: cards.map((m) => ({ title: text(m[1]!), uk: m[2] ? text(m[2]) : null })) };
}

/** The picker's radio options in order, as a visitor reads their labels. */
async function pickerOptions(q: string, preselected = "") {
  const html = await page(`/assessment?q=${encodeURIComponent(q)}${preselected ? `&occupation=${preselected}` : ""}`);
  return [...html.matchAll(/<input type="radio"[^>]*\bvalue="([^"]+)"[^>]*>(.*?)<\/label>/g)].map((m) => ({
    slug: m[1]!,
    label: text(m[2]!),
  }));
}

describe("catalogue search understands UK job words", () => {
  it.each([
    ["solicitor", "Lawyers", "UK: solicitor"],
    ["HGV driver", "Heavy and Tractor-Trailer Truck Drivers", "UK: HGV driver"],
    ["lorry driver", "Heavy and Tractor-Trailer Truck Drivers", "UK: lorry driver"],
    ["HGV", "Heavy and Tractor-Trailer Truck Drivers", "UK: HGV driver"],
    ["GP", "Family Medicine Physicians", "UK: GP"],
    ["bookkeeper", "Bookkeeping, Accounting, and Auditing Clerks", "UK: bookkeeper"],
    // The curated role stores "15-1252"; the UK word's code is "15-1252.00".
    ["software engineer", "Backend Developer", "UK: software engineer"],
  ])("%s finds %s first, with the UK word beside the US title", async (q, title, uk) => {
    const { cards } = await search(q);
    expect(cards[0]).toEqual({ title, uk });
  });

  it("shows no UK word where the US title already says it", async () => {
    const { cards } = await search("plasterer");
    expect(cards[0]).toEqual({ title: "Plasterers and Stucco Masons", uk: null });
  });

  it("finds every occupation a UK word can mean", async () => {
    expect((await search("care worker")).cards.slice(0, 2)).toEqual([
      { title: "Personal Care Aides", uk: "UK: care worker" },
      { title: "Home Health Aides", uk: "UK: care worker" },
    ]);
    expect((await search("chef de partie")).cards.slice(0, 2).map((c) => c.title)).toEqual(["Chefs and Head Cooks", "Cooks, Restaurant"]);
  });

  it("ranks the UK word's occupation above title matches that would sort before it", async () => {
    // Both titles say "nurse"; by title alone Nurse Midwives would come first.
    const { cards } = await search("nurse");
    expect(cards.map((c) => c.title)).toEqual(expect.arrayContaining(["Registered Nurses", "Nurse Midwives"]));
    expect(cards[0]?.title).toBe("Registered Nurses");
  });

  it("keeps the sector and exposure filters, and counts with the same conditions", async () => {
    expect((await search("solicitor", "&sector=Legal")).cards.map((c) => c.title)).toEqual(["Lawyers"]);
    const elsewhere = await search("solicitor", "&sector=Construction+and+Extraction");
    expect(elsewhere.cards).toEqual([]);
    expect(elsewhere.html).toContain("No occupations match.");
    const byBand = await Promise.all(
      ["high", "medium", "low"].map(async (band) => (await search("solicitor", `&band=${band}`)).cards.length),
    );
    expect(byBand.reduce((a, b) => a + b)).toBe(1);
    // Past the last page the count is a query of its own.
    const pastEnd = await search("solicitor", "&page=2");
    expect(pastEnd.cards).toEqual([]);
    expect(text(pastEnd.html)).toContain("1 occupation match · page 2 of 1");
  });
});

describe("the assessment's occupation picker understands UK job words", () => {
  it("offers the UK word's occupation, labelled with it", async () => {
    const options = await pickerOptions("solicitor");
    expect(options[0]).toEqual({ slug: "lawyers", label: "Lawyers (UK: solicitor)" });
    expect((await pickerOptions("lorry driver"))[0]?.label).toBe("Heavy and Tractor-Trailer Truck Drivers (UK: lorry driver)");
    expect((await pickerOptions("software engineer"))[0]).toEqual({
      slug: "backend-developer",
      label: "Backend Developer (UK: software engineer)",
    });
  });

  it("puts the preselected occupation first, then the UK word's", async () => {
    const options = await pickerOptions("solicitor", "no-such-occupation");
    expect(options[0]?.slug).toBe("lawyers");
    const withPreselected = await pickerOptions("solicitor", "backend-developer");
    expect(withPreselected.map((o) => o.slug).slice(0, 2)).toEqual(["backend-developer", "lawyers"]);
  });
});

describe("the report names the occupation's UK words", () => {
  it("lists them under the title, leaving out the title's own word", async () => {
    expect(text(await page("/occupations/lawyers"))).toContain("Also called in the UK: solicitor, barrister, legal executive");
    expect(text(await page("/occupations/backend-developer"))).toContain("Also called in the UK: software engineer, DevOps engineer");
    // Its only UK word is "Plasterer", which the title already says.
    expect(await page("/occupations/plasterers-and-stucco-masons")).not.toContain("Also called in the UK");
  });
});
