import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { importCatalogue } from "../../db/import";
import { loadAssessmentCandidates } from "../../db/pivot-candidates";
import { seedCatalogue } from "../../db/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";

// RESEARCH_DATA_DIR points elsewhere (e.g. a checkout outside /work/main).
const DATA = process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data");
const GPTS = path.join(DATA, "gpts-are-gpts");

/**
 * A careers adviser's sanity panel over the real data (issue 17): for each occupation, the SOC
 * codes (prefixes) its three best pivots may come from — the same field or the fields next to it.
 * The report shows these three; the assessment re-orders them for the person.
 */
const PANEL: { code: string; title: string; allowed: string[] }[] = [
  // Health and care, health management, health education, psychology.
  { code: "29-1141.00", title: "Registered Nurses", allowed: ["29-", "31-", "21-", "11-9111", "25-1071", "25-1072", "19-3"] },
  // Law, compliance and policy (management and business compliance roles, political science, law teaching).
  { code: "23-1011.00", title: "Lawyers", allowed: ["23-", "11-", "13-1041", "19-3094", "25-1112"] },
  // Trades, installation and repair, engineering, plant operation.
  { code: "47-2111.00", title: "Electricians", allowed: ["47-", "49-", "17-", "51-8"] },
  // Finance.
  { code: "13-2011.00", title: "Accountants and Auditors", allowed: ["13-2", "11-3031", "15-2"] },
  // Transport, logistics and dispatch, vehicle maintenance, plant operation.
  { code: "53-3032.00", title: "Heavy and Tractor-Trailer Truck Drivers", allowed: ["53-", "43-5", "49-3", "47-2073"] },
  // Engineering, architecture, engineering and construction management.
  { code: "17-2051.00", title: "Civil Engineers", allowed: ["17-", "11-9041", "11-9021"] },
  // Education and training, guidance, education administration.
  { code: "25-2031.00", title: "Secondary School Teachers", allowed: ["25-", "21-1012", "11-903"] },
  // Food service and hospitality management, nutrition, food science.
  { code: "35-1011.00", title: "Chefs and Head Cooks", allowed: ["35-", "11-9051", "11-9081", "29-1031", "19-1012", "19-4013"] },
  // Computing.
  { code: "15-1251.00", title: "Computer Programmers", allowed: ["15-", "17-2061", "11-3021"] },
  // Office support, sales, claims.
  { code: "43-4051.00", title: "Customer Service Representatives", allowed: ["43-", "41-", "13-1031"] },
  // Protective service, investigation, compliance, probation, law.
  { code: "33-3051.00", title: "Police and Sheriff's Patrol Officers", allowed: ["33-", "23-", "13-1041", "19-4092", "21-1092"] },
  // Art and design, web design, publishing.
  { code: "27-1024.00", title: "Graphic Designers", allowed: ["27-", "15-1255", "43-9031", "11-2011"] },
  // Production, maintenance and repair, trades, engineering technicians.
  { code: "51-4041.00", title: "Machinists", allowed: ["51-", "49-", "47-", "17-3"] },
  // Social services, counselling, education, health.
  { code: "21-1021.00", title: "Child, Family, and School Social Workers", allowed: ["21-", "25-", "29-", "19-3", "11-9151"] },
  // Personal care and beauty, stage make-up.
  { code: "39-5012.00", title: "Hairdressers, Hairstylists, and Cosmetologists", allowed: ["39-", "27-"] },
  // Care work and health support, licensed practical nursing.
  { code: "31-1131.00", title: "Nursing Assistants", allowed: ["31-", "29-", "39-9"] },
  // Human resources and business operations, their management.
  { code: "13-1071.00", title: "Human Resources Specialists", allowed: ["13-1", "11-31", "43-4161"] },
  // Farming, grounds, material moving, equipment operation and repair.
  { code: "45-2091.00", title: "Agricultural Equipment Operators", allowed: ["45-", "37-", "53-", "47-", "49-"] },
];

/** Moves the issue found for a nurse, and nothing like them, anywhere in her paths. */
const NEVER_FOR_A_NURSE = /dishwasher|cargo handling|athlete|dining room|tapers|electric motor/i;

type PathRow = {
  rank: number;
  horizon: string;
  code: string;
  title: string;
  pay_ratio: number | null;
  job_zone_step: number | null;
  reason: string | null;
};

// The research files are not part of the repository; this runs only where ../shared/data exists.
describe.skipIf(!existsSync(path.join(GPTS, "occ_level.csv")))("pivot sanity panel over the real research data", () => {
  let t: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCatalogue(t.db);
    sql = createSql(t.url, { max: 2 });
    await importCatalogue(sql, { gptsDir: GPTS });
  }, 120_000);
  afterAll(async () => {
    await sql?.end();
    await t?.drop();
  });

  const pathsOf = (code: string) => sql<PathRow[]>`
    select p.rank, p.horizon, x.soc_code as code, x.title, p.pay_ratio, p.job_zone_step, p.reason
    from occupation_pivots p join occupations s on s.id = p.occupation_id join occupations x on x.id = p.target_id
    where s.soc_code = ${code} and s.origin = 'imported' order by p.rank`;

  it.each(PANEL)("$title ($code): the three best pivots stay in the field or next to it", async ({ code, title, allowed }) => {
    const [source] = await sql<{ title: string }[]>`select title from occupations where soc_code = ${code} and origin = 'imported'`;
    expect(source?.title).toMatch(new RegExp(`^${title.replace(/[()]/g, "\\$&")}`));
    const top = (await pathsOf(code)).filter((p) => p.horizon === "pivot").slice(0, 3);
    expect(top).toHaveLength(3);
    const outside = top.filter((p) => !allowed.some((prefix) => p.code.startsWith(prefix)));
    expect(outside.map((p) => `${p.title} (${p.code})`)).toEqual([]);
  });

  it("never offers a nurse dishwashing, cargo handling or sport, on the report or in the result", async () => {
    const paths = await pathsOf("29-1141.00");
    expect(paths.filter((p) => NEVER_FOR_A_NURSE.test(p.title)).map((p) => p.title)).toEqual([]);
    // Moves that need a medical degree are labelled long-term, never offered as pivots.
    expect(paths.filter((p) => /physician|surgeon|nurse practitioner|anesthetist/i.test(p.title) && p.horizon === "pivot")).toEqual([]);
    expect(paths.some((p) => p.horizon === "long-term" && p.reason!.startsWith("Long-term path, not a quick pivot."))).toBe(true);

    const [nurse] = await sql<{ id: number }[]>`select id from occupations where soc_code = '29-1141.00' and origin = 'imported'`;
    const { candidates } = await loadAssessmentCandidates(t.db, nurse!.id);
    expect(candidates.length).toBe(3);
    expect(candidates.filter((c) => NEVER_FOR_A_NURSE.test(c.title) || c.sector !== "Healthcare Practitioners")).toEqual([]);
  });

  it("keeps the rules for every imported occupation: no pay cut or big drop as a pivot, no big rise either, a reason for each path", async () => {
    const [bad] = await sql<
      { cut: number; dropped: number; risen: number; unexplained: number; occupations: number; with_pivots: number }[]
    >`
      select count(*) filter (where horizon = 'pivot' and pay_ratio < 0.85)::int as cut,
             count(*) filter (where horizon = 'pivot' and job_zone_step < -1)::int as dropped,
             count(*) filter (where horizon = 'pivot' and job_zone_step > 1)::int as risen,
             count(*) filter (where reason is null or task_similarity is null)::int as unexplained,
             (select count(*)::int from occupations where origin = 'imported') as occupations,
             count(distinct p.occupation_id) filter (where horizon = 'pivot')::int as with_pivots
      from occupation_pivots p join occupations s on s.id = p.occupation_id where s.origin = 'imported'`;
    expect(bad).toMatchObject({ cut: 0, dropped: 0, risen: 0, unexplained: 0 });
    // Nearly every role has a pivot; the few without are the best-paid or most specialised.
    expect(bad!.with_pivots / bad!.occupations).toBeGreaterThan(0.97);
  });
});
