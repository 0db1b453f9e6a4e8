/**
 * A generator of Blueprint buyers for the consistency tests: every curated role, goal, seniority,
 * region, weekly hours, skill ratings, split of the week and salary band (or none). Seeded, so a failure names a buyer
 * that can be rebuilt.
 */
import fc from "fast-check";
import { CURATED_OCCUPATIONS } from "../../db/seed/curated";
import { UK_REGIONS } from "../../domain/regions";
import { SALARY_BAND_IDS } from "../../domain/salary-bands";
import { GOALS, SENIORITIES } from "../../domain/scoring";
import type { BlueprintInput } from "../../pdf/blueprint-input";
import { sampleInput } from "../../pdf/sample-input";

export const buyerArbitrary: fc.Arbitrary<BlueprintInput> = fc
  .record({
    slug: fc.constantFrom(...CURATED_OCCUPATIONS.map((o) => o.slug)),
    goal: fc.constantFrom(...GOALS),
    seniority: fc.constantFrom(...SENIORITIES),
    years: fc.integer({ min: 0, max: 45 }),
    region: fc.constantFrom(...UK_REGIONS.map((r) => r.id)),
    hours: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 40 })),
    ratings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }),
    shares: fc
      .array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })), { minLength: 8, maxLength: 8 })
      .filter((s) => s.some((x) => x > 0)),
    email: fc.oneof(fc.constant(null), fc.constant("buyer@example.co.uk")),
    // About half say their pay band; the rest chose "Prefer not to say".
    salaryBand: fc.oneof(fc.constant(undefined), fc.constantFrom(...SALARY_BAND_IDS)),
  })
  .map((b) =>
    sampleInput({
      slug: b.slug,
      email: b.email,
      paidAt: "2026-11-28T10:15:00Z",
      experience: { years: b.years, seniority: b.seniority },
      shares: b.shares,
      ratings: b.ratings,
      goals: { goal: b.goal, hoursPerWeek: b.hours, region: b.region, ...(b.salaryBand ? { salaryBand: b.salaryBand } : {}) },
    }),
  );

/** `n` buyers, the same ones for the same seed. */
export const sampleBuyers = (n: number, seed = 16): BlueprintInput[] => fc.sample(buyerArbitrary, { numRuns: n, seed });
