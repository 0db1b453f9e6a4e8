/**
 * Pivot paths between occupations, computed from skill profiles. Pure: no I/O.
 *
 * A target skill counts as covered in proportion to the level the source already has
 * (min(1, source level / target level)); the match is the importance-weighted mean of that
 * coverage over the target's skills. Ranking adds a bonus for moving to a less exposed role and a
 * penalty for moving to a more exposed one, so the paths favour resilience without hiding
 * close matches.
 */

export type SkillRequirement = { skill: string; importance: number; level: number };

export type PivotCandidate = {
  id: number;
  sector: string;
  exposureScore: number;
  skills: readonly SkillRequirement[];
};

export type PivotKind = "adjacent" | "cross-domain";

export type Pivot = {
  targetId: number;
  kind: PivotKind;
  matchPercent: number;
  rankScore: number;
  skillsHeld: string[];
  skillsNeeded: string[];
};

/** Coverage at or above this counts as "you already have". */
export const HELD_COVERAGE = 0.8;
/** Same sector and at least this match makes a move adjacent rather than cross-domain. */
export const ADJACENT_MATCH = 65;
/** How much one point of exposure difference weighs against one point of skill match. */
export const EXPOSURE_WEIGHT = 0.5;
const LIST_LENGTH = 5;

export type SkillLevels = ReadonlyMap<string, number>;

export function levelsOf(skills: readonly SkillRequirement[]): SkillLevels {
  return new Map(skills.map((s) => [s.skill, s.level]));
}

function coverage(have: SkillLevels, need: SkillRequirement): number {
  const level = have.get(need.skill) ?? 0;
  return Math.min(1, level / need.level);
}

/** Importance-weighted share (0–100) of the target's skill requirements the holder already meets. */
export function skillMatchPercent(have: SkillLevels, target: readonly SkillRequirement[]): number {
  const total = target.reduce((sum, s) => sum + s.importance, 0);
  if (total === 0) return 0;
  const covered = target.reduce((sum, s) => sum + s.importance * coverage(have, s), 0);
  return Math.round((covered * 100) / total);
}

/** Skills the holder already has (most important first) and the gaps (biggest weighted gap first). */
export function skillOverlap(have: SkillLevels, target: readonly SkillRequirement[]) {
  const rated = target.map((s) => ({ ...s, coverage: coverage(have, s) }));
  const held = rated
    .filter((s) => s.coverage >= HELD_COVERAGE)
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .map((s) => s.skill);
  const needed = rated
    .filter((s) => s.coverage < HELD_COVERAGE)
    .sort((a, b) => b.importance * (1 - b.coverage) - a.importance * (1 - a.coverage) || a.skill.localeCompare(b.skill))
    .map((s) => s.skill);
  return { held, needed };
}

export function rankScore(matchPercent: number, sourceExposure: number, targetExposure: number): number {
  return matchPercent / 100 + (EXPOSURE_WEIGHT * (sourceExposure - targetExposure)) / 100;
}

export function computePivot(source: PivotCandidate, target: PivotCandidate): Pivot {
  const have = levelsOf(source.skills);
  const matchPercent = skillMatchPercent(have, target.skills);
  const { held, needed } = skillOverlap(have, target.skills);
  return {
    targetId: target.id,
    kind: source.sector === target.sector && matchPercent >= ADJACENT_MATCH ? "adjacent" : "cross-domain",
    matchPercent,
    rankScore: Math.round(rankScore(matchPercent, source.exposureScore, target.exposureScore) * 10_000) / 10_000,
    skillsHeld: held.slice(0, LIST_LENGTH),
    skillsNeeded: needed.slice(0, LIST_LENGTH),
  };
}

/** The best `limit` pivots from `source` to any other candidate, best first; ties broken by id. */
export function topPivots(source: PivotCandidate, candidates: readonly PivotCandidate[], limit: number): Pivot[] {
  return candidates
    .filter((c) => c.id !== source.id && c.skills.length > 0)
    .map((c) => computePivot(source, c))
    .sort((a, b) => b.rankScore - a.rankScore || a.targetId - b.targetId)
    .slice(0, limit);
}

export type Resilience = "resilient" | "positive" | "similar" | "more-exposed";

/** How a move changes exposure: the label shown beside a pivot path. */
export function resilienceOf(sourceExposure: number, targetExposure: number): Resilience {
  const drop = sourceExposure - targetExposure;
  if (drop >= 8) return "resilient";
  if (drop > 0) return "positive";
  if (drop >= -3) return "similar";
  return "more-exposed";
}

/** A move at least this many points less exposed than the buyer's week is "resilient"… */
export const RESILIENT_DROP = 8;
/** …but only with at least this skill match; below it the move is a long retrain, whatever it saves. */
export const RESILIENT_MIN_MATCH = 60;
/** Within this many points either way, exposure is "similar". */
export const SIMILAR_BAND = 3;

export type MoveLabel = "Resilient move" | "Less exposed, long retrain" | "Somewhat less exposed" | "Similar exposure" | "More exposed";

/** The label printed beside a path: exposure change and skill match together, with fixed thresholds. */
export function moveLabel(matchPercent: number, sourceExposure: number, targetExposure: number): MoveLabel {
  const drop = sourceExposure - targetExposure;
  if (drop >= RESILIENT_DROP) return matchPercent >= RESILIENT_MIN_MATCH ? "Resilient move" : "Less exposed, long retrain";
  if (drop > SIMILAR_BAND) return "Somewhat less exposed";
  if (drop >= -SIMILAR_BAND) return "Similar exposure";
  return "More exposed";
}
