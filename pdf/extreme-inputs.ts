/**
 * Valid Blueprint inputs at the edges of what the catalogue and the assessment allow, for the
 * fit test: every page must still fit its sheet, because production renders without pagination.
 * Lengths come from db/seed/catalogue-schema.ts (the most an editor may write), from the curated
 * catalogue itself, and from the imported O*NET catalogue (up to 40 task statements per role, the
 * longest 332 characters, titles up to 105 characters; the import keeps no other content).
 */
import type { DraftAnswers } from "../domain/scoring";
import { curatedOccupationSchema, type CuratedOccupation } from "../db/seed/catalogue-schema";
import { CURATED_OCCUPATIONS } from "../db/seed/curated";
import { SKILL_NAMES } from "../db/seed/skills";
import { REGION_IDS, UK_REGIONS, type RegionId } from "../domain/regions";
import { riskForExposure } from "../domain/risk";
import { SCORING_VERSION, scoreAssessment, type Goal, type Seniority } from "../domain/scoring";
import { buildBlueprintInput, type BlueprintInput, type BlueprintOccupation } from "./blueprint-input";
import { catalogue } from "./sample-input";

type Occupation = BlueprintOccupation;
type Answers = Required<DraftAnswers>;

/** 80 characters: longer than nearly any real address (the checkout accepts up to 254). */
export const LONG_EMAIL = "alexandra.fitzgerald-worthington.advisory@engineering-team.example-company.co.uk";

/** The schema sets no length for addresses; the catalogue's longest is 70 characters. */
const LONG_URL = `https://www.example.org/${"research-and-statistics/".repeat(3)}2025`;

const VOCABULARY =
  "Coordinating international stakeholder requirements, documenting architectural decisions and reviewing " +
  "cross-functional responsibilities across multidisciplinary organisations, with accountability for " +
  "infrastructure, compliance, accessibility and interoperability of the underlying services ";

/** Readable text of exactly `length` characters, ending in a letter (the schema trims). */
export function wordsOf(length: number, lead = ""): string {
  let text = lead;
  while (text.length < length) text += VOCABULARY;
  return `${text
    .slice(0, length - 1)
    .trimEnd()
    .padEnd(length - 1, "s")}s`;
}

const share = (n: number) => Array.from({ length: n }, (_, i) => Math.floor(100 / n) + (i < 100 % n ? 1 : 0));

function answersFor(
  o: Occupation,
  a: { seniority: Seniority; years: number; goal: Goal; hours: number; region: RegionId; rating: ((i: number) => number) | null },
): Answers {
  const shares = share(o.tasks.length);
  return {
    experience: { years: a.years, seniority: a.seniority },
    tasks: { shares: o.tasks.map((t, i) => ({ position: t.position, sharePercent: shares[i]! })), normalised: false },
    skills: { ratings: a.rating ? o.skills.map((s, i) => ({ skill: s.skill, rating: a.rating!(i) })) : [] },
    goals: { goal: a.goal, hoursPerWeek: a.hours, region: a.region },
  };
}

function assemble(
  name: string,
  occupation: Occupation,
  candidates: readonly Occupation[],
  answers: Answers,
  email: string | null,
  keepTargets = true,
): BlueprintInput {
  const outcome = scoreAssessment(occupation, answers, [occupation, ...candidates]);
  return buildBlueprintInput({
    orderId: `extreme-${name}-0000-0000-000000000000`,
    buyerEmail: email,
    orderDate: new Date("2026-12-31T23:30:00Z"),
    scoringVersion: SCORING_VERSION,
    answers,
    outcome,
    occupation,
    targets: keepTargets ? candidates : [],
  });
}

const bySlug = (slug: string): Occupation => catalogue().find((o) => o.slug === slug)!;
const byTitleLength = (): Occupation[] => [...catalogue()].sort((a, b) => b.title.length - a.title.length || a.slug.localeCompare(b.slug));

/** Every printed field of a curated entry at the schema's maximum, with regional bands everywhere. */
function atSchemaLimits(entry: CuratedOccupation, id: number, titleLead: string): Occupation {
  const o = curatedOccupationSchema.parse({
    ...entry,
    title: wordsOf(80, titleLead),
    pluralTitle: wordsOf(90, titleLead),
    summary: wordsOf(900),
    windowToAct: { label: wordsOf(40, "Early "), detail: wordsOf(600) },
    vsAllWorkers: wordsOf(600),
    outlook: wordsOf(600),
    tasksIntro: wordsOf(400),
    timelineIntro: wordsOf(400),
    tasks: entry.tasks.map((t, i) => ({
      ...t,
      name: wordsOf(80, `${i + 1} `),
      description: wordsOf(400),
      aiTools: Array.from({ length: 6 }, (_, k) => wordsOf(60, `Tool ${k} `)),
    })),
    timeline: entry.timeline.map((e, i) => ({ period: wordsOf(20, `20${30 + i} `), title: wordsOf(80), body: wordsOf(700) })),
    // The sixteen longest skill names: the most rows and the widest labels the gap matrix can get.
    skills: [...SKILL_NAMES]
      .sort((a, b) => b.length - a.length)
      .slice(0, 16)
      .map((skill, i) => ({ skill, importance: 100 - i * 3, level: 5 - (i % 3) })),
    salary: {
      ...entry.salary,
      source: wordsOf(200),
      sourceUrl: LONG_URL,
      regionalNote: wordsOf(300),
      period: wordsOf(60),
      regions: UK_REGIONS.map((r, i) => ({
        region: r.id,
        p25: 41_000 + i * 1000,
        median: 58_000 + i * 1000,
        p75: 79_000 + i * 1000,
        sourceUrl: `${LONG_URL.slice(0, -3)}/r${i}`,
        period: wordsOf(60),
        sampleSize: 99_999,
      })),
    },
    employers: Array.from({ length: 16 }, (_, i) => ({
      name: wordsOf(80, `Employer ${i + 1} `),
      sector: wordsOf(60),
      location: wordsOf(80),
      regions: i % 2 ? [...REGION_IDS] : [],
      remote: true,
      careersUrl: `${LONG_URL.slice(0, -3)}/e${i}`,
      eligibility: wordsOf(160),
    })),
    learningResources: Array.from({ length: 10 }, (_, i) => ({
      ...entry.learningResources[i % entry.learningResources.length]!,
      title: wordsOf(120, `Resource ${i + 1} `),
      provider: wordsOf(80),
      approxHours: 300,
      approxCostGbp: 4999,
    })),
    sources: Array.from({ length: 6 }, (_, i) => ({ label: wordsOf(200, `Source ${id}.${i} `), url: `${LONG_URL.slice(0, -2)}/${i}` })),
  });
  const { slug, title, pluralTitle, sector, summary, exposureScore, tasks, skills, ...content } = o;
  return {
    id,
    slug: `${slug}-limits`,
    title,
    pluralTitle,
    sector,
    summary,
    exposureScore,
    content,
    tasks: tasks.map((t, p) => ({ position: p + 1, ...t })),
    skills,
  };
}

/** The shape the O*NET import stores: statements as task names, no descriptions, tools or narrative. */
function importedOccupation(id: number, titleLength: number, exposures: (i: number) => number): Occupation {
  const title = wordsOf(titleLength, `Imported ${id} `);
  return {
    id,
    slug: `imported-${id}`,
    title,
    pluralTitle: title,
    sector: "Production",
    summary: wordsOf(330, `O*NET describes the work of ${title} in 40 task statements. `),
    exposureScore: 50,
    content: { research: { onetSocCode: `51-4${id}.00`, taskLabels: { e0: 14, e1: 13, e2: 13 }, humanBeta: 0.5, gptBeta: 0.5 } },
    tasks: Array.from({ length: 40 }, (_, i) => {
      const exposure = exposures(i);
      return {
        position: i + 1,
        name: wordsOf(332, `Task ${i + 1}: `),
        description: "",
        risk: riskForExposure(exposure),
        exposure,
        aiTools: [],
      };
    }),
    skills: SKILL_NAMES.slice(0, 35).map((skill, i) => ({ skill, importance: 100 - ((i * 7 + id) % 60), level: 1 + ((i + id) % 5) })),
  };
}

export const EXTREME_INPUTS: Record<string, () => BlueprintInput> = {
  /** Longest curated titles as role and pivots, the longest region name, 40 hours, 50 years; held and gap lists both full. */
  "longest curated titles, 40 h/week, mixed ratings": () => {
    const [occupation, ...rest] = byTitleLength();
    const answers = answersFor(occupation!, {
      seniority: "senior",
      years: 50,
      goal: "cross-domain",
      hours: 40,
      region: "yorkshire",
      rating: (i) => (i % 2 ? 1 : 5),
    });
    return assemble("longest", occupation!, rest.slice(0, 3), answers, LONG_EMAIL);
  },
  "every skill rated 5, 1 h/week, junior, no email": () => {
    const o = bySlug("data-scientist");
    return assemble(
      "expert",
      o,
      catalogue().filter((c) => c.id !== o.id),
      answersFor(o, { seniority: "junior", years: 0, goal: "future-proof", hours: 1, region: "northern-ireland", rating: () => 5 }),
      null,
    );
  },
  "no skills rated, longest skill names, 2 h/week": () => {
    const o = bySlug("engineering-manager");
    return assemble(
      "unrated",
      o,
      catalogue().filter((c) => c.id !== o.id),
      answersFor(o, { seniority: "mid", years: 1, goal: "adjacent", hours: 2, region: "east-midlands", rating: null }),
      LONG_EMAIL,
    );
  },
  "three pivots whose targets were deleted": () => {
    const o = bySlug("backend-developer");
    const answers = answersFor(o, {
      seniority: "lead",
      years: 30,
      goal: "cross-domain",
      hours: 9,
      region: "london",
      rating: (i) => 1 + (i % 5),
    });
    return assemble(
      "deleted",
      o,
      catalogue().filter((c) => c.id !== o.id),
      answers,
      LONG_EMAIL,
      false,
    );
  },
  "one pivot only": () => {
    const o = bySlug("frontend-developer");
    const answers = answersFor(o, { seniority: "mid", years: 6, goal: "adjacent", hours: 17, region: "wales", rating: () => 2 });
    return assemble("one", o, [bySlug("technical-product-owner")], answers, "a@b.uk");
  },
  "no pivots at all": () => {
    const o = bySlug("security-engineer");
    return assemble(
      "none",
      o,
      [],
      answersFor(o, { seniority: "senior", years: 12, goal: "future-proof", hours: 5, region: "south-west", rating: () => 3 }),
      LONG_EMAIL,
    );
  },
  "imported role: 40 tasks of 332 characters, 105-character titles": () => {
    const o = importedOccupation(901, 105, (i) => [100, 50, 0][i % 3]!);
    const targets = [902, 903, 904].map((id) => importedOccupation(id, 99, (i) => (i % 4 ? 0 : 50)));
    const answers = answersFor(o, {
      seniority: "junior",
      years: 3,
      goal: "cross-domain",
      hours: 40,
      region: "yorkshire",
      rating: (i) => 1 + (i % 3),
    });
    answers.skills.ratings = answers.skills.ratings.slice(0, 8);
    return assemble("imported", o, targets, answers, LONG_EMAIL);
  },
  "every printed catalogue field at its schema limit, regional bands": () => {
    const entries = ["engineering-manager", "technical-product-owner", "solutions-architect", "cloud-architect"].map((slug) =>
      CURATED_OCCUPATIONS.find((e) => e.slug === slug)!,
    );
    const [occupation, ...targets] = entries.map((e, i) => atSchemaLimits(e, 801 + i, ["Principal ", "Senior ", "Lead ", "Chief "][i]!));
    const answers = answersFor(occupation!, {
      seniority: "lead",
      years: 50,
      goal: "adjacent",
      hours: 40,
      region: "yorkshire",
      rating: (i) => (i % 2 ? 1 : 4),
    });
    return assemble("limits", occupation!, targets, answers, LONG_EMAIL);
  },
};
