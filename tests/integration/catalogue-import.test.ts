import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { ImportFileError, importCatalogue } from "../../db/import";
import { seedCatalogue } from "../../db/seed/seed";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { createTestDatabase, type TestDatabase } from "../support/database";

const fixtures = writeResearchFixtures();
const FIXTURES = fixtures.root;
const GPTS = fixtures.gpts;
const APPLICABILITY = fixtures.applicability;
afterAll(() => rmSync(FIXTURES, { recursive: true, force: true }));

/** Every catalogue row, including timestamps, so "nothing changed" means exactly that. */
async function snapshot(sql: Sql) {
  const [occupations, tasks, skills, pivots] = await Promise.all([
    sql`select * from occupations order by id`,
    sql`select * from occupation_tasks order by occupation_id, position`,
    sql`select * from occupation_skills order by occupation_id, skill`,
    sql`select * from occupation_pivots order by occupation_id, rank`,
  ]);
  return { occupations, tasks, skills, pivots };
}

describe("catalogue import from fixture files", () => {
  let t: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCatalogue(t.db);
    // The importer's own pool: drizzle's client replaces postgres.js's JSON and date handling.
    sql = createSql(t.url, { max: 2 });
  });
  afterAll(async () => {
    await sql.end();
    await t.drop();
  });

  it("imports valid rows, leaves the curated role alone and reports every skipped row by file and line", async () => {
    const summary = await importCatalogue(sql, { gptsDir: GPTS, applicabilityCsv: APPLICABILITY });
    expect(summary.read).toEqual({ occupations: 7, tasks: 16, skillRows: 7, applicabilityRows: 3, wageRows: 6 });
    expect(summary.occupations).toEqual({ written: 5, inserted: 5, updated: 0, unchanged: 0 });
    expect(summary.coveredByCurated).toBe(1);
    expect(summary.tasks).toBe(12);
    expect(summary.issues.map((i) => `${i.file}:${i.line}`)).toEqual([
      "full_labelset.tsv:15",
      "full_labelset.tsv:16",
      "national_May2021_dl.csv:7",
      "occ_level.csv:8",
      "occupations_onet_basic_skills.csv:7",
      "occupations_onet_basic_skills.csv:8",
      "soc_ai_applicability_scores.csv:4",
    ]);
    expect(summary.issues[0]!.message).toBe("human_exposure_agg: must be E0, E1 or E2");
    expect(summary.issues[1]!.message).toMatch(/99-9999\.99, which is not in occ_level\.csv/);
    expect(summary.issues[2]!.message).toBe('A_MEDIAN: "about 40k" is not a wage (expected a number, "*" or "#")');
    expect(summary.issues[4]!.message).toBe('no occupation titled "Ghost Writers" in occ_level.csv');
    expect([summary.withWages, summary.wagesFromBroadGroup]).toEqual([5, 2]);

    const rows = await sql<{ slug: string; origin: string; exposure_score: number; sector: string; soc_code: string }[]>`
      select slug, origin, exposure_score, sector, soc_code from occupations where origin = 'imported' order by slug`;
    expect(rows.map((r) => [r.slug, r.exposure_score])).toEqual([
      ["dry-stone-wallers", 25],
      ["lighthouse-keepers", 17],
      ["manuscript-proofreaders", 67],
      ["thatchers", 25],
      ["tide-table-compilers", 75],
    ]);
    expect(rows.find((r) => r.slug === "thatchers")).toMatchObject({ sector: "Construction and Extraction", soc_code: "47-2099.95" });
    const [backend] = await sql<{ exposure_score: number; origin: string; tasks: number }[]>`
      select exposure_score, origin, (select count(*)::int from occupation_tasks where occupation_id = o.id) as tasks
      from occupations o where slug = 'backend-developer'`;
    expect(backend).toEqual({ exposure_score: 44, origin: "curated", tasks: 8 });
    expect(await sql`select 1 from occupations where slug = 'software-developers'`).toHaveLength(0);
  });

  it("derives tasks, skills and research figures", async () => {
    const tasks = await sql<{ position: number; name: string; risk: string; exposure: number }[]>`
      select position, name, risk, exposure from occupation_tasks t join occupations o on o.id = t.occupation_id
      where o.slug = 'tide-table-compilers' order by position`;
    expect(tasks).toEqual([
      { position: 1, name: "Check page proofs of tables for ports, marinas and harbours.", risk: "high", exposure: 100 },
      { position: 2, name: "Compute predicted high and low water times from harmonic constants.", risk: "medium", exposure: 50 },
    ]);
    const skills = await sql`select skill, importance, level from occupation_skills s join occupations o on o.id = s.occupation_id
      where o.slug = 'dry-stone-wallers' order by skill`;
    expect(skills).toEqual([
      { skill: "Critical Thinking", importance: 40, level: 2 },
      { skill: "Reading Comprehension", importance: 20, level: 2 },
    ]);
    const [proofreaders] = await sql<
      { content: { research: Record<string, unknown> } }[]
    >`select content from occupations where slug = 'manuscript-proofreaders'`;
    expect(proofreaders!.content.research).toEqual({
      onetSocCode: "43-9099.92",
      taskLabels: { e0: 1, e1: 2, e2: 0 },
      humanBeta: 0.67,
      gptBeta: 0.7,
      aiApplicability: 0.31,
      jobZone: 3,
    });
  });

  it("stores the job zone and BLS wages (source named, top code and missing figures kept apart)", async () => {
    const rows = await sql<{ slug: string; job_zone: number | null; us_wages: Record<string, unknown> | null }[]>`
      select slug, job_zone, us_wages from occupations where origin = 'imported' order by slug`;
    const by = Object.fromEntries(rows.map((r) => [r.slug, r]));
    expect(rows.map((r) => [r.slug, r.job_zone])).toEqual([
      ["dry-stone-wallers", 1],
      ["lighthouse-keepers", 2],
      ["manuscript-proofreaders", 3],
      ["thatchers", 2],
      ["tide-table-compilers", 4],
    ]);
    expect(by["manuscript-proofreaders"]!.us_wages).toEqual({
      source: "BLS OEWS May 2021",
      currency: "USD",
      socCode: "43-9099",
      matched: "detailed",
      annual: { p10: 30_100, p25: 35_000, median: 41_800, p75: 150_000, p90: 208_000 },
      hourlyMedian: 20.1,
      topCoded: ["p90"],
    });
    expect(by["lighthouse-keepers"]!.us_wages).toMatchObject({ socCode: "27-3099", hourlyMedian: null, topCoded: [] });
    // BLS has no detailed row for 47-2099: both trades take the broad group's figures.
    expect(by["thatchers"]!.us_wages).toMatchObject({ socCode: "47-2090", matched: "broad", annual: { median: 52_000 } });
    const [curated] = await sql`select job_zone, us_wages from occupations where slug = 'backend-developer'`;
    expect(curated).toEqual({ job_zone: null, us_wages: null });
  });

  it("keeps pivots within each origin: imported to imported, curated to curated", async () => {
    const mixed = await sql`select 1 from occupation_pivots p join occupations s on s.id = p.occupation_id
      join occupations x on x.id = p.target_id where s.origin <> x.origin`;
    expect(mixed).toHaveLength(0);
    const curated = await sql`select horizon, reason, task_similarity from occupation_pivots p join occupations s on s.id = p.occupation_id
      where s.origin = 'curated' group by horizon, reason, task_similarity`;
    expect(curated).toEqual([{ horizon: "pivot", reason: null, task_similarity: null }]);
  });

  it("suggests paths from shared work, with their horizon and reason", async () => {
    const paths = await sql<
      {
        source: string;
        rank: number;
        target: string;
        horizon: string;
        task_similarity: number;
        pay_ratio: number | null;
        job_zone_step: number | null;
        reason: string;
      }[]
    >`
      select s.slug as source, p.rank, t.slug as target, p.horizon, p.task_similarity, p.pay_ratio, p.job_zone_step, p.reason
      from occupation_pivots p join occupations s on s.id = p.occupation_id join occupations t on t.id = p.target_id
      where s.origin = 'imported' order by s.slug, p.rank`;
    expect(paths.map((p) => [p.source, p.rank, p.target, p.horizon, p.pay_ratio, p.job_zone_step])).toEqual([
      ["dry-stone-wallers", 1, "thatchers", "pivot", 1, 1],
      // Better paid, same preparation: a pivot; the reverse is a pay cut, kept as a step down.
      ["lighthouse-keepers", 1, "thatchers", "pivot", 1.67, 0],
      ["manuscript-proofreaders", 1, "tide-table-compilers", "pivot", 1, 1],
      ["thatchers", 1, "dry-stone-wallers", "pivot", 1, -1],
      ["thatchers", 2, "lighthouse-keepers", "step-down", 0.6, 0],
      // More preparation for less pay: a step down, not a long-term path.
      ["thatchers", 3, "tide-table-compilers", "step-down", 0.8, 2],
      ["tide-table-compilers", 1, "manuscript-proofreaders", "pivot", 1, -1],
      ["tide-table-compilers", 2, "thatchers", "step-down", 1.24, -2],
    ]);
    expect(paths[0]!.reason).toBe(
      `Work ${paths[0]!.task_similarity} % alike in O*NET task statements (quote prices, home owners); a step up in preparation (job zone 1 → 2); ` +
        "same US pay figure (BLS reports both under one SOC code); as exposed to AI.",
    );
    expect(paths[5]!.reason).toMatch(
      /^A step down: pays less\. .*needs much more preparation \(job zone 2 → 4\).*pays about 20 % less \(US median ratio 0\.80\); 50 points more exposed to AI\.$/,
    );
  });

  it("is idempotent, and the curated seed at start-up does not touch imported rows", async () => {
    const before = await snapshot(sql);
    const again = await importCatalogue(sql, { gptsDir: GPTS, applicabilityCsv: APPLICABILITY });
    expect(again.occupations).toEqual({ written: 5, inserted: 0, updated: 0, unchanged: 5 });
    expect(await snapshot(sql)).toEqual(before);
    await seedCatalogue(t.db);
    expect(await snapshot(sql)).toEqual(before);
  });

  it("refuses a file with the wrong columns and changes nothing", async () => {
    const before = await snapshot(sql);
    await expect(importCatalogue(sql, { gptsDir: path.join(FIXTURES, "wrong-columns") })).rejects.toThrow(ImportFileError);
    await expect(importCatalogue(sql, { gptsDir: path.join(FIXTURES, "wrong-columns") })).rejects.toThrow(
      /occ_level\.csv: wrong columns — missing "O\*NET-SOC Code", "Title", "human_rating_beta", "dv_rating_beta"/,
    );
    await expect(importCatalogue(sql, { gptsDir: path.join(FIXTURES, "missing") })).rejects.toThrow(
      /occ_level\.csv: cannot read the file \(it does not exist\)/,
    );
    expect(await snapshot(sql)).toEqual(before);
  });

  it("removes an imported occupation the files no longer contain and recomputes pivots without it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-import-"));
    try {
      cpSync(GPTS, dir, { recursive: true });
      const occ = readFileSync(path.join(dir, "occ_level.csv"), "utf8")
        .split("\n")
        .filter((l) => !l.includes("Thatchers"))
        .join("\n");
      writeFileSync(path.join(dir, "occ_level.csv"), occ);
      const summary = await importCatalogue(sql, { gptsDir: dir });
      expect(summary.stale).toEqual({ deleted: 1, kept: [] });
      // Its two valid task rows now name an unknown occupation: reported, not silently dropped.
      expect(summary.issues.filter((i) => /47-2099\.95/.test(i.message))).toHaveLength(2);
      expect(await sql`select 1 from occupations where slug = 'thatchers'`).toHaveLength(0);
      // Only the proofreaders and the tide table compilers still share work; no path names the thatchers.
      const left = await sql<{ source: string; target: string }[]>`select s.slug as source, x.slug as target from occupation_pivots p
        join occupations s on s.id = p.occupation_id join occupations x on x.id = p.target_id where s.origin = 'imported' order by s.slug`;
      expect(left).toEqual([
        { source: "manuscript-proofreaders", target: "tide-table-compilers" },
        { source: "tide-table-compilers", target: "manuscript-proofreaders" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("imports without the wage file (pay is then not compared), and reads one given by path", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cp-import-"));
    try {
      cpSync(GPTS, dir, { recursive: true });
      rmSync(path.join(dir, "national_May2021_dl.csv"));
      const without = await importCatalogue(sql, { gptsDir: dir });
      expect(without.read.wageRows).toBe(0);
      expect(await sql`select 1 from occupations where origin = 'imported' and us_wages is not null`).toHaveLength(0);
      const [path_] = await sql<{ horizon: string; pay_ratio: number | null; reason: string }[]>`
        select p.horizon, p.pay_ratio, p.reason from occupation_pivots p join occupations s on s.id = p.occupation_id
        join occupations t on t.id = p.target_id where s.slug = 'thatchers' and t.slug = 'tide-table-compilers'`;
      // Without pay to compare, two job zones up is a long-term path.
      expect(path_).toMatchObject({ horizon: "long-term", pay_ratio: null });
      expect(path_!.reason).toMatch(/^Long-term path, not a quick pivot\. .*no US pay figure to compare/);

      const given = await importCatalogue(sql, { gptsDir: dir, wagesCsv: path.join(GPTS, "national_May2021_dl.csv") });
      expect(given.withWages).toBe(5);
      expect(await sql`select 1 from occupations where origin = 'imported' and us_wages is null`).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("estimates the skills O*NET publishes none for from the most alike work, says so, and gives the role paths", async () => {
    const summary = await importCatalogue(sql, { gptsDir: fixtures.withoutSkills, applicabilityCsv: APPLICABILITY });
    expect(summary.occupations.inserted).toBe(1);
    expect([summary.skillsEstimated, summary.withoutSkills]).toEqual([1, 0]);
    const [pilots] = await sql<{ id: number; job_zone: number | null; content: { research: Record<string, unknown> } }[]>`
      select id, job_zone, content from occupations where slug = 'harbour-pilots'`;
    // Most alike first; the four fixture roles that share any work with the pilots (the proofreaders share none).
    expect(pilots!.content.research.skillsEstimatedFrom).toEqual([
      "Lighthouse Keepers",
      "Tide Table Compilers",
      "Dry Stone Wallers",
      "Thatchers",
    ]);
    expect(pilots!.job_zone).toBeNull();
    expect(pilots!.content.research).not.toHaveProperty("jobZone");

    const skills = await sql<{ skill: string; importance: number; level: number }[]>`
      select skill, importance, level from occupation_skills where occupation_id = ${pilots!.id} order by skill`;
    expect(skills.map((s) => s.skill)).toEqual(["Critical Thinking", "Mathematics", "Reading Comprehension", "Writing"]);
    // Each between the neighbours' own ratings: lighthouse keepers rate Critical Thinking 60 (level 50 → 3), tide table compilers 75 (70 → 4).
    const critical = skills.find((s) => s.skill === "Critical Thinking")!;
    expect(critical.importance).toBeGreaterThanOrEqual(40);
    expect(critical.importance).toBeLessThanOrEqual(75);
    expect([3, 4]).toContain(critical.level);

    // The pivot step uses them: a path from the pilots has a skill match, and the job zone is estimated.
    const paths = await sql<{ match_percent: number; reason: string; target: string }[]>`
      select p.match_percent, p.reason, t.slug as target from occupation_pivots p join occupations t on t.id = p.target_id
      where p.occupation_id = ${pilots!.id} order by p.rank`;
    expect(paths.length).toBeGreaterThan(0);
    expect(paths[0]!.match_percent).toBeGreaterThan(0);
    expect(paths[0]!.reason).toContain("estimated from similar roles");

    // A repeat import changes nothing: the estimate is deterministic.
    const before = await snapshot(sql);
    const again = await importCatalogue(sql, { gptsDir: fixtures.withoutSkills, applicabilityCsv: APPLICABILITY });
    expect(again.occupations).toEqual({ written: 6, inserted: 0, updated: 0, unchanged: 6 });
    expect(await snapshot(sql)).toEqual(before);
  });
});
