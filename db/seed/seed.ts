import { and, eq, notInArray, sql } from "drizzle-orm";
import { z } from "zod";
import { topPivots } from "../../domain/pivots";
import { loadPivotCandidates } from "../pivot-candidates";
import type { Database } from "../client";
import { occupationPivots, occupationSkills, occupationTasks, occupations } from "../schema";
import { curatedOccupationSchema, type CuratedOccupation, type ParsedOccupation } from "./catalogue-schema";
import { CURATED_OCCUPATIONS } from "./curated";
// Parsed on import (zod): a learning resource with a missing field or a duplicate link fails the seed.
import "./learning-library";

/** How many pivots are stored per occupation (the report shows the first three). */
export const STORED_PIVOTS = 5;

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

export function parseCatalogue(entries: readonly CuratedOccupation[]): ParsedOccupation[] {
  const seen = new Set<string>();
  return entries.map((entry, i) => {
    const result = curatedOccupationSchema.safeParse(entry);
    const name = (entry as { slug?: string }).slug ?? `entry ${i}`;
    if (!result.success) {
      throw new Error(`Curated occupation "${name}" is invalid:\n${z.prettifyError(result.error)}`);
    }
    if (seen.has(result.data.slug)) throw new Error(`Curated occupation "${name}" appears twice`);
    seen.add(result.data.slug);
    return result.data;
  });
}

async function upsertOccupation(tx: Tx, o: ParsedOccupation): Promise<number> {
  const { slug, title, pluralTitle, sector, socCode, alternateTitles, summary, exposureScore, tasks, skills, updatedAt, ...content } = o;
  const values = {
    slug,
    title,
    pluralTitle,
    sector,
    socCode: socCode ?? null,
    origin: "curated" as const,
    alternateTitles,
    summary,
    exposureScore,
    content,
    contentUpdatedAt: new Date(`${updatedAt}T00:00:00Z`),
  };
  const changed = sql`(${occupations.title}, ${occupations.pluralTitle}, ${occupations.sector}, ${occupations.socCode},
    ${occupations.origin}, ${occupations.alternateTitles}, ${occupations.summary}, ${occupations.exposureScore},
    ${occupations.content}, ${occupations.contentUpdatedAt})
    is distinct from (excluded.title, excluded.plural_title, excluded.sector, excluded.soc_code, excluded.origin,
    excluded.alternate_titles, excluded.summary, excluded.exposure_score, excluded.content, excluded.content_updated_at)`;
  await tx
    .insert(occupations)
    .values(values)
    .onConflictDoUpdate({
      target: occupations.slug,
      set: { ...values, updatedAt: sql`now()` },
      setWhere: changed,
    });
  const [row] = await tx.select({ id: occupations.id }).from(occupations).where(eq(occupations.slug, slug));
  const id = row!.id;

  await tx.delete(occupationTasks).where(and(eq(occupationTasks.occupationId, id), sql`${occupationTasks.position} > ${tasks.length}`));
  for (const [i, t] of tasks.entries()) {
    const task = {
      occupationId: id,
      position: i + 1,
      name: t.name,
      description: t.description,
      risk: t.risk,
      exposure: t.exposure,
      aiTools: t.aiTools,
    };
    await tx
      .insert(occupationTasks)
      .values(task)
      .onConflictDoUpdate({
        target: [occupationTasks.occupationId, occupationTasks.position],
        set: task,
      });
  }

  await tx.delete(occupationSkills).where(
    and(
      eq(occupationSkills.occupationId, id),
      notInArray(
        occupationSkills.skill,
        skills.map((s) => s.skill),
      ),
    ),
  );
  await tx
    .insert(occupationSkills)
    .values(skills.map((s) => ({ occupationId: id, ...s })))
    .onConflictDoUpdate({
      target: [occupationSkills.occupationId, occupationSkills.skill],
      set: { importance: sql`excluded.importance`, level: sql`excluded.level` },
    });
  return id;
}

/**
 * Recomputes the curated occupations' stored pivot paths, among curated roles only (ADR 009):
 * imported occupations keep the pivots the importer computed, so a start never rewrites them.
 */
export async function recomputePivots(tx: Tx): Promise<number> {
  const candidates = (await loadPivotCandidates(tx)).filter((c) => c.origin === "curated");

  const pivots = candidates.flatMap((source) =>
    source.skills.length === 0
      ? []
      : topPivots(source, candidates, STORED_PIVOTS).map((p, i) => ({ occupationId: source.id, rank: i + 1, ...p })),
  );
  await tx
    .delete(occupationPivots)
    .where(sql`${occupationPivots.occupationId} in (select id from ${occupations} where origin = 'curated')`);
  for (let i = 0; i < pivots.length; i += 1000) await tx.insert(occupationPivots).values(pivots.slice(i, i + 1000));
  return pivots.length;
}

/**
 * Loads the curated catalogue: upsert by slug (curated entries win over imported ones), then
 * recompute pivots. Idempotent: a second run changes no row.
 */
export async function seedCatalogue(db: Database, entries: readonly CuratedOccupation[] = CURATED_OCCUPATIONS) {
  const parsed = parseCatalogue(entries);
  return db.transaction(async (tx) => {
    for (const o of parsed) await upsertOccupation(tx, o);
    const pivots = await recomputePivots(tx);
    return { occupations: parsed.length, pivots };
  });
}
