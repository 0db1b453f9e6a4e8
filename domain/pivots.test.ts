import { describe, expect, it } from "vitest";
import { computePivot, levelsOf, resilienceOf, skillMatchPercent, skillOverlap, topPivots, type PivotCandidate } from "./pivots";

const backend: PivotCandidate = {
  id: 1,
  sector: "Technology",
  exposureScore: 44,
  skills: [
    { skill: "Programming", importance: 90, level: 4 },
    { skill: "Databases and SQL", importance: 80, level: 4 },
    { skill: "Cloud Infrastructure", importance: 50, level: 2 },
  ],
};
const platform: PivotCandidate = {
  id: 2,
  sector: "Technology",
  exposureScore: 32,
  skills: [
    { skill: "Programming", importance: 70, level: 3 },
    { skill: "Cloud Infrastructure", importance: 90, level: 4 },
    { skill: "Infrastructure as Code", importance: 40, level: 4 },
  ],
};
const productOwner: PivotCandidate = {
  id: 3,
  sector: "Product",
  exposureScore: 35,
  skills: [
    { skill: "Stakeholder Management", importance: 90, level: 4 },
    { skill: "Programming", importance: 10, level: 2 },
  ],
};

describe("skillMatchPercent", () => {
  it("is 100 when every requirement is met and 0 when none is", () => {
    expect(skillMatchPercent(levelsOf(platform.skills), platform.skills)).toBe(100);
    expect(skillMatchPercent(new Map(), platform.skills)).toBe(0);
  });

  it("weights partial coverage by importance", () => {
    // Programming fully (70), Cloud 2/4 of 90 = 45, IaC none: (70 + 45) / 200
    expect(skillMatchPercent(levelsOf(backend.skills), platform.skills)).toBe(58);
  });

  it("returns 0 for a target without skills rather than dividing by zero", () => {
    expect(skillMatchPercent(levelsOf(backend.skills), [])).toBe(0);
  });
});

describe("skillOverlap", () => {
  it("lists held skills by importance and gaps by weighted shortfall", () => {
    const { held, needed } = skillOverlap(levelsOf(backend.skills), platform.skills);
    expect(held).toEqual(["Programming"]);
    // Cloud: 90 × 0.5 = 45 shortfall; IaC: 40 × 1 = 40
    expect(needed).toEqual(["Cloud Infrastructure", "Infrastructure as Code"]);
  });
});

describe("computePivot", () => {
  it("calls a same-sector strong match adjacent and a weak or cross-sector one cross-domain", () => {
    const strongSource = {
      ...backend,
      skills: [
        ...backend.skills,
        { skill: "Infrastructure as Code", importance: 30, level: 4 },
        { skill: "Cloud Infrastructure", importance: 50, level: 4 },
      ],
    };
    expect(computePivot(strongSource, platform).kind).toBe("adjacent");
    expect(computePivot(backend, platform).kind).toBe("cross-domain");
    expect(computePivot(platform, productOwner).kind).toBe("cross-domain");
  });
});

describe("topPivots", () => {
  it("excludes the source itself, orders by rank score and honours the limit", () => {
    const result = topPivots(backend, [backend, platform, productOwner], 5);
    expect(result.map((p) => p.targetId)).toEqual([2, 3]);
    expect(result[0]!.rankScore).toBeGreaterThan(result[1]!.rankScore);
    expect(topPivots(backend, [backend, platform, productOwner], 1)).toHaveLength(1);
  });

  it("favours the less exposed of two equally matching targets", () => {
    const a = { ...platform, id: 10, exposureScore: 40 };
    const b = { ...platform, id: 11, exposureScore: 20 };
    expect(topPivots(backend, [a, b], 2).map((p) => p.targetId)).toEqual([11, 10]);
  });
});

describe("resilienceOf", () => {
  it("labels the exposure change", () => {
    expect(resilienceOf(44, 30)).toBe("resilient");
    expect(resilienceOf(44, 40)).toBe("positive");
    expect(resilienceOf(44, 46)).toBe("similar");
    expect(resilienceOf(44, 60)).toBe("more-exposed");
  });
});
