/**
 * Figures the pages share, derived once from the input: personal skill levels, the first pivot's
 * full gap list, the 90-day plan and which tasks to automate or grow.
 */
import { buildNinetyDayPlan, type NinetyDayPlan, type PlanResource } from "../domain/blueprint-plan";
import { resilienceOf, type Resilience } from "../domain/pivots";
import { gapsFor, type SkillGap } from "../domain/scoring";
import type { AssessmentOutcome } from "../db/schema";
import type { BlueprintInput, BlueprintOccupation, BlueprintTask } from "./blueprint-input";
import { dateLong, regionName } from "./format";
import { deepFontSafe } from "./text-safe";

export type PivotView = {
  pivot: AssessmentOutcome["pivots"][number];
  target: BlueprintOccupation | null;
  resilience: Resilience;
};

export type SkillLevelSource = "rated" | "role" | "none";

export type BlueprintModel = {
  input: BlueprintInput;
  preparedFor: string;
  date: string;
  region: string;
  pivots: PivotView[];
  /** What the person brings to each skill: their own rating, else their role's typical level. */
  levelOf: (skill: string) => { level: number; source: SkillLevelSource };
  firstPivotGaps: SkillGap[];
  plan: NinetyDayPlan;
  automate: (BlueprintTask & { sharePercent: number }) | null;
  grow: (BlueprintTask & { sharePercent: number }) | null;
};

/** The target's own resources first, then the other roles' ones, each title once. */
function uniqueResources(roles: readonly BlueprintOccupation[]): PlanResource[] {
  const seen = new Set<string>();
  return roles.flatMap((r) => r.content.learningResources ?? []).filter((r) => (seen.has(r.title) ? false : (seen.add(r.title), true)));
}

export function buildModel(raw: BlueprintInput): BlueprintModel {
  const input = deepFontSafe(raw);
  const rated = new Map(input.answers.skills.ratings.map((r) => [r.skill, r.rating]));
  const roleLevels = new Map(input.occupation.skills.map((s) => [s.skill, s.level]));
  const levelOf = (skill: string) => {
    const own = rated.get(skill);
    if (own !== undefined) return { level: own, source: "rated" as const };
    const role = roleLevels.get(skill);
    return role !== undefined ? { level: role, source: "role" as const } : { level: 0, source: "none" as const };
  };
  const levels = new Map([...roleLevels, ...rated]);

  const targets = new Map(input.pivotTargets.map((t) => [t.id, t]));
  const pivots = input.outcome.pivots.map((pivot) => ({
    pivot,
    target: targets.get(pivot.targetId) ?? null,
    resilience: resilienceOf(input.outcome.personalScore, pivot.exposureScore),
  }));
  const first = pivots[0];
  const firstPivotGaps = first?.target ? gapsFor(levels, first.target.skills) : [];

  const shares = new Map(input.answers.tasks.shares.map((s) => [s.position, s.sharePercent]));
  const total = [...shares.values()].reduce((a, b) => a + b, 0) || 1;
  const tasks = input.occupation.tasks.map((t) => ({ ...t, sharePercent: Math.round(((shares.get(t.position) ?? 0) * 100) / total) }));
  const spent = tasks.filter((t) => t.sharePercent > 0);
  // The task to hand over is where exposure and time meet; the one to grow is the least exposed.
  const automate = [...spent].sort((a, b) => b.exposure * b.sharePercent - a.exposure * a.sharePercent)[0] ?? null;
  const grow = [...tasks].sort((a, b) => a.exposure - b.exposure || b.sharePercent - a.sharePercent)[0] ?? null;

  const target = first?.target ?? input.occupation;
  const plan = buildNinetyDayPlan({
    hoursPerWeek: input.answers.goals.hoursPerWeek,
    target: { slug: target.slug, title: target.title },
    gaps: first?.target ? firstPivotGaps : [],
    targetSkills: target.skills.map((s) => s.skill),
    automate: automate && automate.exposure >= 30 ? automate : null,
    grow,
    employers: (target.content.employers ?? []).map((e) => e.name),
    resources: uniqueResources([target, ...pivots.flatMap((p) => (p.target ? [p.target] : [])), input.occupation]),
  });

  return {
    input,
    preparedFor: input.buyerEmail ?? "you",
    date: dateLong(input.orderDate),
    region: regionName(input.answers.goals.region),
    pivots,
    levelOf,
    firstPivotGaps,
    plan,
    automate,
    grow,
  };
}
