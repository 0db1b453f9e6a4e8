import type { PivotCandidate } from "../domain/pivots";
import type { Database } from "./client";
import { occupationSkills, occupations } from "./schema";

type Reader = Pick<Database, "select">;

export type CatalogueCandidate = PivotCandidate & { slug: string; title: string; origin: "curated" | "imported" };

/** Every occupation with its skill profile, as the pivot functions take them (two queries). */
export async function loadPivotCandidates(db: Reader): Promise<CatalogueCandidate[]> {
  const [rows, skills] = await Promise.all([
    db
      .select({ id: occupations.id, slug: occupations.slug, title: occupations.title, sector: occupations.sector, exposureScore: occupations.exposureScore, origin: occupations.origin })
      .from(occupations),
    db.select({ occupationId: occupationSkills.occupationId, skill: occupationSkills.skill, importance: occupationSkills.importance, level: occupationSkills.level }).from(occupationSkills),
  ]);
  const skillsOf = new Map<number, PivotCandidate["skills"][number][]>();
  for (const { occupationId, ...s } of skills) {
    const list = skillsOf.get(occupationId) ?? [];
    list.push(s);
    skillsOf.set(occupationId, list);
  }
  return rows.map((r) => ({ ...r, skills: skillsOf.get(r.id) ?? [] }));
}
