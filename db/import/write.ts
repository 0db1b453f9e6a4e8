import { computeImportedPaths, type ImportedOccupation, type ImportedPath } from "../../domain/imported-pivots";
import type { SkillRequirement } from "../../domain/pivots";
import type { UsWages } from "../../domain/us-wages";
import type { TransactionSql } from "postgres";
import type { Sql } from "../client";
import { STARTUP_LOCK_KEY } from "../migrate";
import { buildImportPlan, type ImportPlan } from "./build";
import type { ResearchFiles, RowIssue } from "./read";

type Tx = TransactionSql;

export type ImportProgress = (phase: string, done: number, total: number) => void;

export type ImportSummary = {
  read: ImportPlan["read"];
  occupations: { written: number; inserted: number; updated: number; unchanged: number };
  tasks: number;
  skills: number;
  pivots: number;
  coveredByCurated: number;
  withoutSkills: number;
  skillsEstimated: number;
  withApplicability: number;
  withWages: number;
  wagesFromBroadGroup: number;
  /** Stored imported paths by horizon. */
  paths: { pivot: number; "long-term": number; "step-down": number };
  /** Imported occupations no longer in the files: removed, or kept because results or orders name them. */
  stale: { deleted: number; kept: string[] };
  issues: RowIssue[];
};

/**
 * Writes a plan in ONE transaction: occupations upserted by slug (a row is rewritten only when a
 * value differs, so a repeat import changes nothing), tasks and skills by natural key, stale rows
 * removed, pivots among imported occupations recomputed. Holds the start-up advisory lock so a
 * starting server's curated seed never interleaves with it.
 */
export async function writeImport(sql: Sql, files: ResearchFiles, progress: ImportProgress = () => {}): Promise<ImportSummary> {
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${STARTUP_LOCK_KEY.toString()}::bigint)`;
    const curatedRows = await tx<
      { slug: string; soc_code: string | null }[]
    >`select slug, soc_code from occupations where origin = 'curated'`;
    const plan = buildImportPlan(files, {
      socCodes: curatedRows.flatMap((r) => (r.soc_code ? [r.soc_code] : [])),
      slugs: new Set(curatedRows.map((r) => r.slug)),
    });
    const steps = 4;
    progress("writing", 0, steps);

    const ids = await upsertOccupations(tx, plan);
    progress("writing", 1, steps);
    const tasks = await writeTasks(tx, plan, ids);
    progress("writing", 2, steps);
    const skills = await writeSkills(tx, plan, ids);
    progress("writing", 3, steps);
    const stale = await removeStale(tx, plan);
    progress("writing", 4, steps);
    const paths = await recomputeImportedPaths(tx, progress);

    return {
      read: plan.read,
      occupations: ids.counts,
      tasks,
      skills,
      pivots: paths.pivot + paths["long-term"] + paths["step-down"],
      paths,
      coveredByCurated: plan.coveredByCurated.length,
      withoutSkills: plan.withoutSkills,
      skillsEstimated: plan.skillsEstimated,
      withApplicability: plan.withApplicability,
      withWages: plan.withWages,
      wagesFromBroadGroup: plan.wagesFromBroadGroup,
      stale,
      issues: plan.issues,
    };
  });
}

async function upsertOccupations(tx: Tx, plan: ImportPlan) {
  const o = plan.occupations;
  const written = await tx<{ slug: string; inserted: boolean }[]>`
    insert into occupations (slug, title, plural_title, sector, soc_code, origin, summary, exposure_score, job_zone, us_wages, content, content_updated_at)
    select u.slug, u.title, u.title, u.sector, u.code, 'imported', u.summary, u.score, u.job_zone, u.wages::jsonb, u.content::jsonb, now()
    from unnest(${o.map((x) => x.slug)}::text[], ${o.map((x) => x.title)}::text[], ${o.map((x) => x.sector)}::text[],
                ${o.map((x) => x.code)}::text[], ${o.map((x) => x.summary)}::text[], ${o.map((x) => x.exposureScore)}::int[],
                ${o.map((x) => x.jobZone)}::int[], ${o.map((x) => (x.usWages ? JSON.stringify(x.usWages) : null))}::text[],
                ${o.map((x) => JSON.stringify({ research: x.research }))}::text[])
      as u(slug, title, sector, code, summary, score, job_zone, wages, content)
    on conflict (slug) do update set
      title = excluded.title, plural_title = excluded.plural_title, sector = excluded.sector, soc_code = excluded.soc_code,
      summary = excluded.summary, exposure_score = excluded.exposure_score, job_zone = excluded.job_zone, us_wages = excluded.us_wages,
      content = excluded.content, content_updated_at = now(), updated_at = now()
    where occupations.origin = 'imported'
      and (occupations.title, occupations.sector, occupations.soc_code, occupations.summary, occupations.exposure_score,
           occupations.job_zone, occupations.us_wages, occupations.content)
          is distinct from (excluded.title, excluded.sector, excluded.soc_code, excluded.summary, excluded.exposure_score,
           excluded.job_zone, excluded.us_wages, excluded.content)
    returning slug, (xmax = 0) as inserted`;
  const rows = await tx<{ id: number; slug: string }[]>`
    select id, slug from occupations where origin = 'imported' and slug = any(${o.map((x) => x.slug)}::text[])`;
  const idOf = new Map(rows.map((r) => [r.slug, r.id]));
  const inserted = written.filter((w) => w.inserted).length;
  return {
    idOf,
    counts: { written: idOf.size, inserted, updated: written.length - inserted, unchanged: idOf.size - written.length },
  };
}

async function writeTasks(tx: Tx, plan: ImportPlan, { idOf }: { idOf: Map<string, number> }) {
  const rows = plan.occupations.flatMap((o) => o.tasks.map((t) => ({ id: idOf.get(o.slug)!, ...t })));
  await tx`
    delete from occupation_tasks t
    using unnest(${plan.occupations.map((o) => idOf.get(o.slug)!)}::int[], ${plan.occupations.map((o) => o.tasks.length)}::int[]) as u(id, n)
    where t.occupation_id = u.id and t.position > u.n`;
  await tx`
    insert into occupation_tasks (occupation_id, position, name, description, risk, exposure, ai_tools)
    select u.id, u.position, u.name, '', u.risk::risk_level, u.exposure, '{}'::text[]
    from unnest(${rows.map((r) => r.id)}::int[], ${rows.map((r) => r.position)}::int[], ${rows.map((r) => r.name)}::text[],
                ${rows.map((r) => r.risk)}::text[], ${rows.map((r) => r.exposure)}::int[]) as u(id, position, name, risk, exposure)
    on conflict (occupation_id, position) do update set
      name = excluded.name, description = excluded.description, risk = excluded.risk, exposure = excluded.exposure, ai_tools = excluded.ai_tools
    where (occupation_tasks.name, occupation_tasks.description, occupation_tasks.risk, occupation_tasks.exposure, occupation_tasks.ai_tools)
      is distinct from (excluded.name, excluded.description, excluded.risk, excluded.exposure, excluded.ai_tools)`;
  return rows.length;
}

async function writeSkills(tx: Tx, plan: ImportPlan, { idOf }: { idOf: Map<string, number> }) {
  const rows = plan.occupations.flatMap((o) => o.skills.map((s) => ({ id: idOf.get(o.slug)!, ...s })));
  const ids = rows.map((r) => r.id);
  const names = rows.map((r) => r.skill);
  await tx`
    delete from occupation_skills s
    where s.occupation_id = any(${[...idOf.values()]}::int[])
      and not exists (select 1 from unnest(${ids}::int[], ${names}::text[]) as u(id, skill) where u.id = s.occupation_id and u.skill = s.skill)`;
  await tx`
    insert into occupation_skills (occupation_id, skill, importance, level)
    select * from unnest(${ids}::int[], ${names}::text[], ${rows.map((r) => r.importance)}::int[], ${rows.map((r) => r.level)}::int[])
    on conflict (occupation_id, skill) do update set importance = excluded.importance, level = excluded.level
    where (occupation_skills.importance, occupation_skills.level) is distinct from (excluded.importance, excluded.level)`;
  return rows.length;
}

/** Imported rows the files no longer contain (or that a curated entry now covers). */
async function removeStale(tx: Tx, plan: ImportPlan) {
  const slugs = plan.occupations.map((o) => o.slug);
  const deleted = await tx`
    delete from occupations o
    where o.origin = 'imported' and o.slug <> all(${slugs}::text[])
      and not exists (select 1 from assessment_results r where r.occupation_id = o.id)
      and not exists (select 1 from orders x where x.occupation_id = o.id)
    returning o.id`;
  const kept = await tx<{ slug: string }[]>`
    select slug from occupations where origin = 'imported' and slug <> all(${slugs}::text[]) order by slug`;
  return { deleted: deleted.length, kept: kept.map((k) => k.slug) };
}

/**
 * Imported occupations pivot only to imported ones: both sides then share O*NET's vocabulary
 * (task statements, basic skills, job zones), so a match compares like with like. Paths are
 * ranked on the work itself (domain/imported-pivots.ts); every stored row carries its reason.
 */
async function recomputeImportedPaths(tx: Tx, progress: ImportProgress): Promise<ImportedPathCounts> {
  progress("pivots", 0, 1);
  const [occ, skills, tasks] = await Promise.all([
    tx<
      { id: number; sector: string; soc_code: string | null; exposure_score: number; job_zone: number | null; us_wages: UsWages | null }[]
    >`
      select id, sector, soc_code, exposure_score, job_zone, us_wages from occupations where origin = 'imported' order by id`,
    tx<{ occupation_id: number; skill: string; importance: number; level: number }[]>`
      select s.occupation_id, s.skill, s.importance, s.level from occupation_skills s
      join occupations o on o.id = s.occupation_id where o.origin = 'imported' order by s.occupation_id, s.skill`,
    tx<{ occupation_id: number; name: string }[]>`
      select t.occupation_id, t.name from occupation_tasks t
      join occupations o on o.id = t.occupation_id where o.origin = 'imported' order by t.occupation_id, t.position`,
  ]);
  const group = <T extends { occupation_id: number }, V>(rows: readonly T[], value: (r: T) => V) => {
    const out = new Map<number, V[]>();
    for (const r of rows) {
      const list = out.get(r.occupation_id) ?? [];
      list.push(value(r));
      out.set(r.occupation_id, list);
    }
    return out;
  };
  const skillsOf = group(skills, (s): SkillRequirement => ({ skill: s.skill, importance: s.importance, level: s.level }));
  const statementsOf = group(tasks, (t) => t.name);
  const occupations: ImportedOccupation[] = occ.map((o) => ({
    id: o.id,
    sector: o.sector,
    socCode: o.soc_code ?? undefined,
    exposureScore: o.exposure_score,
    skills: skillsOf.get(o.id) ?? [],
    jobZone: o.job_zone,
    usWages: o.us_wages,
    statements: statementsOf.get(o.id) ?? [],
  }));
  const paths = computeImportedPaths(occupations);
  progress("pivots", 1, 1);

  const rows: { occupationId: number; rank: number; p: ImportedPath }[] = [];
  for (const [occupationId, list] of paths) list.forEach((p, i) => rows.push({ occupationId, rank: i + 1, p }));
  await tx`delete from occupation_pivots p using occupations o where o.id = p.occupation_id and o.origin = 'imported'`;
  const counts: ImportedPathCounts = { pivot: 0, "long-term": 0, "step-down": 0 };
  for (const r of rows) counts[r.p.horizon] += 1;
  if (rows.length === 0) return counts;
  // Skill lists travel as JSON text: postgres.js cannot bind an array of arrays to text[][] rows.
  await tx`
    insert into occupation_pivots (occupation_id, rank, target_id, kind, match_percent, rank_score, skills_held, skills_needed,
                                   horizon, task_similarity, pay_ratio, job_zone_step, reason)
    select u.occupation_id, u.rank, u.target_id, u.kind::pivot_kind, u.match_percent, u.rank_score,
           array(select jsonb_array_elements_text(u.held::jsonb)), array(select jsonb_array_elements_text(u.needed::jsonb)),
           u.horizon::pivot_horizon, u.task_similarity, u.pay_ratio, u.job_zone_step, u.reason
    from unnest(${rows.map((r) => r.occupationId)}::int[], ${rows.map((r) => r.rank)}::int[], ${rows.map((r) => r.p.targetId)}::int[],
                ${rows.map((r) => r.p.kind)}::text[], ${rows.map((r) => r.p.matchPercent)}::int[], ${rows.map((r) => r.p.rankScore)}::real[],
                ${rows.map((r) => JSON.stringify(r.p.skillsHeld))}::text[], ${rows.map((r) => JSON.stringify(r.p.skillsNeeded))}::text[],
                ${rows.map((r) => r.p.horizon)}::text[], ${rows.map((r) => r.p.taskSimilarity)}::int[], ${rows.map((r) => r.p.payRatio)}::real[],
                ${rows.map((r) => r.p.jobZoneStep)}::int[], ${rows.map((r) => r.p.reason)}::text[])
      as u(occupation_id, rank, target_id, kind, match_percent, rank_score, held, needed, horizon, task_similarity, pay_ratio, job_zone_step, reason)`;
  return counts;
}

type ImportedPathCounts = ImportSummary["paths"];
