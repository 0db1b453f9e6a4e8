import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { importCatalogue } from "../../db/import";
import { seedCatalogue } from "../../db/seed/seed";
import { blueprintSaleOf } from "../../app/catalogue/blueprint-sale.server";
import type { OccupationContent } from "../../domain/occupation-content";
import { createTestDatabase, type TestDatabase } from "../support/database";

// RESEARCH_DATA_DIR points elsewhere (e.g. a checkout outside /work/main).
const DATA = process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data");
const GPTS = path.join(DATA, "gpts-are-gpts");
const APPLICABILITY = path.join(DATA, "working-with-ai/soc_ai_applicability_scores.csv");

// The research files are not part of the repository; this runs only where ../shared/data exists.
describe.skipIf(!existsSync(path.join(GPTS, "occ_level.csv")))("catalogue import of the real research files", () => {
  let t: TestDatabase;
  let sql: Sql;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedCatalogue(t.db);
    sql = createSql(t.url, { max: 2 });
  });
  afterAll(async () => {
    await sql?.end();
    await t?.drop();
  });

  it("reads 923 occupations and 19,265 tasks, and stores every one not covered by a curated entry", async () => {
    const summary = await importCatalogue(sql, { gptsDir: GPTS, applicabilityCsv: APPLICABILITY });
    expect(summary.read.occupations).toBe(923);
    expect(summary.read.tasks).toBe(19_265);
    expect(summary.read.wageRows).toBe(1_403);
    expect(summary.issues).toEqual([]);
    // BLS OEWS May 2021 covers every imported occupation but Fishing and Hunting Workers (45-3031),
    // 30 of them only through their broad SOC group (e.g. the three buyer occupations, 13-1020).
    expect(summary.withWages).toBe(summary.occupations.written - 1);
    expect(summary.wagesFromBroadGroup).toBe(30);
    const [nurse] = await sql<{ job_zone: number; us_wages: { annual: { median: number }; matched: string } }[]>`
      select job_zone, us_wages from occupations where soc_code = '29-1141.00'`;
    expect(nurse).toMatchObject({ job_zone: 4, us_wages: { annual: { median: 77_600 }, matched: "detailed" } });
    expect(summary.occupations.written + summary.coveredByCurated).toBe(923);

    const covered = await sql<{ soc_code: string }[]>`select soc_code from occupations where origin = 'curated' and soc_code is not null`;
    const coveredCodes = new Set(covered.map((c) => (c.soc_code.length === 7 ? `${c.soc_code}.00` : c.soc_code)));
    const tasksOfCovered = readFileSync(path.join(GPTS, "full_labelset.tsv"), "utf8")
      .split("\n")
      .filter((line) => coveredCodes.has(line.split("\t")[1] ?? "")).length;
    const [counts] = await sql<{ occupations: number; tasks: number }[]>`
      select (select count(*)::int from occupations where origin = 'imported') as occupations,
             (select count(*)::int from occupation_tasks t join occupations o on o.id = t.occupation_id where o.origin = 'imported') as tasks`;
    expect(counts!.occupations).toBe(923 - summary.coveredByCurated);
    expect(counts!.tasks + tasksOfCovered).toBe(19_265);
    expect(summary.tasks).toBe(counts!.tasks);
  });

  it("gives every imported occupation skills (47 estimated from the most alike work), so every occupation is on sale", async () => {
    const summary = await importCatalogue(sql, { gptsDir: GPTS, applicabilityCsv: APPLICABILITY });
    expect([summary.skillsEstimated, summary.withoutSkills]).toEqual([47, 0]);
    const rows = await sql<
      {
        origin: "curated" | "imported";
        blueprint_on_sale: boolean;
        soc_code: string | null;
        content: OccupationContent;
        skills: string[];
      }[]
    >`
      select o.origin, o.blueprint_on_sale, o.soc_code, o.content,
             array(select s.skill from occupation_skills s where s.occupation_id = o.id) as skills
      from occupations o`;
    const imported = rows.filter((r) => r.origin === "imported");
    expect(imported.filter((r) => r.skills.length === 0)).toEqual([]);
    const estimated = imported.filter((r) => r.content.research?.skillsEstimatedFrom);
    expect(estimated).toHaveLength(47);
    // Five neighbours each; of the eleven O*NET basic skills, one none of the five gives a level is left out (as O*NET does).
    for (const r of estimated) {
      expect(r.content.research!.skillsEstimatedFrom).toHaveLength(5);
      expect(r.skills.length).toBeGreaterThanOrEqual(10);
    }

    const onSale = rows.filter(
      (r) =>
        blueprintSaleOf({ origin: r.origin, blueprintOnSale: r.blueprint_on_sale, socCode: r.soc_code, content: r.content }, r.skills)
          .onSale,
    );
    expect([imported.length, rows.length - imported.length]).toEqual([916, 12]);
    expect(onSale.filter((r) => r.origin === "imported")).toHaveLength(imported.length);
    expect(onSale.filter((r) => r.origin === "curated")).toHaveLength(rows.length - imported.length);
  });
});
