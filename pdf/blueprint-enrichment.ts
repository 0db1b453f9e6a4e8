/**
 * What an order's Blueprint draws on beyond the catalogue row (issue 17): the learning library and
 * the sector employer directory. Imported roles have no curated employers or courses, so each gets
 * the typical UK employers of its SOC major group, sorted for the buyer's region; every role gets
 * the library's resources for the buyer's own gaps in it (a curated role's own list first); and a
 * role in another sector than the buyer's gets that sector's entry routes. Pure: the loader passes
 * the library and the directory in (pdf/ never reads db/seed), so a test can pass its own.
 */
import { entryRoutesFor, majorGroupOf, planCandidates, toPlanResource, type LibraryResource } from "../domain/learning-library";
import type { Employer, LearningResourceRef } from "../domain/occupation-content";
import { employersFor, SOC_MAJOR_GROUPS, socMajorGroupOf, type SectorEmployer, type SocMajorGroup } from "../domain/sector-employers";
import { skillEvidence } from "../domain/skill-evidence";
import { skillsOfTask } from "../domain/task-skills";
import type { BlueprintInput, BlueprintOccupation, EntryRoute } from "./blueprint-input";

export type EnrichmentSources = { library: readonly LibraryResource[]; employers: readonly SectorEmployer[] };

/** Enough for page 14's column and the plan's apply steps after the buyer's regional order. */
export const SECTOR_EMPLOYERS_PER_ROLE = 12;
/** Library resources per skill: the plan engine then keeps those that suit the buyer and fit the hours. */
const PER_SKILL = 4;
/** The shortest few routes into a sector: a careers guide, then the qualification or apprenticeship. */
export const ENTRY_ROUTES_PER_ROLE = 3;

/** A sector employer as the Blueprint's employer type: its industry as the sector, its sites as regions. */
export function toEmployer(e: SectorEmployer): Employer {
  const nationwide = e.regions === "nationwide";
  return {
    name: e.name,
    sector: e.industry,
    location: e.location,
    regions: nationwide ? [] : [...e.regions],
    ...(nationwide ? { nationwide: true } : {}),
    remote: e.remoteFriendly,
    careersUrl: e.careersUrl,
    eligibility: e.eligibility,
    hiresFor: e.hiresFor,
  };
}

export function toLearningResource(r: LibraryResource): LearningResourceRef {
  const p = toPlanResource(r);
  return {
    title: p.title,
    provider: p.provider,
    kind: p.kind ?? "course",
    skills: [...p.skills],
    approxHours: p.approxHours,
    approxCostGbp: p.approxCostGbp,
    url: r.url,
    ...(p.level ? { level: p.level } : {}),
  };
}

export function toEntryRoute(r: LibraryResource): EntryRoute {
  return {
    title: r.title,
    provider: r.provider,
    format: r.format,
    hours: r.hours,
    costGbp: r.costGbp,
    costFrom: r.costFrom ?? false,
    url: r.url,
    ukNote: r.ukNote ?? null,
  };
}

const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, " ");

/** `first` then those of `more` whose title is not already there, each title once. */
export function mergeResources(first: readonly LearningResourceRef[], more: readonly LearningResourceRef[]): LearningResourceRef[] {
  const seen = new Set<string>();
  return [...first, ...more].filter((r) => {
    const key = titleKey(r.title);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The role's skills as the library is asked for them: the buyer's gaps first (importance ×
 * shortfall), then the skills they already meet, where a plan that aims at a level up (staying
 * put, or a move with no gap left) looks.
 */
export function skillsToStudy(
  role: Pick<BlueprintOccupation, "skills">,
  levelOf: (skill: string) => number,
  /** Skills the buyer's own tasks use that the role does not list (a plan to stay works on those too). */
  taskSkills: readonly string[] = [],
): { skill: string; yourLevel: number }[] {
  const listed = new Set(role.skills.map((s) => s.skill));
  const extra = [...new Set(taskSkills)]
    .filter((s) => !listed.has(s))
    .map((skill) => ({ skill, level: levelOf(skill) + 1, importance: 0 }));
  const rows = [...role.skills, ...extra].map((s) => ({
    skill: s.skill,
    yourLevel: levelOf(s.skill),
    weight: s.importance * Math.max(0, s.level - levelOf(s.skill)),
    importance: s.importance,
  }));
  return rows
    .sort(
      (a, b) =>
        Number(b.weight > 0) - Number(a.weight > 0) || b.weight - a.weight || b.importance - a.importance || a.skill.localeCompare(b.skill),
    )
    .map(({ skill, yourLevel }) => ({ skill, yourLevel }));
}

/** Title words too general to say who an employer hires ("Workers", "Specialists", "and"). */
const GENERIC_TITLE_WORDS = new Set([
  "and",
  "or",
  "of",
  "the",
  "except",
  "all",
  "other",
  "related",
  "including",
  "workers",
  "specialists",
  "occupations",
]);

/** The stems of a role's title words: "Heavy and Tractor-Trailer Truck Drivers" → heavy, tractor, trailer, truck, driver. */
export function titleStems(title: string): string[] {
  return [
    ...new Set(
      title
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 4 && !GENERIC_TITLE_WORDS.has(w))
        .map((w) => w.replace(/(ies|es|s)$/, "")),
    ),
  ];
}

/**
 * The sector's employers for one role and buyer: the buyer's order (region, then across the UK,
 * then remote-friendly, then nearby) and, among equals and when choosing which to keep, those whose
 * "hires for" names the role's own work first (a lorry driver's list leads with hauliers and
 * supermarket depots, not the lifeboat service).
 */
export function sectorEmployersFor(
  directory: readonly SectorEmployer[],
  group: SocMajorGroup,
  region: string,
  title: string,
): SectorEmployer[] {
  const stems = titleStems(title);
  const relevant = (e: SectorEmployer) => stems.some((st) => e.hiresFor.toLowerCase().includes(st));
  const ordered = [...directory].sort((a, b) => Number(relevant(b)) - Number(relevant(a)));
  const all = employersFor(ordered, { socMajorGroup: group, region });
  const kept = new Set([...all.filter(relevant), ...all.filter((e) => !relevant(e))].slice(0, SECTOR_EMPLOYERS_PER_ROLE));
  return all.filter((e) => kept.has(e));
}

const groupOf = (o: Pick<BlueprintOccupation, "socCode">) => (o.socCode ? socMajorGroupOf(o.socCode) : null);

type RoleContext = {
  sources: EnrichmentSources;
  region: string;
  levelOf: (s: string) => number;
  currentGroup: string | null;
  isCurrent: boolean;
  taskSkills: readonly string[];
};

function enrichRole(role: BlueprintOccupation, ctx: RoleContext): BlueprintOccupation {
  const group = groupOf(role);
  const imported = role.origin === "imported";
  const studied = skillsToStudy(role, ctx.levelOf, ctx.isCurrent ? ctx.taskSkills : []);
  const library = planCandidates(ctx.sources.library, studied, majorGroupOf(role.socCode), PER_SKILL).map(toLearningResource);
  const content = { ...role.content, learningResources: mergeResources(role.content.learningResources ?? [], library) };
  let employerSector: BlueprintOccupation["employerSector"] = role.employerSector ?? null;
  if (imported && group && !role.content.employers?.length) {
    content.employers = sectorEmployersFor(ctx.sources.employers, group, ctx.region, role.pluralTitle).map(toEmployer);
    const sector = SOC_MAJOR_GROUPS.find((g) => g.code === group)!;
    employerSector = { code: sector.code, title: sector.title, ukIndustries: sector.ukIndustries };
  }
  // A move into another sector may need its qualification or register; within the sector the buyer has it.
  // Curated roles (the technology family) carry their own courses and need no sector route.
  const libraryGroup = majorGroupOf(role.socCode);
  const entryRoutes =
    imported && !ctx.isCurrent && libraryGroup && group !== ctx.currentGroup
      ? entryRoutesFor(ctx.sources.library, libraryGroup).slice(0, ENTRY_ROUTES_PER_ROLE).map(toEntryRoute)
      : [];
  return { ...role, content, employerSector, entryRoutes };
}

/** The input with every role's employers, learning resources and entry routes filled for this buyer. */
export function enrichBlueprintInput(input: BlueprintInput, sources: EnrichmentSources): BlueprintInput {
  const { occupation, answers } = input;
  const shares = new Map(answers.tasks.shares.map((s) => [s.position, s.sharePercent]));
  // The buyer's level in each skill as the model computes it (ratings, then their week, then the role).
  const tasks = occupation.tasks.map((t) => ({
    name: t.name,
    share: shares.get(t.position) ?? 0,
    skills: skillsOfTask(occupation.slug, t, occupation.skills),
  }));
  const evidence = skillEvidence({
    seniority: answers.experience.seniority,
    ratings: answers.skills.ratings,
    roleSkills: occupation.skills,
    tasks,
  });
  const ctx = {
    sources,
    region: answers.goals.region,
    levelOf: (s: string) => evidence(s).level,
    currentGroup: groupOf(occupation),
    taskSkills: tasks.flatMap((t) => t.skills),
  };
  return {
    ...input,
    occupation: enrichRole(occupation, { ...ctx, isCurrent: true }),
    pivotTargets: input.pivotTargets.map((t) => enrichRole(t, { ...ctx, isCurrent: false })),
  };
}
