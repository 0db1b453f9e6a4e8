/**
 * Realistic Blueprint inputs without a database: the curated catalogue plus the real scoring
 * engine, combined the way the assessment does on completion. Used by tests and the benchmark.
 */
import type { AssessmentOutcome, DraftAnswers } from "../domain/scoring";
import { curatedOccupationSchema, type ParsedOccupation } from "../db/seed/catalogue-schema";
import { CURATED_OCCUPATIONS } from "../db/seed/curated";
import { UK_REGIONS } from "../domain/regions";
import { GOALS, SCORING_VERSION, SENIORITIES, scoreAssessment } from "../domain/scoring";
import { buildBlueprintInput, type BlueprintInput } from "./blueprint-input";

const KEY_SKILLS = 8;

let parsed: ParsedOccupation[] | undefined;

/** The curated catalogue as the seed stores it; parsed once, a fresh copy for every caller. */
export function catalogue() {
  parsed ??= CURATED_OCCUPATIONS.map((entry) => curatedOccupationSchema.parse(entry));
  return structuredClone(parsed).map((o, i) => {
    const { slug, title, pluralTitle, sector, summary, exposureScore, tasks, skills, ...content } = o;
    return {
      id: i + 1,
      slug,
      title,
      pluralTitle,
      sector,
      summary,
      exposureScore,
      content,
      tasks: tasks.map((t, p) => ({ position: p + 1, ...t })),
      skills,
    };
  });
}

type Respondent = {
  slug: string;
  email: string | null;
  paidAt: string;
  experience: Required<DraftAnswers>["experience"];
  /** Share of the week per task, in task order. */
  shares: number[];
  /** Self-rating for the occupation's eight most important skills, in that order. */
  ratings: number[];
  goals: Required<DraftAnswers>["goals"];
};

export function sampleInput(r: Respondent): BlueprintInput {
  const all = catalogue();
  const occupation = all.find((o) => o.slug === r.slug);
  if (!occupation) throw new Error(`no curated occupation ${r.slug}`);
  const keySkills = [...occupation.skills]
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .slice(0, KEY_SKILLS);
  const answers: Required<DraftAnswers> = {
    experience: r.experience,
    tasks: { shares: occupation.tasks.map((t, i) => ({ position: t.position, sharePercent: r.shares[i] ?? 0 })), normalised: false },
    skills: { ratings: keySkills.map((s, i) => ({ skill: s.skill, rating: r.ratings[i] ?? 3 })) },
    goals: r.goals,
  };
  const outcome: AssessmentOutcome = scoreAssessment(occupation, answers, all);
  const byId = new Map(all.map((o) => [o.id, o]));
  return buildBlueprintInput({
    orderId: `sample-${r.slug}`,
    buyerEmail: r.email,
    orderDate: new Date(r.paidAt),
    scoringVersion: SCORING_VERSION,
    answers,
    outcome,
    occupation,
    targets: outcome.pivots.map((p) => byId.get(p.targetId)!),
  });
}

/** A junior backend developer whose week is mostly routine endpoint work, short on time. */
export const juniorBackend = (): BlueprintInput =>
  sampleInput({
    slug: "backend-developer",
    email: "priya.shah@example.co.uk",
    paidAt: "2026-11-28T10:15:00Z",
    experience: { years: 2, seniority: "junior" },
    shares: [35, 20, 20, 10, 10, 5, 0, 0],
    ratings: [3, 2, 3, 3, 2, 3, 1, 2],
    goals: { goal: "future-proof", hoursPerWeek: 4, region: "london" },
  });

/** A senior backend developer with the same role as juniorBackend but every answer different. */
export const seniorBackend = (): BlueprintInput =>
  sampleInput({
    slug: "backend-developer",
    email: "sam.okafor@example.com",
    paidAt: "2026-11-28T10:15:00Z",
    experience: { years: 11, seniority: "senior" },
    shares: [5, 10, 10, 15, 15, 10, 20, 15],
    ratings: [5, 4, 5, 4, 4, 3, 4, 3],
    goals: { goal: "cross-domain", hoursPerWeek: 10, region: "north-west" },
  });

/** A lead data scientist with time to invest, looking to move across domains; no email held. */
export const leadDataScientist = (): BlueprintInput =>
  sampleInput({
    slug: "data-scientist",
    email: null,
    paidAt: "2026-12-03T16:40:00Z",
    experience: { years: 14, seniority: "lead" },
    shares: [5, 5, 10, 10, 15, 20, 15, 20],
    ratings: [5, 4, 4, 5, 4, 4, 3, 4],
    goals: { goal: "cross-domain", hoursPerWeek: 9, region: "scotland" },
  });

/**
 * Four more buyers who differ from the samples above and from each other in role, goal, level,
 * region (Wales, Scotland, the East Midlands, the North East), hours and whether they gave a
 * salary band: the Blueprints read page by page before issue 16 was closed.
 */
/** A mid-level Technical Product Owner in Cardiff who wants an adjacent move and gave a salary band. */
export const productOwnerWales = (): BlueprintInput =>
  sampleInput({
    slug: "technical-product-owner",
    email: "rhian.evans@example.co.uk",
    paidAt: "2026-11-29T09:05:00Z",
    experience: { years: 6, seniority: "mid" },
    shares: [25, 15, 10, 20, 5, 10, 10, 5],
    ratings: [3, 3, 4, 4, 3, 3, 3, 3],
    goals: { goal: "adjacent", hoursPerWeek: 6, region: "wales", salaryBand: "45-55k" },
  });

/** A junior Frontend Developer in Nottingham with two hours a week, aiming across domains; no salary band. */
export const frontendJuniorEastMidlands = (): BlueprintInput =>
  sampleInput({
    slug: "frontend-developer",
    email: "tom.baxter@example.com",
    paidAt: "2026-11-29T19:45:00Z",
    experience: { years: 1, seniority: "junior" },
    shares: [30, 25, 20, 10, 15, 0, 0, 0],
    ratings: [3, 2, 2, 2, 1, 2, 2, 1],
    goals: { goal: "cross-domain", hoursPerWeek: 2, region: "east-midlands" },
  });

/** A lead Engineering Manager in Edinburgh who wants to future-proof the role, three hours a week, top salary band. */
export const managerScotland = (): BlueprintInput =>
  sampleInput({
    slug: "engineering-manager",
    email: "alasdair.fraser@example.co.uk",
    paidAt: "2026-11-30T08:20:00Z",
    experience: { years: 16, seniority: "lead" },
    shares: [15, 10, 10, 15, 10, 10, 10, 20],
    ratings: [4, 4, 4, 5, 3, 4, 4, 4],
    goals: { goal: "future-proof", hoursPerWeek: 3, region: "scotland", salaryBand: "100k-plus" },
  });

/** A senior Security Engineer in Newcastle with eight hours a week who wants an adjacent move. */
export const securitySeniorNorthEast = (): BlueprintInput =>
  sampleInput({
    slug: "security-engineer",
    email: "dan.hughes@example.org",
    paidAt: "2026-11-30T12:30:00Z",
    experience: { years: 9, seniority: "senior" },
    shares: [20, 15, 15, 10, 15, 10, 10, 5],
    ratings: [4, 4, 3, 3, 4, 4, 4, 4],
    goals: { goal: "adjacent", hoursPerWeek: 8, region: "north-east", salaryBand: "65-75k" },
  });

/** A small seeded generator (mulberry32): the same buyers in every benchmark run. */
function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The n-th of a stream of different buyers, as orders arrive: any curated occupation, seniority,
 * time split, skill ratings, goal, weekly hours and region, one in ten without an email. For the
 * benchmark, so that what one render learns (shaping, text layout) helps the next only as much as
 * real buyers' Blueprints share text.
 */
export function variedBuyerInput(n: number): BlueprintInput {
  const random = seededRandom(n + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const upTo = (max: number) => Math.floor(random() * (max + 1));
  return sampleInput({
    slug: pick(CURATED_OCCUPATIONS).slug,
    email: random() < 0.1 ? null : `buyer.${n}@example.co.uk`,
    paidAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    experience: { years: upTo(30), seniority: pick(SENIORITIES) },
    shares: Array.from({ length: 8 }, (_, i) => (i === 0 ? 1 : 0) + upTo(30)),
    ratings: Array.from({ length: KEY_SKILLS }, () => 1 + upTo(4)),
    goals: { goal: pick(GOALS), hoursPerWeek: 1 + upTo(19), region: pick(UK_REGIONS).id },
  });
}
