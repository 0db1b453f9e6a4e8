/**
 * Figures the pages share, derived once from the input, so no two pages can disagree: the
 * buyer's level in every skill (ratings, then the time their week gives it, then their role), the
 * paths ranked for their goal, the 90-day plan and which tasks to hand to AI or grow.
 */
import { rankPaths, type RankedPath } from "../domain/blueprint-paths";
import { buildNinetyDayPlan, type NinetyDayPlan, type PlanGap, type PlanResource, type PlanShape } from "../domain/blueprint-plan";
import { medianOnBasis, payBasisOf } from "../domain/pay-ratio";
import { resilienceOf, type Resilience, type SkillRequirement } from "../domain/pivots";
import { gapsFor, type SkillGap } from "../domain/scoring";
import { evidenceText, skillEvidence, type SkillEvidence, type SkillSource } from "../domain/skill-evidence";
import { distinctTaskLabels } from "../domain/task-label";
import { skillsOfTask } from "../domain/task-skills";
import type { AssessmentOutcome } from "../domain/scoring";
import type { BlueprintInput, BlueprintOccupation, BlueprintTask } from "./blueprint-input";
import { sortForRegion } from "./employer-order";
import { dateLong, regionName } from "./format";
import { deepFontSafe } from "./text-safe";

/** A pivot with its target; `pivot.matchPercent` and `pivot.kind` are re-computed from the buyer's evidence. */
export type PivotView = {
  pivot: AssessmentOutcome["pivots"][number];
  target: BlueprintOccupation | null;
  resilience: Resilience;
  path: RankedPath;
};

/** A path as the pages show it: the stay path has no pivot and its "target" is the current role. */
export type PathView = RankedPath & { target: BlueprintOccupation | null; view: PivotView | null };

export type SkillLevelSource = SkillSource;
export type SkillLevel = SkillEvidence & { text: string };
export type TaskView = BlueprintTask & { sharePercent: number; skills: readonly string[]; label: string };

/**
 * Longest task quote inside a sentence. A curated name (43 characters at most) is quoted whole; an
 * imported O*NET statement (up to 332 characters) by its head clause (domain/task-label.ts), never
 * by a number a buyer has no list to look up.
 */
const QUOTABLE_TASK = 80;
/** At the schema's limits (titles too long for the optional blocks) a sheet has room only for short quotes. */
const QUOTABLE_TIGHT = 40;
/**
 * One role's tasks as quoted mid-sentence: each name where it fits, else the head of its statement,
 * without a closing full stop, and no two alike where the statements allow ("Conduct experiments to
 * develop …", "… to investigate …").
 */
const taskLabels = (tasks: readonly { name: string }[], max: number) =>
  distinctTaskLabels(
    tasks.map((t) => t.name),
    { max },
  );
/** Titles up to this length leave the pages room for their optional blocks (every curated title does). */
const ROOMY_TITLE = 50;

export type BlueprintModel = {
  input: BlueprintInput;
  preparedFor: string;
  date: string;
  region: string;
  /** The assessment's pivots, in the order ranked for this buyer. */
  pivots: PivotView[];
  /** Every path (the pivots and staying put), ordered for the buyer's goal: pages 6–8 show the first three. */
  paths: PathView[];
  /** The move with the highest skill match, or null when there is none. */
  strongest: PathView | null;
  levelOf: (skill: string) => SkillLevel;
  /** Where the plan aims: the first path (the current role when that path is staying). */
  planPath: PathView;
  planGaps: SkillGap[];
  /** What staying in the role would work on: its own gaps, then a level up where it is heading (page "Stay" shows these whatever the plan aims at). */
  stayGaps: SkillGap[];
  plan: NinetyDayPlan;
  tasks: TaskView[];
  /** The plan target's tasks with their labels (the buyer's own, as `tasks`, when the plan stays). */
  planTasks: readonly (BlueprintTask & { label: string })[];
  automate: TaskView | null;
  grow: TaskView | null;
  /**
   * Whether the catalogue's words are short enough for the pages' optional blocks (the manager
   * pitch, interview questions, timetable, path reasons, the cover's deliverables). Always true for
   * curated roles and for imported ones whose titles are short enough; false for the longest titles
   * and descriptions the schema and the O*NET import allow, where those blocks would push a page past
   * its sheet. A page whose own content leaves no room drops its block by its own estimate.
   */
  roomy: boolean;
};

/** The target's own resources first, then the other roles' ones, each title once. */
function uniqueResources(roles: readonly BlueprintOccupation[]): PlanResource[] {
  const seen = new Set<string>();
  return roles.flatMap((r) => r.content.learningResources ?? []).filter((r) => (seen.has(r.title) ? false : (seen.add(r.title), true)));
}

const levelMap = (levelOf: (s: string) => { level: number }, skills: readonly SkillRequirement[]) =>
  new Map(skills.map((s) => [s.skill, levelOf(s.skill).level]));

/**
 * Staying put: the role's own requirements the buyer is below, then a level up on the skills of
 * the work AI touches least (where the role is heading), so a buyer who already meets the role
 * still has something worth twelve weeks.
 */
function stayGaps(occupation: BlueprintOccupation, levelOf: (s: string) => { level: number }, tasks: readonly TaskView[]): SkillGap[] {
  const gaps = gapsFor(levelMap(levelOf, occupation.skills), occupation.skills);
  const importance = new Map(occupation.skills.map((s) => [s.skill, s.importance]));
  const growSkills = [...tasks]
    .sort((a, b) => a.exposure - b.exposure)
    .slice(0, 2)
    .flatMap((t) => t.skills);
  for (const skill of growSkills) {
    if (gaps.length >= 4 || gaps.some((g) => g.skill === skill)) continue;
    const level = levelOf(skill).level;
    if (level >= 5) continue;
    gaps.push({ skill, yourLevel: level, requiredLevel: level + 1, importance: importance.get(skill) ?? 50 });
  }
  return gaps;
}

/** Every role the Blueprint speaks of: the buyer's own, then each path's target the catalogue still holds. */
export const blueprintRoles = (model: BlueprintModel): BlueprintOccupation[] => [
  model.input.occupation,
  ...model.pivots.flatMap((p) => (p.target ? [p.target] : [])),
];

export function buildModel(raw: BlueprintInput): BlueprintModel {
  const input = deepFontSafe(raw);
  const { occupation, answers, outcome } = input;

  // Every title we might print (the role and all its stored targets) decides how long a quoted task may be.
  const quotable = [occupation, ...input.pivotTargets].every((o) => o.title.length <= ROOMY_TITLE) ? QUOTABLE_TASK : QUOTABLE_TIGHT;
  const shares = new Map(answers.tasks.shares.map((s) => [s.position, s.sharePercent]));
  const total = [...shares.values()].reduce((a, b) => a + b, 0) || 1;
  const labels = taskLabels(occupation.tasks, quotable);
  const tasks: TaskView[] = occupation.tasks.map((t, i) => ({
    ...t,
    sharePercent: Math.round(((shares.get(t.position) ?? 0) * 100) / total),
    skills: skillsOfTask(occupation.slug, t, occupation.skills),
    label: labels[i]!,
  }));
  const evidence = skillEvidence({
    seniority: answers.experience.seniority,
    ratings: answers.skills.ratings,
    roleSkills: occupation.skills,
    // Named in the evidence text ("mainly ‘…’"), so by its label.
    tasks: tasks.map((t) => ({ name: t.label, share: shares.get(t.position) ?? 0, skills: t.skills })),
  });
  const levelCache = new Map<string, SkillLevel>();
  const levelOf = (skill: string): SkillLevel => {
    let l = levelCache.get(skill);
    if (!l) {
      const e = evidence(skill);
      levelCache.set(skill, (l = { ...e, text: evidenceText(e) }));
    }
    return l;
  };

  const targets = new Map(input.pivotTargets.map((t) => [t.id, t]));
  // Pay is compared like with like: UK bands, or for a role without one its US medians (domain/pay-ratio.ts).
  const payFacts = (o: BlueprintOccupation) => ({ ukMedian: o.content.salary?.median ?? null, usWages: o.usWages });
  const payBasis = payBasisOf(payFacts(occupation));
  const ranked = rankPaths({
    goal: answers.goals.goal,
    personalScore: outcome.personalScore,
    payBasis: payBasis ?? "uk",
    current: {
      title: occupation.title,
      sector: occupation.sector,
      medianPay: medianOnBasis(payBasis, payFacts(occupation)),
      skills: occupation.skills,
    },
    level: (s) => levelOf(s).level,
    targets: outcome.pivots.map((p) => {
      const t = targets.get(p.targetId) ?? null;
      return {
        targetId: p.targetId,
        title: p.title,
        sector: t?.sector ?? null,
        exposureScore: p.exposureScore,
        medianPay: t ? medianOnBasis(payBasis, payFacts(t)) : null,
        skills: t?.skills ?? null,
        storedMatch: p.matchPercent,
        storedKind: p.kind,
      };
    }),
  });
  const byId = new Map(outcome.pivots.map((p) => [p.targetId, p]));
  const paths: PathView[] = ranked.map((path) => {
    if (path.targetId === null) return { ...path, target: null, view: null };
    const stored = byId.get(path.targetId)!;
    const target = targets.get(path.targetId) ?? null;
    const view: PivotView = {
      pivot: { ...stored, matchPercent: path.matchPercent, kind: path.kind === "adjacent" ? "adjacent" : "cross-domain" },
      target,
      resilience: resilienceOf(outcome.personalScore, stored.exposureScore),
      path,
    };
    return { ...path, target, view };
  });
  const pivots = paths.flatMap((p) => (p.view ? [p.view] : []));
  const strongest = paths.find((p) => p.highestMatch) ?? null;

  const spent = tasks.filter((t) => t.sharePercent > 0);
  // The task to hand over is where exposure and time meet; the one to grow is the least exposed.
  const automate =
    [...spent].filter((t) => t.exposure >= 30).sort((a, b) => b.exposure * b.sharePercent - a.exposure * a.sharePercent)[0] ?? null;
  const grow = [...tasks].sort((a, b) => a.exposure - b.exposure || b.sharePercent - a.sharePercent)[0] ?? null;

  // The plan aims at the first path whose role we still hold (a deleted target has no skills to plan for).
  const planPath = paths.find((p) => p.kind === "stay" || p.target) ?? paths[paths.length - 1]!;
  const stay = planPath.kind === "stay";
  const target = stay ? occupation : planPath.target!;
  const inRole = stayGaps(occupation, levelOf, tasks);
  const planGaps = stay ? inRole : gapsFor(levelMap(levelOf, target.skills), target.skills);
  const others = paths.flatMap((p) => (p.target && p.target !== target ? [p.target] : []));
  const targetLabels = target === occupation ? labels : taskLabels(target.tasks, quotable);
  const plan = buildNinetyDayPlan({
    shape: planPath.kind as PlanShape,
    seniority: answers.experience.seniority,
    hoursPerWeek: answers.goals.hoursPerWeek,
    current: { title: occupation.title },
    target: { slug: target.slug, title: target.title, pluralTitle: target.pluralTitle },
    gaps: planGaps as PlanGap[],
    targetSkills: target.skills.map((s) => ({ skill: s.skill, yourLevel: levelOf(s.skill).level, importance: s.importance })),
    tasks: tasks.map((t) => ({ name: t.label, sharePercent: t.sharePercent, exposure: t.exposure, aiTools: t.aiTools, skills: t.skills })),
    targetTasks: target.tasks.map((t, i) => ({ name: targetLabels[i]!, skills: skillsOfTask(target.slug, t, target.skills) })),
    // Nearest first, as page 14 lists them, so the plan applies to employers the buyer can reach.
    employers: sortForRegion(target.content.employers ?? [], answers.goals.region).map((e) => e.name),
    resources: uniqueResources([target, ...others, occupation]),
  });

  return {
    input,
    preparedFor: input.buyerEmail ?? "you",
    date: dateLong(input.orderDate),
    region: regionName(answers.goals.region),
    pivots,
    paths,
    strongest,
    levelOf,
    planPath,
    planGaps,
    stayGaps: inRole,
    plan,
    tasks,
    planTasks: stay ? tasks : target.tasks.map((t, i) => ({ ...t, label: targetLabels[i]! })),
    automate,
    grow,
    // Judged by what the pages quote (the labels), not by the statements behind them: an imported
    // role's long O*NET statements are printed whole only on pages with room for them.
    roomy:
      [occupation, ...paths.flatMap((p) => (p.target ? [p.target] : []))].every((o) => o.title.length <= ROOMY_TITLE) &&
      [...labels, ...targetLabels].every((l) => l.length <= QUOTABLE_TASK) &&
      [...occupation.tasks, ...target.tasks].every((t) => t.description.length <= 200),
  };
}
