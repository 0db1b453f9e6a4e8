/**
 * How the importer turns research rows into catalogue facts. Pure: no I/O. The formulas are
 * documented in docs/decisions/009-catalogue-import.md and on the /method page.
 */
import { riskForExposure, type RiskLevel } from "./risk";
import type { SkillRequirement } from "./pivots";

export const EXPOSURE_LABELS = ["E0", "E1", "E2"] as const;
export type ExposureLabel = (typeof EXPOSURE_LABELS)[number];

/** β weighting of Eloundou et al.: an LLM alone halves the time (E1) = 100, with tooling (E2) = 50. */
const LABEL_EXPOSURE: Record<ExposureLabel, number> = { E0: 0, E1: 100, E2: 50 };

export function taskExposure(label: ExposureLabel): number {
  return LABEL_EXPOSURE[label];
}

export function taskRisk(label: ExposureLabel): RiskLevel {
  return riskForExposure(taskExposure(label));
}

/**
 * Occupation score: the unweighted mean of its task exposures, rounded. O*NET gives no time
 * shares in these files, so every task statement counts once (the paper's occupation β is built
 * the same way; ours stays within a few points of its human-rated β).
 */
export function occupationExposure(labels: readonly ExposureLabel[]): number {
  if (labels.length === 0) throw new Error("an occupation needs at least one labelled task");
  const total = labels.reduce((sum, l) => sum + taskExposure(l), 0);
  return Math.round(total / labels.length);
}

export function labelCounts(labels: readonly ExposureLabel[]): { e0: number; e1: number; e2: number } {
  const counts = { e0: 0, e1: 0, e2: 0 };
  for (const l of labels) counts[l === "E0" ? "e0" : l === "E1" ? "e1" : "e2"] += 1;
  return counts;
}

/**
 * O*NET basic-skill level (0–100, a rescaled 0–7 anchor scale) → the 1–5 self-rating scale the
 * assessment and the curated catalogue use: 0 → 1, 25 → 2, 50 → 3, 75 → 4, 100 → 5.
 */
export function skillLevelFromOnet(level: number): number {
  return Math.min(5, Math.max(1, 1 + Math.round(level / 25)));
}

export type OnetSkill = { skill: string; importance: number; level: number | null };

/**
 * The occupation's skill vector. O*NET marks a level "Not relevant" (null here) when the skill
 * hardly matters to the job, so it is left out rather than given an invented level.
 */
export function skillVector(skills: readonly OnetSkill[]): SkillRequirement[] {
  return skills
    .filter((s): s is OnetSkill & { level: number } => s.level !== null)
    .map((s) => ({ skill: s.skill, importance: Math.round(Math.min(100, Math.max(0, s.importance))), level: skillLevelFromOnet(s.level) }))
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill));
}

/** "Active_Learning" (a column name prefix) → "Active Learning" (the catalogue's skill name). */
export function skillNameFromColumn(prefix: string): string {
  return prefix.replace(/_/g, " ").trim();
}

/** SOC 2018 major groups, used as the imported occupations' sector. */
const SOC_MAJOR_GROUPS: Record<string, string> = {
  "11": "Management",
  "13": "Business and Financial Operations",
  "15": "Computer and Mathematical",
  "17": "Architecture and Engineering",
  "19": "Life, Physical and Social Science",
  "21": "Community and Social Service",
  "23": "Legal",
  "25": "Education and Library",
  "27": "Arts, Design, Entertainment, Sports and Media",
  "29": "Healthcare Practitioners",
  "31": "Healthcare Support",
  "33": "Protective Service",
  "35": "Food Preparation and Serving",
  "37": "Building and Grounds Maintenance",
  "39": "Personal Care and Service",
  "41": "Sales",
  "43": "Office and Administrative Support",
  "45": "Farming, Fishing and Forestry",
  "47": "Construction and Extraction",
  "49": "Installation, Maintenance and Repair",
  "51": "Production",
  "53": "Transportation and Material Moving",
  "55": "Military",
};

export function sectorForSoc(onetSocCode: string): string {
  return SOC_MAJOR_GROUPS[onetSocCode.slice(0, 2)] ?? "Other";
}

/** First 7 characters of an O*NET-SOC code: the 6-digit SOC ("15-1252.00" → "15-1252"). */
export function socSixDigit(onetSocCode: string): string {
  return onetSocCode.slice(0, 7);
}

/**
 * Whether a curated entry covers this O*NET occupation: a curated 6-digit code names the O*NET
 * base occupation (".00"), a curated 8-digit code names exactly one O*NET occupation.
 */
export function coveredByCurated(onetSocCode: string, curatedCodes: Iterable<string>): boolean {
  for (const code of curatedCodes) {
    const full = code.length === 7 ? `${code}.00` : code;
    if (full === onetSocCode) return true;
  }
  return false;
}

export const MAX_SLUG_LENGTH = 80;

/** URL slug from a title, at most 80 characters on a word boundary ("Judges, Magistrate …" → "judges-magistrate-…"). */
export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (base.length <= MAX_SLUG_LENGTH) return base;
  const cut = base.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-"));
}

/**
 * Unique slugs for titles in a stable order: a clash (after truncation, or with a slug already
 * taken by a curated entry) gets the O*NET code appended, which is unique by construction.
 */
export function assignSlugs(items: readonly { code: string; title: string }[], taken: ReadonlySet<string>): Map<string, string> {
  const used = new Set(taken);
  const out = new Map<string, string>();
  for (const { code, title } of items) {
    let slug = slugify(title);
    if (!slug || used.has(slug)) {
      const suffix = `-${code.replace(/[^0-9]/g, "")}`;
      slug = `${slugify(title)
        .slice(0, MAX_SLUG_LENGTH - suffix.length)
        .replace(/-+$/, "")}${suffix}`;
    }
    used.add(slug);
    out.set(code, slug);
  }
  return out;
}

/** A factual summary built only from the imported figures (no invented narrative). */
export function importedSummary(title: string, counts: { e0: number; e1: number; e2: number }): string {
  const total = counts.e0 + counts.e1 + counts.e2;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    `O*NET describes the work of ${title} in ${plural(total, "task statement")}. ` +
    `Human annotators in Eloundou et al. (2024) judged ${counts.e1} of them directly exposed to large language models ` +
    `(an LLM alone could halve the time), ${counts.e2} exposed once LLM-powered tools are built, and ${counts.e0} not exposed.`
  );
}

export type ImportedTask = { taskId: number; statement: string; label: ExposureLabel; core: boolean };

/** Report order: most exposed first, core before supplemental, then O*NET task id (stable). */
export function orderTasks<T extends ImportedTask>(tasks: readonly T[]): T[] {
  return [...tasks].sort((a, b) => taskExposure(b.label) - taskExposure(a.label) || Number(b.core) - Number(a.core) || a.taskId - b.taskId);
}

/**
 * Skill similarity (0–1) of two imported profiles: one minus the importance-weighted mean gap in
 * level (1–5 scale, so a gap of 4 is total). Unlike coverage it is symmetric, so a demanding role
 * is not a "100 % match" for every less demanding one; a skill missing from a profile (O*NET: not
 * relevant) counts as level 1 with no importance.
 */
export function skillSimilarity(a: readonly SkillRequirement[], b: readonly SkillRequirement[]): number {
  const inA = bySkill(a);
  const inB = bySkill(b);
  let weight = 0;
  let gap = 0;
  for (const x of a) {
    const y = inB.get(x.skill);
    const w = (x.importance + (y?.importance ?? 0)) / 2;
    weight += w;
    gap += (w * Math.abs(x.level - (y?.level ?? 1))) / 4;
  }
  for (const y of b) {
    if (inA.has(y.skill)) continue;
    const w = y.importance / 2;
    weight += w;
    gap += (w * Math.abs(y.level - 1)) / 4;
  }
  return weight === 0 ? 0 : 1 - gap / weight;
}

// The import compares ~850,000 pairs: index each profile once instead of once per pair.
const profileIndex = new WeakMap<readonly SkillRequirement[], Map<string, SkillRequirement>>();
function bySkill(skills: readonly SkillRequirement[]): Map<string, SkillRequirement> {
  let index = profileIndex.get(skills);
  if (!index) {
    index = new Map(skills.map((s) => [s.skill, s]));
    profileIndex.set(skills, index);
  }
  return index;
}
