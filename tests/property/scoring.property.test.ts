import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gapsFor, personalExposure, rankPersonalPivots, SENIORITIES, SENIORITY_ADJUSTMENT, GOALS } from "../../domain/scoring";

const share = fc.record({
  position: fc.integer({ min: 1, max: 99 }),
  name: fc.string({ maxLength: 10 }),
  exposure: fc.integer({ min: 0, max: 100 }),
  sharePercent: fc.integer({ min: 0, max: 100 }),
});
const shares = fc.array(share, { minLength: 1, maxLength: 12 }).filter((s) => s.some((x) => x.sharePercent > 0));

describe("personalExposure", () => {
  it("is a whole number in 0..100 and equals the clamped time-weighted mean plus the seniority adjustment", () => {
    fc.assert(
      fc.property(shares, fc.constantFrom(...SENIORITIES), (s, seniority) => {
        const r = personalExposure(s, seniority);
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const total = s.reduce((a, x) => a + x.sharePercent, 0);
        const mean = s.reduce((a, x) => a + (x.sharePercent / total) * x.exposure, 0);
        expect(r.score).toBe(Math.round(Math.min(100, Math.max(0, mean + SENIORITY_ADJUSTMENT[seniority]))));
        expect(r.contributions.reduce((a, c) => a + c.points, 0)).toBeCloseTo(mean, 0);
      }),
    );
  });

  it("does not depend on the scale of the shares (they are normalised)", () => {
    fc.assert(
      fc.property(shares, fc.integer({ min: 2, max: 5 }), fc.constantFrom(...SENIORITIES), (s, k, seniority) => {
        expect(
          personalExposure(
            s.map((x) => ({ ...x, sharePercent: x.sharePercent * k })),
            seniority,
          ).score,
        ).toBe(personalExposure(s, seniority).score);
      }),
    );
  });

  it("never decreases when a task becomes more exposed", () => {
    fc.assert(
      fc.property(shares, fc.nat(), fc.integer({ min: 1, max: 100 }), fc.constantFrom(...SENIORITIES), (s, i, bump, seniority) => {
        const j = i % s.length;
        const more = s.map((x, n) => (n === j ? { ...x, exposure: Math.min(100, x.exposure + bump) } : x));
        expect(personalExposure(more, seniority).score).toBeGreaterThanOrEqual(personalExposure(s, seniority).score);
      }),
    );
  });
});

const skillNames = ["SQL", "Python", "Cloud", "Security", "Testing", "Design", "Leadership"];
const requirements = fc.uniqueArray(
  fc.record({ skill: fc.constantFrom(...skillNames), importance: fc.integer({ min: 1, max: 100 }), level: fc.integer({ min: 1, max: 5 }) }),
  { selector: (r) => r.skill, minLength: 1, maxLength: 7 },
);
const ratings = fc.uniqueArray(fc.record({ skill: fc.constantFrom(...skillNames), rating: fc.integer({ min: 1, max: 5 }) }), {
  selector: (r) => r.skill,
  minLength: 1,
  maxLength: 7,
});

describe("gaps and pivots", () => {
  it("gapsFor lists only real gaps, biggest importance-weighted gap first", () => {
    fc.assert(
      fc.property(ratings, requirements, (rs, reqs) => {
        const gaps = gapsFor(new Map(rs.map((r) => [r.skill, r.rating])), reqs);
        for (const g of gaps) expect(g.yourLevel).toBeLessThan(g.requiredLevel);
        const weights = gaps.map((g) => g.importance * (g.requiredLevel - g.yourLevel));
        expect(weights).toEqual([...weights].sort((a, b) => b - a));
      }),
    );
  });

  it("rankPersonalPivots returns at most three other occupations, best first, with match in 0..100", () => {
    const candidate = fc.record({
      id: fc.integer({ min: 2, max: 50 }),
      sector: fc.constantFrom("Tech", "Data"),
      exposureScore: fc.integer({ min: 0, max: 100 }),
      skills: requirements,
    });
    fc.assert(
      fc.property(
        ratings,
        fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 8 }),
        fc.constantFrom(...GOALS),
        fc.integer({ min: 0, max: 100 }),
        (rs, candidates, goal, personalScore) => {
          const ranked = rankPersonalPivots({ sourceId: 1, sector: "Tech", personalScore, ratings: rs, goal, candidates });
          expect(ranked.length).toBeLessThanOrEqual(Math.min(3, candidates.length));
          for (const p of ranked) {
            expect(p.targetId).not.toBe(1);
            expect(p.matchPercent).toBeGreaterThanOrEqual(0);
            expect(p.matchPercent).toBeLessThanOrEqual(100);
          }
          const scores = ranked.map((p) => p.rankScore);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
        },
      ),
    );
  });
});
