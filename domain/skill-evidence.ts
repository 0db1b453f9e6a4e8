/**
 * What a buyer brings to each skill, from what they told us: their own rating where they gave one,
 * else evidence from their week (the share of their time on tasks that use the skill), else their
 * role's typical level. Pure, so every page of a Blueprint reads the same level for a skill.
 */
import type { Seniority } from "./scoring";

/**
 * rated: their own rating; week: inferred from time on tasks that use it; role: their role's
 * typical level (their week does not show it either way); everyday: a basic skill every knowledge
 * job uses; none: nothing in their answers or their role uses it.
 */
export type SkillSource = "rated" | "week" | "role" | "everyday" | "none";

export type SkillEvidence = {
  skill: string;
  level: number;
  source: SkillSource;
  /** Percent of the buyer's week (0–100) on tasks that use the skill. */
  weekShare: number;
  /** The buyer's task that gives the most time to the skill, when any does. */
  mainTask: string | null;
  /** The role's tasks use the skill but the buyer gives those tasks no time. */
  idleInWeek: boolean;
};

/** Basic skills every knowledge job exercises; never "new to you" even when no task names them. */
export const EVERYDAY_SKILLS: ReadonlySet<string> = new Set([
  "Critical Thinking",
  "Active Listening",
  "Reading Comprehension",
  "Writing",
  "Speaking",
  "Complex Problem Solving",
  "Judgment and Decision Making",
  "Coordination",
]);
export const EVERYDAY_LEVEL = 2;

/** A week share at or above this is a large part of the job: one level above the role's typical. */
export const HEAVY_USE_SHARE = 25;
/** The role's typical level is a mid-level holder's; a junior is a step below it. */
const SENIORITY_STEP: Record<Seniority, number> = { junior: -1, mid: 0, senior: 0, lead: 0 };

export type EvidenceInput = {
  seniority: Seniority;
  ratings: readonly { skill: string; rating: number }[];
  /** The role's requirements: its typical level per skill. */
  roleSkills: readonly { skill: string; level: number }[];
  /** The buyer's tasks with the share of their week (any scale) and the skills each uses. */
  tasks: readonly { name: string; share: number; skills: readonly string[] }[];
};

const clamp = (n: number) => Math.min(5, Math.max(1, n));

/** Level from time alone, for a skill the role does not list: a fifth of the week is working level. */
export function levelFromShare(share: number): number {
  return share >= HEAVY_USE_SHARE ? 3 : share >= 10 ? 2 : 1;
}

export function skillEvidence(input: EvidenceInput): (skill: string) => SkillEvidence {
  const rated = new Map(input.ratings.map((r) => [r.skill, r.rating]));
  const roleLevels = new Map(input.roleSkills.map((s) => [s.skill, s.level]));
  const total = input.tasks.reduce((sum, t) => sum + Math.max(0, t.share), 0);
  const usedByRole = new Set(input.tasks.flatMap((t) => t.skills));
  const memo = new Map<string, SkillEvidence>();

  const compute = (skill: string): SkillEvidence => {
    const using = input.tasks.filter((t) => t.skills.includes(skill) && t.share > 0).sort((a, b) => b.share - a.share);
    const weekShare = total > 0 ? Math.round((using.reduce((sum, t) => sum + t.share, 0) * 100) / total) : 0;
    const mainTask = using[0]?.name ?? null;
    const base = { skill, weekShare, mainTask, idleInWeek: weekShare === 0 && usedByRole.has(skill) };
    const own = rated.get(skill);
    if (own !== undefined) return { ...base, level: own, source: "rated" };
    const typical = roleLevels.get(skill);
    if (typical !== undefined) {
      const use = weekShare >= HEAVY_USE_SHARE ? 1 : weekShare === 0 && usedByRole.has(skill) ? -1 : 0;
      return { ...base, level: clamp(typical + SENIORITY_STEP[input.seniority] + use), source: weekShare > 0 ? "week" : "role" };
    }
    if (weekShare > 0) return { ...base, level: levelFromShare(weekShare), source: "week" };
    if (EVERYDAY_SKILLS.has(skill)) return { ...base, level: EVERYDAY_LEVEL, source: "everyday" };
    return { ...base, level: 0, source: "none" };
  };

  return (skill) => {
    let e = memo.get(skill);
    if (!e) memo.set(skill, (e = compute(skill)));
    return e;
  };
}

/** How the Blueprint names a level and where it came from, the same on every page. */
export function evidenceText(e: SkillEvidence): string {
  switch (e.source) {
    case "rated":
      return `you rated ${e.level}`;
    case "week":
      return `level ${e.level}, from the ${e.weekShare}% of your week${e.mainTask ? ` that uses it, mainly “${e.mainTask}”` : ""}`;
    case "role":
      return e.idleInWeek ? `level ${e.level}: your role uses it, your week gives it no time` : `level ${e.level}, typical of your role`;
    case "everyday":
      return `level ${e.level}, used in everyday work`;
    case "none":
      return "new to it (your week does not use it yet)";
  }
}
