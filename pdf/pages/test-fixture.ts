/**
 * A small hand-built Blueprint input for the page selection tests: every figure is chosen so the
 * expected values can be worked out by hand. Each call returns a fresh copy for a test to change.
 */
import type { SalaryBand } from "../../domain/occupation-content";
import type { AssessmentOutcome } from "../../domain/scoring";
import { riskForExposure } from "../../domain/risk";
import type { BlueprintInput, BlueprintOccupation, BlueprintTask } from "../blueprint-input";
import { buildModel, type BlueprintModel } from "../blueprint-model";

type Pivot = AssessmentOutcome["pivots"][number];

export function task(position: number, exposure: number, name: string): BlueprintTask {
  return {
    position,
    name,
    description: `${name}, described in one sentence.`,
    risk: riskForExposure(exposure),
    exposure,
    aiTools: [`Tool ${position}a`, `Tool ${position}b`, `Tool ${position}c`, `Tool ${position}d`],
  };
}

export function role(id: number, title: string, over: Partial<BlueprintOccupation> = {}): BlueprintOccupation {
  const slug = title.toLowerCase().replace(/\s+/g, "-");
  return {
    id,
    slug,
    title,
    pluralTitle: `${title}s`,
    sector: "Technology",
    summary: `${title}s turn data into decisions.`,
    exposureScore: 40,
    content: {},
    tasks: [],
    skills: [],
    ...over,
  };
}

export const band = (p25: number, median: number, p75: number, source = "Survey A"): SalaryBand => ({
  currency: "GBP",
  p25,
  median,
  p75,
  source,
  year: 2025,
  regions: [],
  regionalNote: "UK-wide adverts only; no regional split yet.",
});

export const pivotTo = (target: BlueprintOccupation, over: Partial<Pivot> = {}): Pivot => ({
  targetId: target.id,
  slug: target.slug,
  title: target.title,
  kind: "adjacent",
  matchPercent: 70,
  exposureScore: target.exposureScore,
  skillsHeld: [],
  topGaps: [],
  ...over,
});

const employers = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix} ${i + 1}`, sector: "Retail", location: "Leeds" }));

/** A mid-level Data Analyst in London, 5 hours a week, future-proofing; three curated pivots. */
export function analyst(): BlueprintInput {
  const engineer = role(2, "Data Engineer", {
    exposureScore: 30,
    summary: "Data Engineers build the pipelines that move and clean data.",
    tasks: [
      task(1, 70, "Writing pipeline code"),
      task(2, 20, "Designing data models"),
      task(3, 45, "Fixing failed jobs"),
      task(4, 10, "Agreeing data contracts"),
    ],
    skills: [
      { skill: "Data Engineering", importance: 95, level: 4 },
      { skill: "Databases and SQL", importance: 90, level: 4 },
      { skill: "Programming", importance: 70, level: 3 },
      { skill: "Writing", importance: 40, level: 2 },
    ],
    content: {
      salary: band(45_000, 55_000, 68_000, "Survey B"),
      employers: employers("Engineer Employer", 6),
      learningResources: [
        {
          title: "dbt Fundamentals",
          provider: "dbt Labs",
          kind: "course",
          skills: ["Data Engineering"],
          approxHours: 5,
          approxCostGbp: 0,
          url: "https://example.org/dbt",
        },
      ],
      sources: [{ label: "Source A" }, { label: "Source C", url: "https://example.org/c" }],
    },
  });
  const productAnalyst = role(3, "Product Analyst", {
    exposureScore: 63,
    content: { salary: band(38_000, 38_000, 50_000), employers: employers("Product Employer", 2) },
  });
  const manager = role(4, "Analytics Manager", {
    exposureScore: 20,
    content: { salary: band(50_000, 65_000, 80_000), sources: [{ label: "Source D" }] },
  });
  return {
    orderId: "order-0001",
    buyerEmail: "sam.jones@example.com",
    orderDate: "2026-03-02T09:00:00Z",
    scoringVersion: "test-7",
    answers: {
      experience: { years: 5, seniority: "mid" },
      tasks: { shares: [40, 30, 10, 20].map((sharePercent, i) => ({ position: i + 1, sharePercent })), normalised: false },
      skills: {
        ratings: [
          { skill: "Databases and SQL", rating: 3 },
          { skill: "Statistics and Experiment Design", rating: 2 },
        ],
      },
      goals: { goal: "future-proof", hoursPerWeek: 5, region: "london" },
    },
    outcome: {
      personalScore: 58,
      occupationScore: 45,
      risk: "medium",
      timeWeighted: 58,
      seniorityAdjustment: 0,
      contributions: [
        { position: 1, name: "Writing routine reports", exposure: 80, sharePercent: 40, points: 32, risk: "high" },
        { position: 2, name: "Cleaning data", exposure: 55, sharePercent: 30, points: 16.5, risk: "medium" },
        { position: 3, name: "Presenting findings", exposure: 15, sharePercent: 10, points: 1.5, risk: "low" },
        { position: 4, name: "Building dashboards", exposure: 40, sharePercent: 20, points: 8, risk: "medium" },
      ],
      window: { band: "soon", label: "1–2 years", detail: "A large share of your week is exposed." },
      pivots: [
        pivotTo(engineer, {
          kind: "cross-domain",
          matchPercent: 62,
          skillsHeld: ["Databases and SQL", "Writing"],
          topGaps: [
            { skill: "Data Engineering", yourLevel: 0, requiredLevel: 4, importance: 95, assumed: true },
            { skill: "Programming", yourLevel: 2, requiredLevel: 3, importance: 70, assumed: true },
            { skill: "Databases and SQL", yourLevel: 3, requiredLevel: 4, importance: 90, assumed: false },
          ],
        }),
        pivotTo(productAnalyst, { matchPercent: 80 }),
        pivotTo(manager, { matchPercent: 55 }),
      ],
    },
    occupation: role(1, "Data Analyst", {
      exposureScore: 45,
      tasks: [
        task(1, 80, "Writing routine reports"),
        task(2, 55, "Cleaning data"),
        task(3, 15, "Presenting findings"),
        task(4, 40, "Building dashboards"),
      ],
      skills: [
        { skill: "Databases and SQL", importance: 90, level: 4 },
        { skill: "Statistics and Experiment Design", importance: 80, level: 4 },
        { skill: "Writing", importance: 60, level: 3 },
        { skill: "Speaking", importance: 50, level: 3 },
      ],
      content: {
        salary: band(30_000, 38_000, 46_000),
        sources: [{ label: "Source A", url: "https://example.org/a" }, { label: "Source B" }],
      },
    }),
    pivotTargets: [engineer, productAnalyst, manager],
  };
}

export const modelOf = (input: BlueprintInput): BlueprintModel => buildModel(input);

/** The analyst with some pivots kept (by position) and the others dropped from the outcome. */
export function withPivots(input: BlueprintInput, keep: number[]): BlueprintInput {
  return { ...input, outcome: { ...input.outcome, pivots: keep.map((i) => input.outcome.pivots[i]!) } };
}
