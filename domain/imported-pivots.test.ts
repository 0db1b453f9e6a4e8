import { describe, expect, it } from "vitest";
import {
  classifyMove,
  computeImportedPaths,
  estimateJobZone,
  importedPaths,
  pathReason,
  type ImportedOccupation,
  type ImportedProfile,
  type MoveFacts,
} from "./imported-pivots";
import type { UsWages } from "./us-wages";

const usd = (socCode: string, median: number): UsWages => ({
  source: "BLS OEWS May 2021",
  currency: "USD",
  socCode,
  matched: "detailed",
  annual: { p10: null, p25: null, median, p75: null, p90: null },
  hourlyMedian: null,
  topCoded: [],
});
const exact = (ratio: number) => ({ ratio, bound: "exact" as const, sameGroup: false });

describe("horizon of a move", () => {
  const move = (step: number | null, ratio: number | null, extra: Partial<MoveFacts> = {}) =>
    classifyMove({ step, toZone: step === null ? null : 3 + step, pay: ratio === null ? null : exact(ratio), ...extra });

  it("keeps moves within one job zone that pay at least 85 % as pivots", () => {
    expect(move(0, 1)).toEqual({ horizon: "pivot", rule: null });
    expect(move(-1, 0.85)).toEqual({ horizon: "pivot", rule: null });
    expect(move(1, 1.49)).toEqual({ horizon: "pivot", rule: null });
    expect(move(null, null)).toEqual({ horizon: "pivot", rule: null });
  });

  it("labels moves that need a new degree long-term paths", () => {
    expect(move(2, 1)).toEqual({ horizon: "long-term", rule: "zone-rise" });
    // Into job zone 5 (graduate school): registered nurse (4) → nurse midwife (5).
    expect(classifyMove({ step: 1, toZone: 5, pay: exact(1.45) })).toEqual({ horizon: "long-term", rule: "graduate-zone" });
    // One zone up to work paying half as much again.
    expect(move(1, 1.56)).toEqual({ horizon: "long-term", rule: "pay-rise" });
    // Twice the pay within the same zone (health services manager → physician, BLS top code).
    expect(move(0, null, { pay: { ratio: 2.1, bound: "at-least", sameGroup: false } })).toEqual({ horizon: "long-term", rule: "pay-rise" });
    expect(move(0, 1.1, { sourceSoc: "11-9111.00", targetSoc: "29-1171.00" })).toEqual({ horizon: "long-term", rule: "licensed-health" });
    expect(move(0, 1.1, { sourceSoc: "29-1141.00", targetSoc: "29-1141.03" })).toEqual({ horizon: "pivot", rule: null });
  });

  it("does not suggest moves out of reach: more than two zones up, or three times the pay", () => {
    expect(move(3, 1)).toBeNull();
    expect(move(1, 3.2)).toBeNull();
  });

  it("makes a pay cut or a much lower zone a step down, even when it also needs more preparation", () => {
    expect(move(-2, 1.2)).toEqual({ horizon: "step-down", rule: "zone-drop" });
    expect(move(0, 0.84)).toEqual({ horizon: "step-down", rule: "pay-cut" });
    expect(move(2, 0.8)).toEqual({ horizon: "step-down", rule: "pay-cut" });
    // A top-coded target may pay more than the ratio says: not a known cut.
    expect(move(0, null, { pay: { ratio: 0.8, bound: "at-least", sameGroup: false } })).toEqual({ horizon: "pivot", rule: null });
  });
});

describe("job zone estimate", () => {
  it("takes the median zone of the five most similar roles that have one", () => {
    const similar = new Map([
      [1, 0.4],
      [2, 0.35],
      [3, 0.3],
      [4, 0.25],
      [5, 0.2],
      [6, 0.1],
      [7, 0.5],
    ]);
    const zones: Record<number, number | null> = { 1: 5, 2: 5, 3: 4, 4: 3, 5: 5, 6: 1, 7: null };
    expect(estimateJobZone(similar, (id) => zones[id] ?? null)).toBe(5);
    expect(estimateJobZone(new Map(), () => 3)).toBeNull();
  });
});

describe("reasons", () => {
  it("say how alike the work is, the preparation, the pay and the exposure", () => {
    expect(
      pathReason({
        taskSimilarity: 41,
        sharedWork: ["patient care", "treatment plans"],
        from: { value: 3, estimated: false },
        to: { value: 3, estimated: false },
        step: 0,
        pay: exact(1.04),
        exposureDrop: 12,
        horizon: "pivot",
        rule: null,
      }),
    ).toBe(
      "Work 41 % alike in O*NET task statements (patient care, treatment plans); similar preparation (job zone 3 → 3); " +
        "pays about the same (US median ratio 1.04); 12 points less exposed to AI.",
    );
  });

  it("label long-term paths and step downs plainly, and say when a figure is estimated or missing", () => {
    const graduate = pathReason({
      taskSimilarity: 15,
      sharedWork: ["patients"],
      from: { value: 4, estimated: false },
      to: { value: 5, estimated: false },
      step: 1,
      pay: exact(1.45),
      exposureDrop: 8,
      horizon: "long-term",
      rule: "graduate-zone",
    });
    expect(graduate).toBe(
      "Long-term path, not a quick pivot. Work 15 % alike in O*NET task statements (patients); a step up into job zone 5, where most roles need a graduate degree " +
        "(job zone 4 → 5); pays more (US median ratio 1.45); 8 points less exposed to AI.",
    );
    const longTerm = pathReason({
      taskSimilarity: 18,
      sharedWork: [],
      from: { value: 3, estimated: false },
      to: { value: 5, estimated: true },
      step: 2,
      pay: null,
      exposureDrop: -1,
      horizon: "long-term",
      rule: "zone-rise",
    });
    expect(longTerm).toBe(
      "Long-term path, not a quick pivot. Work 18 % alike in O*NET task statements; needs much more preparation " +
        "(job zone 3 → 5, estimated from similar roles): usually a new degree or licence; no US pay figure to compare; 1 point more exposed to AI.",
    );
    const down = pathReason({
      taskSimilarity: 20,
      sharedWork: ["cooking"],
      from: null,
      to: null,
      step: null,
      pay: exact(0.6),
      exposureDrop: 0,
      horizon: "step-down",
      rule: "pay-cut",
    });
    expect(down).toBe(
      "A step down: pays less. Work 20 % alike in O*NET task statements (cooking); no O*NET job zone to compare preparation; " +
        "pays about 40 % less (US median ratio 0.60); as exposed to AI.",
    );
  });

  it("says plainly what makes a step down one: much less preparation, lower pay or both, and by how much", () => {
    const facts = {
      taskSimilarity: 30,
      sharedWork: [],
      from: { value: 4, estimated: false },
      to: { value: 2, estimated: false },
      step: -2,
      exposureDrop: 5,
      horizon: "step-down" as const,
      rule: "zone-drop" as const,
    };
    expect(pathReason({ ...facts, pay: exact(0.7) })).toBe(
      "A step down: needs much less preparation and pays less. Work 30 % alike in O*NET task statements; " +
        "needs much less preparation (job zone 4 → 2); pays about 30 % less (US median ratio 0.70); 5 points less exposed to AI.",
    );
    expect(pathReason({ ...facts, pay: exact(1.02) })).toMatch(
      /^A step down: needs much less preparation\. .*\(job zone 4 → 2\); pays about the same \(US median ratio 1\.02\)/,
    );
    expect(pathReason({ ...facts, pay: null })).toMatch(/^A step down: needs much less preparation\. .*no US pay figure to compare/);
    // BLS top-codes the current role's median: the target pays at most this share of it.
    expect(pathReason({ ...facts, pay: { ratio: 0.5, bound: "at-most", sameGroup: false } })).toMatch(
      /^A step down: needs much less preparation and pays less\. .*pays at least 50 % less \(US median ratio at most 0\.50\)/,
    );
    // More preparation for less pay is a step down too, for the pay.
    expect(
      pathReason({
        ...facts,
        from: { value: 2, estimated: false },
        to: { value: 4, estimated: false },
        step: 2,
        rule: "pay-cut",
        pay: exact(0.8),
      }),
    ).toMatch(/^A step down: pays less\. .*needs much more preparation \(job zone 2 → 4\).*pays about 20 % less \(US median ratio 0\.80\)/);
  });
});

describe("imported paths", () => {
  const skills = (level: number) => ["Critical Thinking", "Speaking", "Writing"].map((skill) => ({ skill, importance: 70, level }));
  const role = (id: number, sector: string, zone: number, median: number, exposure: number, statements: string[]): ImportedOccupation => ({
    id,
    sector,
    exposureScore: exposure,
    skills: skills(zone),
    jobZone: zone,
    usWages: usd(`29-${1000 + id}`, median),
    statements,
  });
  const care = ["Assess patient care needs.", "Give medication to patients.", "Write care plans with families."];
  const nurse = role(1, "Healthcare", 3, 77_600, 37, care);
  const specialist = role(2, "Healthcare", 3, 80_000, 30, [...care, "Care for patients in intensive care units."]);
  const physician = role(3, "Healthcare", 5, 150_000, 20, [...care, "Diagnose illness and prescribe medication."]);
  const aide = role(4, "Healthcare Support", 2, 30_000, 10, ["Help patients bathe.", "Give medication to patients when told."]);
  const welder = role(5, "Production", 2, 47_000, 5, ["Weld metal parts.", "Read blueprints."]);
  const planner = role(6, "Management", 4, 90_000, 45, ["Write care plans with families.", "Plan budgets."]);

  it("offers similar work as pivots, labels the physician long-term, keeps the pay cut as a step down and ignores unrelated work", () => {
    const paths = computeImportedPaths([nurse, specialist, physician, aide, welder, planner]).get(1)!;
    expect(paths.map((p) => [p.targetId, p.horizon])).toEqual([
      [2, "pivot"],
      [6, "pivot"],
      [3, "long-term"],
      [4, "step-down"],
    ]);
    expect(paths[0]).toMatchObject({ kind: "adjacent", matchPercent: 100, payRatio: 1.03, jobZoneStep: 0 });
    expect(paths[0]!.taskSimilarity).toBeGreaterThan(50);
    expect(paths[0]!.reason).toMatch(
      /^Work \d+ % alike in O\*NET task statements \(patient care, [a-z ]+, [a-z ]+\); similar preparation \(job zone 3 → 3\); pays about the same \(US median ratio 1\.03\); 7 points less exposed to AI\.$/,
    );
    expect(paths[2]!.reason).toMatch(/^Long-term path, not a quick pivot\. .*job zone 3 → 5.*pays more \(US median ratio 1\.93\)/);
    expect(paths[3]!.reason).toMatch(/^A step down: pays less\. .*pays about 61 % less \(US median ratio 0\.39\)/);
  });

  it("ranks less exposed work higher when the work is equally alike, and respects the limits", () => {
    const twinA = role(7, "Healthcare", 3, 77_600, 60, care);
    const twinB = role(8, "Healthcare", 3, 77_600, 10, care);
    const profiles: ImportedProfile[] = [nurse, twinA, twinB];
    const ctx = {
      taskSimilarity: new Map([
        [7, 0.5],
        [8, 0.5],
      ]),
      fieldSimilarity: () => 0,
      zoneOf: () => ({ value: 3, estimated: false }),
      sharedWork: () => [],
    };
    expect(importedPaths(nurse, profiles, ctx).map((p) => p.targetId)).toEqual([8, 7]);
    expect(importedPaths(nurse, profiles, ctx, { pivot: 1, "long-term": 0, "step-down": 0 }).map((p) => p.targetId)).toEqual([8]);
  });

  it("still finds paths for a role O*NET gives no skills or job zone, with the zone estimated", () => {
    const unrated: ImportedOccupation = { ...specialist, id: 9, skills: [], jobZone: null };
    const paths = computeImportedPaths([nurse, unrated, physician, planner]).get(9)!;
    expect(paths[0]).toMatchObject({ targetId: 1, matchPercent: 0, skillsHeld: [], skillsNeeded: [] });
    expect(paths[0]!.reason).toMatch(/job zone 3 → 3, estimated from similar roles|job zone 4 → 3, estimated from similar roles/);
  });
});
