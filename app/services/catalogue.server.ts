import { asc, eq, sql } from "drizzle-orm";
import { exposureComparisons } from "../../domain/comparisons";
import { resilienceOf } from "../../domain/pivots";
import { riskForExposure } from "../../domain/risk";
import { getDb } from "../../db/client";
import { occupationPivots, occupationTasks, occupations } from "../../db/schema";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function listOccupations() {
  return getDb()
    .select({
      slug: occupations.slug,
      title: occupations.title,
      sector: occupations.sector,
      exposureScore: occupations.exposureScore,
      summary: occupations.summary,
    })
    .from(occupations)
    .orderBy(asc(occupations.title));
}

export type OccupationListItem = Awaited<ReturnType<typeof listOccupations>>[number];

/** Everything the public report for one occupation shows, or null when the slug is unknown. */
export async function getOccupationReport(slug: string) {
  const db = getDb();
  const [occupation] = await db.select().from(occupations).where(eq(occupations.slug, slug));
  if (!occupation) return null;

  const target = sql`target`;
  const [tasks, pivots, all] = await Promise.all([
    db.select().from(occupationTasks).where(eq(occupationTasks.occupationId, occupation.id)).orderBy(asc(occupationTasks.position)),
    db
      .select({
        rank: occupationPivots.rank,
        kind: occupationPivots.kind,
        matchPercent: occupationPivots.matchPercent,
        skillsHeld: occupationPivots.skillsHeld,
        skillsNeeded: occupationPivots.skillsNeeded,
        slug: sql<string>`${target}.slug`,
        title: sql<string>`${target}.title`,
        exposureScore: sql<number>`${target}.exposure_score`,
        blurb: sql<string | null>`${target}.content->>'comparisonBlurb'`,
      })
      .from(occupationPivots)
      .innerJoin(sql`${occupations} as ${target}`, sql`${target}.id = ${occupationPivots.targetId}`)
      .where(eq(occupationPivots.occupationId, occupation.id))
      .orderBy(asc(occupationPivots.rank))
      .limit(3),
    db
      .select({
        id: occupations.id,
        slug: occupations.slug,
        title: occupations.title,
        sector: occupations.sector,
        exposureScore: occupations.exposureScore,
        blurb: sql<string | null>`${occupations.content}->>'comparisonBlurb'`,
      })
      .from(occupations),
  ]);

  return {
    occupation: {
      slug: occupation.slug,
      title: occupation.title,
      pluralTitle: occupation.pluralTitle,
      sector: occupation.sector,
      origin: occupation.origin,
      summary: occupation.summary,
      exposureScore: occupation.exposureScore,
      risk: riskForExposure(occupation.exposureScore),
      contentUpdatedAt: occupation.contentUpdatedAt.toISOString(),
      comparisonBlurb: occupation.content.comparisonBlurb ?? null,
      ...occupation.content,
    },
    tasks: tasks.map(({ occupationId: _id, ...t }) => t),
    pivots: pivots.map((p) => ({
      ...p,
      exposureDrop: occupation.exposureScore - p.exposureScore,
      resilience: resilienceOf(occupation.exposureScore, p.exposureScore),
    })),
    comparisons: exposureComparisons(occupation, all),
  };
}

export type OccupationReport = NonNullable<Awaited<ReturnType<typeof getOccupationReport>>>;
