/**
 * Buyers of imported occupations (issue 17 item 6): for any occupation in the database, answers
 * generated from a seed (goal, seniority, region, hours, salary band or none, ratings of its key
 * skills, a split of the week over its tasks), scored the way the assessment scores them
 * (loadAssessmentCandidates, scoreAssessment, the stored reasons and long-term paths), then turned
 * into the Blueprint input the render job loads. Seeded per occupation, so a failure names a
 * buyer that can be rebuilt.
 */
import { asc, desc, eq } from "drizzle-orm";
import fc from "fast-check";
import { assembleBlueprintInput } from "../../app/orders/blueprint-input.server";
import type { Database } from "../../db/client";
import { loadAssessmentCandidates } from "../../db/pivot-candidates";
import { occupationSkills, occupationTasks, occupations, type Occupation } from "../../db/schema";
import { UK_REGIONS } from "../../domain/regions";
import { SALARY_BAND_IDS } from "../../domain/salary-bands";
import { GOALS, SCORING_VERSION, SENIORITIES, scoreAssessment, type DraftAnswers } from "../../domain/scoring";
import type { BlueprintInput } from "../../pdf/blueprint-input";

/** The assessment asks for ratings of the occupation's eight most important skills. */
const KEY_SKILLS = 8;

type Profile = Omit<Required<DraftAnswers>, "tasks" | "skills"> & { shares: number[]; ratings: number[]; email: string | null };

const profileArbitrary = (tasks: number): fc.Arbitrary<Profile> =>
  fc
    .record({
      goal: fc.constantFrom(...GOALS),
      seniority: fc.constantFrom(...SENIORITIES),
      years: fc.integer({ min: 0, max: 40 }),
      region: fc.constantFrom(...UK_REGIONS.map((r) => r.id)),
      hours: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 40 })),
      ratings: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: KEY_SKILLS, maxLength: KEY_SKILLS }),
      // Most people spend their week on a handful of their role's tasks.
      shares: fc
        .array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }) }), {
          minLength: tasks,
          maxLength: tasks,
        })
        .filter((s) => s.some((x) => x > 0)),
      email: fc.oneof(fc.constant(null), fc.constant("buyer@example.co.uk")),
      salaryBand: fc.oneof(fc.constant(undefined), fc.constantFrom(...SALARY_BAND_IDS)),
    })
    .map((b) => ({
      experience: { years: b.years, seniority: b.seniority },
      goals: { goal: b.goal, hoursPerWeek: b.hours, region: b.region, ...(b.salaryBand ? { salaryBand: b.salaryBand } : {}) },
      shares: b.shares,
      ratings: b.ratings,
      email: b.email,
    }));

export type BuyerOverrides = Partial<Pick<Profile, "experience" | "goals" | "email">> & { shares?: number[]; ratings?: number[] };

/**
 * One generated buyer of `occupation` (seeded), with any answer overridden, assessed and loaded
 * as the render job would load their order.
 */
export async function importedBuyerInput(
  db: Database,
  occupation: Occupation,
  seed: number,
  overrides: BuyerOverrides = {},
): Promise<BlueprintInput> {
  const [tasks, keySkills] = await Promise.all([
    db.select().from(occupationTasks).where(eq(occupationTasks.occupationId, occupation.id)).orderBy(asc(occupationTasks.position)),
    db
      .select()
      .from(occupationSkills)
      .where(eq(occupationSkills.occupationId, occupation.id))
      .orderBy(desc(occupationSkills.importance), asc(occupationSkills.skill))
      .limit(KEY_SKILLS),
  ]);
  const [generated] = fc.sample(profileArbitrary(tasks.length), { numRuns: 1, seed });
  const p = { ...generated!, ...overrides };
  const shares = overrides.shares ?? p.shares;
  const ratings = overrides.ratings ?? p.ratings;
  const answers: Required<DraftAnswers> = {
    experience: p.experience,
    tasks: { shares: tasks.map((t, i) => ({ position: t.position, sharePercent: shares[i] ?? 0 })), normalised: false },
    skills: { ratings: keySkills.map((s, i) => ({ skill: s.skill, rating: ratings[i] ?? 3 })) },
    goals: p.goals,
  };
  const { occupation: self, candidates, explain } = await loadAssessmentCandidates(db, occupation.id);
  const outcome = explain(scoreAssessment({ ...self, tasks }, answers, candidates));
  return assembleBlueprintInput(db, {
    orderId: `imported-${occupation.slug}-${seed}`,
    buyerEmail: p.email,
    orderDate: new Date("2026-11-30T10:00:00Z"),
    scoringVersion: SCORING_VERSION,
    answers,
    outcome,
    occupation,
  });
}

/** Every imported occupation, by SOC code (stable order for seeds and samples). */
export async function importedOccupations(db: Database): Promise<Occupation[]> {
  return db.select().from(occupations).where(eq(occupations.origin, "imported")).orderBy(asc(occupations.socCode), asc(occupations.id));
}
