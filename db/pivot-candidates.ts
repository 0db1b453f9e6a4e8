import { asc, eq, inArray } from "drizzle-orm";
import type { PivotCandidate } from "../domain/pivots";
import type { Database } from "./client";
import { occupationPivots, occupationSkills, occupations, type AssessmentOutcome } from "./schema";

type Reader = Pick<Database, "select">;

export type CatalogueCandidate = PivotCandidate & { slug: string; title: string; origin: "curated" | "imported" };

const candidateColumns = {
  id: occupations.id,
  slug: occupations.slug,
  title: occupations.title,
  sector: occupations.sector,
  exposureScore: occupations.exposureScore,
  origin: occupations.origin,
};

async function withSkills(db: Reader, rows: Omit<CatalogueCandidate, "skills">[], ids?: number[]): Promise<CatalogueCandidate[]> {
  const skills = await db
    .select({
      occupationId: occupationSkills.occupationId,
      skill: occupationSkills.skill,
      importance: occupationSkills.importance,
      level: occupationSkills.level,
    })
    .from(occupationSkills)
    .where(ids ? inArray(occupationSkills.occupationId, ids) : undefined);
  const skillsOf = new Map<number, PivotCandidate["skills"][number][]>();
  for (const { occupationId, ...s } of skills) {
    const list = skillsOf.get(occupationId) ?? [];
    list.push(s);
    skillsOf.set(occupationId, list);
  }
  return rows.map((r) => ({ ...r, skills: skillsOf.get(r.id) ?? [] }));
}

/** Every occupation with its skill profile, as the pivot functions take them (two queries). */
export async function loadPivotCandidates(db: Reader): Promise<CatalogueCandidate[]> {
  return withSkills(db, await db.select(candidateColumns).from(occupations));
}

/** The imported moves an assessment result shows: the report's best pivots, as on the report. */
export const RESULT_PIVOTS = 3;

export type AssessmentCandidates = {
  occupation: CatalogueCandidate;
  candidates: CatalogueCandidate[];
  /** Adds the stored reasons and long-term paths of an imported role to its scored outcome. */
  explain: (outcome: AssessmentOutcome) => AssessmentOutcome;
};

/**
 * What the assessment ranks for one occupation. Curated roles: every curated role (ADR 004).
 * Imported roles: only the best stored pivots that have skill ratings to compare (ADR 009), so
 * the person's ratings re-order moves an adviser would stand behind instead of searching the
 * whole catalogue, where a basic-skills match makes dishwashing a "100 % match" for a nurse.
 */
export async function loadAssessmentCandidates(db: Reader, occupationId: number): Promise<AssessmentCandidates> {
  const [self] = await withSkills(db, await db.select(candidateColumns).from(occupations).where(eq(occupations.id, occupationId)), [
    occupationId,
  ]);
  if (!self) throw new Error(`occupation ${occupationId} does not exist`);
  if (self.origin === "curated") {
    const curated = (await loadPivotCandidates(db)).filter((c) => c.origin === "curated");
    return { occupation: self, candidates: curated, explain: (o) => o };
  }

  const paths = await db
    .select({
      targetId: occupationPivots.targetId,
      horizon: occupationPivots.horizon,
      reason: occupationPivots.reason,
      ...candidateColumns,
    })
    .from(occupationPivots)
    .innerJoin(occupations, eq(occupations.id, occupationPivots.targetId))
    .where(eq(occupationPivots.occupationId, occupationId))
    .orderBy(asc(occupationPivots.rank));
  const pivotRows = paths.filter((p) => p.horizon === "pivot");
  const targets = await withSkills(
    db,
    pivotRows.map(({ id, slug, title, sector, exposureScore, origin }) => ({ id, slug, title, sector, exposureScore, origin })),
    pivotRows.map((p) => p.id),
  );
  const candidates = targets.filter((t) => t.skills.length > 0).slice(0, RESULT_PIVOTS);
  const reasons = new Map(paths.flatMap((p) => (p.reason ? [[p.targetId, p.reason] as const] : [])));
  const longTermPaths = paths
    .filter((p) => p.horizon === "long-term" && p.reason)
    .map((p) => ({ targetId: p.targetId, slug: p.slug, title: p.title, exposureScore: p.exposureScore, reason: p.reason! }));
  return {
    occupation: self,
    candidates,
    explain: (outcome) => ({
      ...outcome,
      pivots: outcome.pivots.map((p) => (reasons.has(p.targetId) ? { ...p, reason: reasons.get(p.targetId)! } : p)),
      ...(longTermPaths.length ? { longTermPaths } : {}),
    }),
  };
}
