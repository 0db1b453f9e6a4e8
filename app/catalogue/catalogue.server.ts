import { and, asc, between, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { exposureComparisons } from "../../domain/comparisons";
import { estimatedSkillsNote } from "../../domain/estimated-skills";
import { resilienceOf } from "../../domain/pivots";
import { riskForExposure, type RiskLevel } from "../../domain/risk";
import { getDb } from "../../db/client";
import { occupationPivots, occupationSkills, occupationTasks, occupations } from "../../db/schema";
import { blueprintOfferOf } from "./blueprint-sale.server";
import { PAGE_SIZE, prefixTsQuery, type CatalogueQuery } from "./catalogue-search";
import { ukWordMatch, ukWordsForReport } from "./uk-word-match.server";

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The landing page's cards and count: curated reports first (they are the in-depth ones), without
 * reading the whole imported catalogue on every visit.
 */
export async function catalogueOverview(limit = 6) {
  const db = getDb();
  const [featured, [counted]] = await Promise.all([
    db
      .select({
        slug: occupations.slug,
        title: occupations.title,
        sector: occupations.sector,
        exposureScore: occupations.exposureScore,
        summary: occupations.summary,
      })
      .from(occupations)
      .orderBy(sql`${occupations.origin} = 'curated' desc`, asc(occupations.title))
      .limit(limit),
    db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(occupations),
  ]);
  return { featured, count: counted?.n ?? 0 };
}

const BAND_RANGE: Record<RiskLevel, [number, number]> = { high: [60, 100], medium: [30, 59], low: [0, 29] };

/**
 * One page of the catalogue: full-text prefix search over title and alternate titles (weighted
 * above the summary), or the occupations a UK job word in the query means ("solicitor" →
 * Lawyers), filtered by exposure band and sector; UK-word matches first, then best text match,
 * then by title.
 */
export async function searchCatalogue(query: CatalogueQuery) {
  const db = getDb();
  const tsq = prefixTsQuery(query.q);
  const tsQuery = tsq ? sql`to_tsquery('english', ${tsq})` : null;
  const uk = ukWordMatch(query.q);
  const conditions = [
    or(tsQuery ? sql`${occupations.searchVector} @@ ${tsQuery}` : undefined, uk?.condition),
    query.band ? between(occupations.exposureScore, ...BAND_RANGE[query.band]) : undefined,
    query.sector ? eq(occupations.sector, query.sector) : undefined,
  ].filter((c) => c !== undefined);
  const [rows, sectors] = await Promise.all([
    db
      .select({
        slug: occupations.slug,
        title: occupations.title,
        sector: occupations.sector,
        origin: occupations.origin,
        exposureScore: occupations.exposureScore,
        summary: occupations.summary,
        socCode: occupations.socCode,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(occupations)
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(
        ...(uk ? [uk.order] : []),
        ...(tsQuery ? [desc(sql`ts_rank(${occupations.searchVector}, ${tsQuery})`)] : []),
        asc(occupations.title),
        asc(occupations.id),
      )
      .limit(PAGE_SIZE)
      .offset((query.page - 1) * PAGE_SIZE),
    listSectors(),
  ]);
  // Past the last page the window count is missing; count separately only then.
  const total = rows[0]?.total ?? (query.page > 1 ? await countMatches(conditions) : 0);
  return {
    results: rows.map(({ total: _t, socCode, ...r }) => ({
      ...r,
      risk: riskForExposure(r.exposureScore),
      ukWord: uk?.ukWordFor({ socCode, title: r.title }) ?? null,
    })),
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    sectors,
  };
}

async function countMatches(conditions: SQL[]) {
  const [row] = await getDb()
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(occupations)
    .where(conditions.length ? and(...conditions) : undefined);
  return row?.n ?? 0;
}

export async function listSectors() {
  return getDb()
    .select({ sector: occupations.sector, count: sql<number>`count(*)`.mapWith(Number) })
    .from(occupations)
    .groupBy(occupations.sector)
    .orderBy(asc(occupations.sector));
}

export type CatalogueSearch = Awaited<ReturnType<typeof searchCatalogue>>;

/** Every report URL with its last content change, for sitemap.xml. */
export async function listSitemapEntries() {
  return getDb()
    .select({ slug: occupations.slug, updatedAt: occupations.contentUpdatedAt })
    .from(occupations)
    .orderBy(asc(occupations.slug));
}

type PoolEntry = { id: number; slug: string; title: string; sector: string; exposureScore: number; blurb: string | null };

/** How long a process reuses the catalogue list behind the comparison cards. */
const POOL_TTL_MS = 60_000;
let pool: { at: number; rows: Promise<PoolEntry[]> } | null = null;

/**
 * Every occupation's score and sector, for the comparison cards. With the imported catalogue this
 * is ~900 rows and was most of a report's database time (bench:http), while it changes only on a
 * seed or an import: each process reuses it for a minute (ADR 009).
 */
function comparisonPool(): Promise<PoolEntry[]> {
  if (pool && Date.now() - pool.at < POOL_TTL_MS) return pool.rows;
  const rows = getDb()
    .select({
      id: occupations.id,
      slug: occupations.slug,
      title: occupations.title,
      sector: occupations.sector,
      exposureScore: occupations.exposureScore,
      blurb: sql<string | null>`${occupations.content}->>'comparisonBlurb'`,
    })
    .from(occupations);
  const entry = { at: Date.now(), rows: Promise.resolve(rows) };
  // A failed read must not be served for a minute.
  entry.rows.catch(() => {
    if (pool === entry) pool = null;
  });
  pool = entry;
  return entry.rows;
}

/** Pivots a report shows (five are stored). */
const REPORT_PIVOTS = 3;

/** Everything the public report for one occupation shows, or null when the slug is unknown. */
export async function getOccupationReport(slug: string) {
  const db = getDb();
  const [occupation] = await db.select().from(occupations).where(eq(occupations.slug, slug));
  if (!occupation) return null;
  const target = sql`target`;
  // Views are counted at the edge (server/middleware/report-views.ts), so a cached copy counts too.
  const [tasks, pivots, all, skills] = await Promise.all([
    db.select().from(occupationTasks).where(eq(occupationTasks.occupationId, occupation.id)).orderBy(asc(occupationTasks.position)),
    db
      .select({
        rank: occupationPivots.rank,
        kind: occupationPivots.kind,
        matchPercent: occupationPivots.matchPercent,
        skillsHeld: occupationPivots.skillsHeld,
        skillsNeeded: occupationPivots.skillsNeeded,
        horizon: occupationPivots.horizon,
        taskSimilarity: occupationPivots.taskSimilarity,
        reason: occupationPivots.reason,
        slug: sql<string>`${target}.slug`,
        title: sql<string>`${target}.title`,
        exposureScore: sql<number>`${target}.exposure_score`,
        blurb: sql<string | null>`${target}.content->>'comparisonBlurb'`,
      })
      .from(occupationPivots)
      .innerJoin(sql`${occupations} as ${target}`, sql`${target}.id = ${occupationPivots.targetId}`)
      // Pivots and (imported roles) long-term paths; step downs are kept for goals that ask for them.
      .where(and(eq(occupationPivots.occupationId, occupation.id), inArray(occupationPivots.horizon, ["pivot", "long-term"])))
      .orderBy(asc(occupationPivots.rank)),
    comparisonPool(),
    db.select({ skill: occupationSkills.skill }).from(occupationSkills).where(eq(occupationSkills.occupationId, occupation.id)),
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
      ukWords: ukWordsForReport(occupation.socCode, occupation.title),
      contentUpdatedAt: occupation.contentUpdatedAt.toISOString(),
      comparisonBlurb: occupation.content.comparisonBlurb ?? null,
      ...occupation.content,
      // O*NET rates no skills for this role: the skill matches below rest on the import's estimate.
      skillsEstimatedNote: occupation.content.research?.skillsEstimatedFrom
        ? estimatedSkillsNote(occupation.content.research.skillsEstimatedFrom)
        : null,
    },
    blueprint: blueprintOfferOf(
      occupation,
      skills.map((s) => s.skill),
    ),
    tasks: tasks.map(({ occupationId: _id, ...t }) => t),
    pivots: pivots
      .filter((p) => p.horizon === "pivot")
      .slice(0, REPORT_PIVOTS)
      .map((p) => ({
        ...p,
        exposureDrop: occupation.exposureScore - p.exposureScore,
        resilience: resilienceOf(occupation.exposureScore, p.exposureScore),
      })),
    longTermPaths: pivots
      .filter((p) => p.horizon === "long-term" && p.reason)
      .map((p) => ({ slug: p.slug, title: p.title, reason: p.reason! })),
    comparisons: exposureComparisons(occupation, all),
  };
}

export type OccupationReport = NonNullable<Awaited<ReturnType<typeof getOccupationReport>>>;
