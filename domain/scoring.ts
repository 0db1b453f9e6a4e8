/**
 * The assessment's scoring engine. Pure and versioned: a stored result keeps the version that
 * produced it, and a change to any rule here must bump SCORING_VERSION.
 */
import { computePivot, type PivotCandidate, type SkillRequirement } from "./pivots";
import { riskForExposure, type RiskLevel } from "./risk";
import type { SalaryBandId } from "./salary-bands";

// 2026.11-2: imported roles' moves come from the similarity of the work (ADR 009), with reasons and long-term paths.
// 2026.11-3: an imported role's stored step downs, when the person asks for them (goals.considerStepDown).
export const SCORING_VERSION = "2026.11-3";

export const SENIORITIES = ["junior", "mid", "senior", "lead"] as const;
export type Seniority = (typeof SENIORITIES)[number];

export const GOALS = ["future-proof", "adjacent", "cross-domain"] as const;
export type Goal = (typeof GOALS)[number];

/**
 * Points added to the time-weighted score. Within the same task, seniors spend their time on the
 * judgement-heavy part (reviewing, deciding) that AI helps least with; juniors on the routine
 * part it does best.
 */
export const SENIORITY_ADJUSTMENT: Record<Seniority, number> = { junior: 6, mid: 0, senior: -4, lead: -7 };

export type TaskShare = { position: number; name: string; exposure: number; sharePercent: number };

export type TaskContribution = TaskShare & {
  /** Points of the personal score this task accounts for (before the seniority adjustment). */
  points: number;
  risk: RiskLevel;
};

export type ExposureResult = {
  score: number;
  risk: RiskLevel;
  timeWeighted: number;
  seniorityAdjustment: number;
  contributions: TaskContribution[];
};

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Time-weighted task exposure, adjusted for seniority. Shares are normalised to sum to 100. */
export function personalExposure(shares: readonly TaskShare[], seniority: Seniority): ExposureResult {
  const total = shares.reduce((sum, s) => sum + s.sharePercent, 0);
  if (shares.length === 0 || total <= 0) throw new Error("at least one task must have a positive share");
  const contributions = shares.map((s) => ({
    ...s,
    points: round1((s.sharePercent / total) * s.exposure),
    risk: riskForExposure(s.exposure),
  }));
  const timeWeighted = shares.reduce((sum, s) => sum + (s.sharePercent / total) * s.exposure, 0);
  const adjustment = SENIORITY_ADJUSTMENT[seniority];
  const score = Math.round(clamp(timeWeighted + adjustment, 0, 100));
  return { score, risk: riskForExposure(score), timeWeighted: round1(timeWeighted), seniorityAdjustment: adjustment, contributions };
}

export type WindowToAct = { band: "now" | "soon" | "medium" | "long"; label: string; detail: string };

const WINDOWS: WindowToAct[] = [
  {
    band: "now",
    label: "Act now",
    detail: "Most of your week is work AI tools already do well. Start shifting your time within the next 6–12 months.",
  },
  {
    band: "soon",
    label: "1–2 years",
    detail: "A large share of your week is exposed. Use the next year or two to move your time towards the judgement-heavy work.",
  },
  {
    band: "medium",
    label: "3–5 years",
    detail: "Your mix of work is moderately exposed. You have time to build new skills deliberately rather than in a hurry.",
  },
  {
    band: "long",
    label: "5+ years",
    detail: "Little of your week is work AI does well today. Keep an eye on it, and invest where your role is growing.",
  },
];

/** How soon to act, from the personal score; juniors move one band earlier (routine work goes first). */
export function windowToAct(score: number, seniority: Seniority): WindowToAct {
  let index = score >= 60 ? 0 : score >= 45 ? 1 : score >= 30 ? 2 : 3;
  if (seniority === "junior") index = Math.max(0, index - 1);
  return WINDOWS[index]!;
}

export type SkillRating = { skill: string; rating: number };

export type SkillGap = { skill: string; yourLevel: number; requiredLevel: number; importance: number };

export type RankedPivot = {
  targetId: number;
  kind: "adjacent" | "cross-domain";
  matchPercent: number;
  exposureScore: number;
  rankScore: number;
  skillsHeld: string[];
  topGaps: SkillGap[];
};

/** Bonus for a move that matches the stated goal. */
export const GOAL_BONUS = 0.1;
const PIVOTS_SHOWN = 3;
const GAPS_SHOWN = 3;

/**
 * Ranks pivots for this person: skill overlap from their own ratings, weighted by importance,
 * favouring targets less exposed than their personal score, and nudged towards their goal.
 */
export function rankPersonalPivots(input: {
  sourceId: number;
  sector: string;
  personalScore: number;
  ratings: readonly SkillRating[];
  goal: Goal;
  candidates: readonly PivotCandidate[];
}): RankedPivot[] {
  const self: PivotCandidate = {
    id: input.sourceId,
    sector: input.sector,
    exposureScore: input.personalScore,
    skills: input.ratings.map((r) => ({ skill: r.skill, importance: 0, level: r.rating })),
  };
  const levels = new Map(input.ratings.map((r) => [r.skill, r.rating]));
  return input.candidates
    .filter((c) => c.id !== input.sourceId && c.skills.length > 0)
    .map((target) => {
      const p = computePivot(self, target);
      const goalBonus =
        (input.goal === "adjacent" && p.kind === "adjacent") || (input.goal === "cross-domain" && p.kind === "cross-domain")
          ? GOAL_BONUS
          : 0;
      return {
        targetId: target.id,
        kind: p.kind,
        matchPercent: p.matchPercent,
        exposureScore: target.exposureScore,
        rankScore: Math.round((p.rankScore + goalBonus) * 10_000) / 10_000,
        skillsHeld: p.skillsHeld,
        topGaps: gapsFor(levels, target.skills).slice(0, GAPS_SHOWN),
      };
    })
    .sort((a, b) => b.rankScore - a.rankScore || a.targetId - b.targetId)
    .slice(0, PIVOTS_SHOWN);
}

/** Every skill where the person is below the required level, biggest importance-weighted gap first. */
export function gapsFor(levels: ReadonlyMap<string, number>, requirements: readonly SkillRequirement[]): SkillGap[] {
  return requirements
    .map((r) => ({ skill: r.skill, yourLevel: levels.get(r.skill) ?? 0, requiredLevel: r.level, importance: r.importance }))
    .filter((g) => g.yourLevel < g.requiredLevel)
    .sort(
      (a, b) =>
        b.importance * (b.requiredLevel - b.yourLevel) - a.importance * (a.requiredLevel - a.yourLevel) || a.skill.localeCompare(b.skill),
    );
}

export type ScoredOccupation = PivotCandidate & { tasks: readonly { position: number; name: string; exposure: number }[] };
export type NamedCandidate = PivotCandidate & { slug: string; title: string };
export type AssessmentAnswers = {
  experience: { seniority: Seniority };
  tasks: { shares: readonly { position: number; sharePercent: number }[] };
  skills: { ratings: readonly SkillRating[] };
  goals: { goal: Goal };
};

/** An assessment's answers as stored, step by step; a completed one has every step (`Required`). */
export type DraftAnswers = {
  experience?: { years: number; seniority: Seniority };
  tasks?: { shares: { position: number; sharePercent: number }[]; normalised: boolean };
  skills?: { ratings: SkillRating[] };
  goals?: {
    goal: Goal;
    hoursPerWeek: number;
    region: string;
    /** The buyer's own pay band (domain/salary-bands ids); absent when they chose not to say, and in answers stored before it was asked. */
    salaryBand?: SalaryBandId;
    /**
     * They would also consider work that needs less preparation or pays less (fewer hours, less
     * stress, health). Stored only when true: absent (also in answers stored before it was asked) is no.
     */
    considerStepDown?: boolean;
  };
};

/** Whether these goals ask for step downs; answers stored before the question was asked do not. */
export function wantsStepDowns(goals: DraftAnswers["goals"]): boolean {
  return goals?.considerStepDown === true;
}

/** A ranked pivot as stored with a result, named, its gaps `assumed` when the assessment did not ask that skill. */
export type OutcomePivot = Omit<RankedPivot, "rankScore" | "topGaps"> & {
  slug: string;
  title: string;
  /** `assumed`: not asked in the assessment, so taken as the occupation's typical level. */
  topGaps: (SkillGap & { assumed: boolean })[];
  /** Imported roles (ADR 009): why the catalogue suggests this move; absent in older results. */
  reason?: string;
};

/** Imported roles: a move that needs much more preparation (e.g. a new degree), labelled long-term. */
export type LongTermPath = { targetId: number; slug: string; title: string; exposureScore: number; reason: string };

/**
 * Imported roles: a move to much less preparation (more than one O*NET job zone down) or lower pay,
 * offered only to someone who asked for one, its reason saying which and by how much.
 */
export type StepDownPath = LongTermPath;

/** At most this many step downs, as the catalogue stores (PATH_LIMITS in domain/imported-pivots.ts). */
export const STEP_DOWNS_SHOWN = 2;

/** The outcome of a completed assessment, stored exactly as computed; reading a result never recomputes it. */
export type AssessmentOutcome = {
  personalScore: number;
  occupationScore: number;
  risk: RiskLevel;
  timeWeighted: number;
  seniorityAdjustment: number;
  contributions: TaskContribution[];
  window: WindowToAct;
  pivots: OutcomePivot[];
  longTermPaths?: LongTermPath[];
  /**
   * Present only when the person asked for step downs and the role is imported (the catalogue
   * computes them for imported roles only); empty when it has none. Never among `pivots`.
   */
  stepDownPaths?: StepDownPath[];
};

/**
 * Adds an imported role's stored step downs (best first) to its outcome when the goals ask for
 * them; otherwise the outcome is left exactly as it was, so a result without the question reads
 * as before.
 */
export function withStepDowns(
  outcome: AssessmentOutcome,
  goals: DraftAnswers["goals"],
  stored: readonly StepDownPath[],
): AssessmentOutcome {
  if (!wantsStepDowns(goals)) return outcome;
  return { ...outcome, stepDownPaths: stored.slice(0, STEP_DOWNS_SHOWN).map((p) => ({ ...p })) };
}

/**
 * The whole outcome of a completed assessment, as stored with the result: personal exposure,
 * window to act and the ranked pivots with their gaps. Skills the assessment did not ask about
 * are assumed at the occupation's typical level (and marked so in the gaps).
 */
export function scoreAssessment(
  occupation: ScoredOccupation,
  answers: AssessmentAnswers,
  candidates: readonly NamedCandidate[],
): AssessmentOutcome {
  const sharesByPosition = new Map(answers.tasks.shares.map((s) => [s.position, s.sharePercent]));
  const exposure = personalExposure(
    occupation.tasks.map((t) => ({
      position: t.position,
      name: t.name,
      exposure: t.exposure,
      sharePercent: sharesByPosition.get(t.position) ?? 0,
    })),
    answers.experience.seniority,
  );
  const rated = new Set(answers.skills.ratings.map((r) => r.skill));
  const assumed = occupation.skills.filter((s) => !rated.has(s.skill)).map((s) => ({ skill: s.skill, rating: s.level }));
  const pivots = rankPersonalPivots({
    sourceId: occupation.id,
    sector: occupation.sector,
    personalScore: exposure.score,
    ratings: [...answers.skills.ratings, ...assumed],
    goal: answers.goals.goal,
    candidates,
  });
  const byId = new Map(candidates.map((o) => [o.id, o]));
  return {
    personalScore: exposure.score,
    occupationScore: occupation.exposureScore,
    risk: exposure.risk,
    timeWeighted: exposure.timeWeighted,
    seniorityAdjustment: exposure.seniorityAdjustment,
    contributions: exposure.contributions,
    window: windowToAct(exposure.score, answers.experience.seniority),
    pivots: pivots.map((p) => ({
      ...p,
      slug: byId.get(p.targetId)!.slug,
      title: byId.get(p.targetId)!.title,
      topGaps: p.topGaps.map((g) => ({ ...g, assumed: !rated.has(g.skill) })),
    })),
  };
}
