/**
 * The learning library: real courses, qualifications, books and guides filed by skill (O*NET basic
 * skills and the curated vocabulary) and by the SOC major groups they are an entry route into, so a
 * Blueprint can name resources for any role, imported or curated. Pure: the data lives in
 * db/seed/learning-library/ and is passed in; nothing here reads it.
 */
import { SOC_MAJOR_GROUP_CODES, socMajorGroupOf, type SocMajorGroup } from "./sector-employers";
import type { PlanResource } from "./blueprint-resources";

/** O*NET's basic skills as the research data names them (occupations_onet_basic_skills.csv). */
export const ONET_BASIC_SKILLS = [
  "Active Learning",
  "Critical Thinking",
  "Learning Strategies",
  "Monitoring",
  "Active Listening",
  "Mathematics",
  "Programming",
  "Reading Comprehension",
  "Science",
  "Speaking",
  "Writing",
] as const;

// The SOC 2018 major groups are defined once, with the employer directory's UK industries.
export { SOC_MAJOR_GROUP_CODES, type SocMajorGroup };

export const LIBRARY_LEVELS = ["intro", "intermediate", "advanced"] as const;
export type LibraryLevel = (typeof LIBRARY_LEVELS)[number];

export const LIBRARY_FORMATS = ["course", "book", "certification", "apprenticeship", "bootcamp", "guide", "practice", "video"] as const;
export type LibraryFormat = (typeof LIBRARY_FORMATS)[number];

export type LibraryResource = {
  /** kebab-case, unique in the library. */
  id: string;
  title: string;
  provider: string;
  format: LibraryFormat;
  level: LibraryLevel;
  /** Typical total study time; not a promise. */
  hours: number;
  /** Typical UK price in pounds; 0 = free to the learner. */
  costGbp: number;
  /** The price is a starting point (it varies by provider, route or funding): print "from £…". */
  costFrom?: boolean;
  url: string;
  /** What it teaches, main subject first: O*NET skill names and curated skill names. */
  skills: readonly string[];
  /** SOC major groups it is an entry route into (a qualification, licence or register); empty for general learning. */
  sectors: readonly SocMajorGroup[];
  /** What a UK learner should know: funding, checks, registration, where it applies. */
  ukNote?: string;
};

/** "active_learning", "Active Learning " → "active learning": the research columns and the catalogue spell skills differently. */
export const skillKey = (skill: string) => skill.replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();

/** The two-digit SOC major group of an O*NET-SOC or SOC code ("29-1141.00" → "29"), or null when it is not one of ours. */
export function majorGroupOf(socCode: string | null | undefined): SocMajorGroup | null {
  return socCode ? socMajorGroupOf(socCode) : null;
}

/**
 * Whether the resource teaches the skill: its main subject, or a secondary subject of anything but
 * a certification (an exam examines its main subject; listing it for a side topic misleads). The
 * same rule as the plan engine's `teaches`, so the library's coverage counts what a plan can use.
 */
export function teachesSkill(r: Pick<LibraryResource, "skills" | "format">, skill: string): boolean {
  const key = skillKey(skill);
  const keys = r.skills.map(skillKey);
  if (keys[0] === key) return true;
  return keys.includes(key) && r.format !== "certification";
}

/** The level of material that moves someone on from a 1–5 self-rating: 1–2 intro, 3 intermediate, 4–5 advanced. */
export function levelForRating(yourLevel: number): LibraryLevel {
  if (yourLevel <= 2) return "intro";
  if (yourLevel === 3) return "intermediate";
  return "advanced";
}

const levelRank = (l: LibraryLevel) => LIBRARY_LEVELS.indexOf(l);

export type ResourceQuery = {
  skill: string;
  /** The level of material wanted; resources two levels away (intro for advanced, or the reverse) are left out. */
  level?: LibraryLevel;
  /** Hours the learner can give the skill; longer resources are left out. */
  hoursBudget?: number;
  /** The target's SOC major group: entry routes into other sectors are left out, this sector's come first. */
  sector?: SocMajorGroup | null;
};

/**
 * A sector's careers page or a register's rules says how to get into the sector, not how to learn
 * a skill: it answers entryRoutesFor, never a skill query.
 */
export const isRouteInformation = (r: Pick<LibraryResource, "format" | "sectors">) => r.format === "guide" && r.sectors.length > 0;

/**
 * The library's resources for one skill, best first: the skill as main subject before a side
 * subject, the right level before an adjacent one, an entry route into the target's sector before
 * general learning, free before paid, shorter before longer, then by id so the order is stable.
 */
export function resourcesFor(library: readonly LibraryResource[], q: ResourceQuery): LibraryResource[] {
  const key = skillKey(q.skill);
  const wanted = q.level ? levelRank(q.level) : null;
  const sector = q.sector ?? null;
  const candidates = library.filter(
    (r) =>
      teachesSkill(r, q.skill) &&
      !isRouteInformation(r) &&
      (wanted === null || Math.abs(levelRank(r.level) - wanted) <= 1) &&
      (q.hoursBudget === undefined || r.hours <= q.hoursBudget) &&
      (r.sectors.length === 0 || sector === null || r.sectors.includes(sector)),
  );
  const rank = (r: LibraryResource) => [
    skillKey(r.skills[0] ?? "") === key ? 0 : 1,
    wanted === null ? 0 : Math.abs(levelRank(r.level) - wanted),
    sector !== null && r.sectors.includes(sector) ? 0 : 1,
    // With no sector asked for, general learning before another sector's entry route.
    sector === null && r.sectors.length > 0 ? 1 : 0,
    r.costGbp === 0 ? 0 : 1,
    r.hours,
  ];
  return candidates
    .map((r) => ({ r, k: rank(r) }))
    .sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return a.k[i]! - b.k[i]!;
      return a.r.id.localeCompare(b.r.id);
    })
    .map(({ r }) => r);
}

/** The entry routes into a sector (qualifications, licences, registers), shortest first. */
export function entryRoutesFor(library: readonly LibraryResource[], sector: SocMajorGroup): LibraryResource[] {
  return library
    .filter((r) => r.sectors.includes(sector))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.hours - b.hours || a.id.localeCompare(b.id));
}

/**
 * Candidates for a plan's skill gaps, in gap order, each resource once: the best few for each gap at
 * the level that moves the buyer on. The plan engine appends these after a curated role's own list.
 */
export function planCandidates(
  library: readonly LibraryResource[],
  gaps: readonly { skill: string; yourLevel: number }[],
  sector: SocMajorGroup | null,
  perGap = 4,
): LibraryResource[] {
  const seen = new Set<string>();
  const out: LibraryResource[] = [];
  for (const gap of gaps) {
    const best = resourcesFor(library, { skill: gap.skill, level: levelForRating(gap.yourLevel), sector })
      .filter((r) => !seen.has(r.id))
      .slice(0, perGap);
    for (const r of best) {
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

const PLAN_KIND: Record<LibraryFormat, NonNullable<PlanResource["kind"]>> = {
  course: "course",
  book: "book",
  certification: "certification",
  // An apprenticeship or bootcamp is taught, module by module, like a course.
  apprenticeship: "course",
  bootcamp: "course",
  guide: "guide",
  practice: "guide",
  video: "course",
};

const PLAN_LEVEL = { intro: "foundation", intermediate: "intermediate", advanced: "advanced" } as const;

/** The plan engine's shape of a resource (domain/blueprint-resources.ts). */
export function toPlanResource(r: LibraryResource): PlanResource {
  return {
    title: r.title,
    provider: r.provider,
    kind: PLAN_KIND[r.format],
    skills: r.skills,
    approxHours: r.hours,
    approxCostGbp: r.costGbp,
    url: r.url,
    level: PLAN_LEVEL[r.level],
  };
}
