import { describe, expect, it } from "vitest";
import type { PivotCandidate } from "./pivots";
import {
  gapsFor,
  personalExposure,
  rankPersonalPivots,
  scoreAssessment,
  SENIORITY_ADJUSTMENT,
  wantsStepDowns,
  windowToAct,
  withStepDowns,
  type AssessmentOutcome,
  type StepDownPath,
  type TaskShare,
} from "./scoring";

const tasks = (shares: number[], exposures = [80, 70, 40, 10]): TaskShare[] =>
  shares.map((sharePercent, i) => ({ position: i + 1, name: `Task ${i + 1}`, exposure: exposures[i]!, sharePercent }));

describe("personalExposure", () => {
  it("is the time-weighted mean of task exposure for a mid-level person", () => {
    const r = personalExposure(tasks([25, 25, 25, 25]), "mid");
    expect(r.score).toBe(50);
    expect(r.contributions.map((c) => c.points)).toEqual([20, 17.5, 10, 2.5]);
  });

  it("equals the single task's exposure when all time is on one task", () => {
    expect(personalExposure(tasks([100, 0, 0, 0]), "mid").score).toBe(80);
    expect(personalExposure(tasks([0, 0, 0, 100]), "mid").score).toBe(10);
  });

  it("works for a single-task occupation", () => {
    const r = personalExposure([{ position: 1, name: "Only", exposure: 63, sharePercent: 100 }], "mid");
    expect(r.score).toBe(63);
    expect(r.contributions).toHaveLength(1);
    expect(r.risk).toBe("high");
  });

  it("adjusts for seniority and stays within 0–100", () => {
    expect(personalExposure(tasks([100, 0, 0, 0]), "junior").score).toBe(80 + SENIORITY_ADJUSTMENT.junior);
    expect(personalExposure(tasks([100, 0, 0, 0], [100, 0, 0, 0]), "junior").score).toBe(100);
    expect(personalExposure(tasks([0, 0, 0, 100], [0, 0, 0, 0]), "lead").score).toBe(0);
  });

  it("normalises shares that do not add up to 100", () => {
    expect(personalExposure(tasks([1, 1, 1, 1]), "mid").score).toBe(personalExposure(tasks([25, 25, 25, 25]), "mid").score);
  });

  it("refuses an all-zero split", () => {
    expect(() => personalExposure(tasks([0, 0, 0, 0]), "mid")).toThrow();
  });

  it("is deterministic: the same answers give the same result", () => {
    expect(personalExposure(tasks([10, 20, 30, 40]), "senior")).toEqual(personalExposure(tasks([10, 20, 30, 40]), "senior"));
  });
});

describe("windowToAct", () => {
  it("moves earlier with a higher score and for juniors", () => {
    expect(windowToAct(70, "mid").band).toBe("now");
    expect(windowToAct(50, "mid").band).toBe("soon");
    expect(windowToAct(35, "mid").band).toBe("medium");
    expect(windowToAct(20, "mid").band).toBe("long");
    expect(windowToAct(20, "junior").band).toBe("medium");
    expect(windowToAct(70, "junior").band).toBe("now");
  });
});

const candidate = (id: number, exposureScore: number, sector = "Technology"): PivotCandidate => ({
  id,
  sector,
  exposureScore,
  skills: [
    { skill: "A", importance: 90, level: 4 },
    { skill: "B", importance: 60, level: 3 },
    { skill: "C", importance: 30, level: 5 },
  ],
});

describe("rankPersonalPivots", () => {
  const base = { sourceId: 1, sector: "Technology", personalScore: 50, goal: "future-proof" as const };

  it("gives 100 % match when every rating meets the requirement, and 0 % with all skills at 1 against level-5 needs", () => {
    const all5 = rankPersonalPivots({
      ...base,
      ratings: [
        { skill: "A", rating: 5 },
        { skill: "B", rating: 5 },
        { skill: "C", rating: 5 },
      ],
      candidates: [candidate(2, 30)],
    });
    expect(all5[0]!.matchPercent).toBe(100);
    expect(all5[0]!.topGaps).toEqual([]);
    const all1 = rankPersonalPivots({
      ...base,
      ratings: [
        { skill: "A", rating: 1 },
        { skill: "B", rating: 1 },
        { skill: "C", rating: 1 },
      ],
      candidates: [candidate(2, 30)],
    });
    expect(all1[0]!.matchPercent).toBe(Math.round((((90 * 1) / 4 + (60 * 1) / 3 + (30 * 1) / 5) / 180) * 100));
    expect(all1[0]!.topGaps.map((g) => g.skill)).toEqual(["A", "B", "C"]);
  });

  it("never proposes the current occupation and shows at most three", () => {
    const r = rankPersonalPivots({
      ...base,
      ratings: [{ skill: "A", rating: 3 }],
      candidates: [candidate(1, 10), candidate(2, 30), candidate(3, 40), candidate(4, 45), candidate(5, 20)],
    });
    expect(r.map((p) => p.targetId)).not.toContain(1);
    expect(r).toHaveLength(3);
  });

  it("favours lower-exposure targets at equal match", () => {
    const r = rankPersonalPivots({ ...base, ratings: [{ skill: "A", rating: 3 }], candidates: [candidate(2, 45), candidate(3, 20)] });
    expect(r.map((p) => p.targetId)).toEqual([3, 2]);
  });

  it("nudges towards the stated goal", () => {
    const ratings = [
      { skill: "A", rating: 4 },
      { skill: "B", rating: 3 },
      { skill: "C", rating: 5 },
    ];
    const same = candidate(2, 40);
    const other = candidate(3, 40, "Finance");
    expect(rankPersonalPivots({ ...base, goal: "cross-domain", ratings, candidates: [same, other] })[0]!.targetId).toBe(3);
    expect(rankPersonalPivots({ ...base, goal: "adjacent", ratings, candidates: [same, other] })[0]!.targetId).toBe(2);
  });
});

describe("gapsFor", () => {
  it("orders gaps by importance × shortfall and drops met requirements", () => {
    const gaps = gapsFor(
      new Map([
        ["A", 4],
        ["B", 1],
      ]),
      candidate(9, 0).skills,
    );
    expect(gaps.map((g) => g.skill)).toEqual(["C", "B"]);
  });
});

describe("scoreAssessment", () => {
  const occupation = {
    id: 1,
    sector: "Technology",
    exposureScore: 50,
    skills: [
      { skill: "SQL", importance: 80, level: 4 },
      { skill: "Design", importance: 60, level: 3 },
    ],
    tasks: [
      { position: 1, name: "Queries", exposure: 80 },
      { position: 2, name: "Meetings", exposure: 10 },
    ],
  };
  const target = {
    id: 2,
    slug: "architect",
    title: "Architect",
    sector: "Technology",
    exposureScore: 20,
    skills: [
      { skill: "Design", importance: 90, level: 5 },
      { skill: "SQL", importance: 50, level: 3 },
    ],
  };
  const answers = {
    experience: { seniority: "mid" as const },
    tasks: {
      shares: [
        { position: 1, sharePercent: 50 },
        { position: 2, sharePercent: 50 },
      ],
    },
    skills: { ratings: [{ skill: "SQL", rating: 2 }] },
    goals: { goal: "adjacent" as const },
  };

  it("scores the week, names the pivots and marks gaps in skills that were not asked as assumed", () => {
    const outcome = scoreAssessment(occupation, answers, [target]);
    expect(outcome.personalScore).toBe(45);
    expect(outcome.occupationScore).toBe(50);
    expect(outcome.pivots.map((p) => [p.slug, p.title])).toEqual([["architect", "Architect"]]);
    const design = outcome.pivots[0]!.topGaps.find((g) => g.skill === "Design")!;
    expect(design).toMatchObject({ yourLevel: 3, requiredLevel: 5, assumed: true });
  });
});

describe("step downs, only when asked for", () => {
  const goals = { goal: "adjacent" as const, hoursPerWeek: 5, region: "wales" };
  const outcome: AssessmentOutcome = {
    personalScore: 40,
    occupationScore: 45,
    risk: "medium",
    timeWeighted: 40,
    seniorityAdjustment: 0,
    contributions: [],
    window: { band: "medium", label: "3–5 years", detail: "…" },
    pivots: [],
  };
  const down = (targetId: number): StepDownPath => ({
    targetId,
    slug: `role-${targetId}`,
    title: `Role ${targetId}`,
    exposureScore: 20,
    reason: `Step down: pays less. Work 20 % alike; pays about 30 % less (US median ratio 0.70).`,
  });

  it("reads a missing answer (stored before the question was asked) and an unticked one as no", () => {
    expect(wantsStepDowns(undefined)).toBe(false);
    expect(wantsStepDowns(goals)).toBe(false);
    expect(wantsStepDowns({ ...goals, considerStepDown: false })).toBe(false);
    expect(wantsStepDowns({ ...goals, considerStepDown: true })).toBe(true);
  });

  it("leaves the outcome exactly as it was when not asked for", () => {
    expect(withStepDowns(outcome, goals, [down(7)])).toBe(outcome);
    expect(withStepDowns(outcome, undefined, [down(7)])).not.toHaveProperty("stepDownPaths");
  });

  it("adds at most two, best first, apart from the pivots; an empty list when the role has none", () => {
    const asked = { ...goals, considerStepDown: true };
    const added = withStepDowns(outcome, asked, [down(7), down(8), down(9)]);
    expect(added.stepDownPaths!.map((p) => p.targetId)).toEqual([7, 8]);
    expect(added.pivots).toEqual([]);
    expect(withStepDowns(outcome, asked, []).stepDownPaths).toEqual([]);
  });
});
