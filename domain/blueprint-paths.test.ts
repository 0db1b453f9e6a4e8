import { describe, expect, it } from "vitest";
import { rankPaths, type PathsInput, type PathTarget } from "./blueprint-paths";
import { moveLabel } from "./pivots";

const skills = [
  { skill: "Programming", importance: 90, level: 4 },
  { skill: "Networking", importance: 60, level: 3 },
];
const target = (id: number, over: Partial<PathTarget>): PathTarget => ({
  targetId: id,
  title: `Role ${id}`,
  sector: "Technology",
  exposureScore: 30,
  medianPay: 60_000,
  skills,
  storedMatch: 50,
  storedKind: "cross-domain",
  ...over,
});
const base: PathsInput = {
  goal: "adjacent",
  personalScore: 40,
  current: { title: "Backend Developer", sector: "Technology", medianPay: 60_000, skills },
  level: () => 4,
  targets: [],
};

describe("rankPaths", () => {
  it("puts staying first for a future-proof buyer, with the reason", () => {
    const paths = rankPaths({ ...base, goal: "future-proof", targets: [target(1, {})] });
    expect(paths[0]!.kind).toBe("stay");
    expect(paths[0]!.reason).toMatch(/^You asked to future-proof your current role/);
  });

  it("lists a move more exposed for no more pay after staying, and says what it pays", () => {
    const worse = target(2, { exposureScore: 55, medianPay: 55_000 });
    const better = target(3, { exposureScore: 20, medianPay: 70_000 });
    const paths = rankPaths({ ...base, targets: [worse, better] });
    expect(paths.map((p) => p.targetId)).toEqual([3, null, 2]);
    expect(paths[2]!.fallback).toBe(true);
    expect(paths[2]!.reason).toContain("its median pay is £5,000 lower than your role's");
    expect(paths[2]!.reason).toContain("listed after every path that lowers your exposure or pays more");
  });

  it("leads with staying when every move is more exposed for no more pay, and says why", () => {
    const paths = rankPaths({ ...base, goal: "cross-domain", targets: [target(2, { exposureScore: 55, medianPay: 60_000 })] });
    expect(paths[0]!.kind).toBe("stay");
    expect(paths[0]!.reason).toMatch(/^You asked for a cross-domain move, but every move we found is more exposed/);
  });

  it("says why no path is the kind of move asked for", () => {
    const paths = rankPaths({ ...base, goal: "cross-domain", targets: [target(4, { exposureScore: 20 })] });
    expect(paths[0]!.kind).toBe("adjacent");
    expect(paths[0]!.reason).toContain("none of your paths is one (each is in your own sector with at least 65% match)");
  });

  it("calls exactly one move the highest match, the one with the highest match", () => {
    const paths = rankPaths({
      ...base,
      level: (s) => (s === "Networking" ? 1 : 4),
      targets: [target(5, { skills: [skills[0]!] }), target(6, {})],
    });
    const highest = paths.filter((p) => p.highestMatch);
    expect(highest).toHaveLength(1);
    expect(highest[0]!.matchPercent).toBe(Math.max(...paths.filter((p) => p.kind !== "stay").map((p) => p.matchPercent)));
  });

  it("calls a move resilient only with 8+ points less exposure and a 60%+ match (a 25% match is a long retrain)", () => {
    expect(moveLabel(25, 60, 30)).toBe("Less exposed, long retrain");
    expect(moveLabel(60, 60, 52)).toBe("Resilient move");
    expect(moveLabel(80, 60, 55)).toBe("Somewhat less exposed");
  });
});
