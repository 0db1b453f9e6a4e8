import { z } from "zod";
import { RISK_LEVELS, riskForExposure } from "../../domain/risk";
import { REGION_IDS } from "../../domain/regions";
import { SKILL_NAMES, type SkillName } from "./skills";

/**
 * Shape of one curated occupation. The seed validates every entry against this before it
 * touches the database, so a typo in the catalogue fails start-up with a clear message instead
 * of publishing a broken page.
 */
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const score = z.number().int().min(0).max(100);

/** Printed in full in the Blueprint, where a longer address would run past the margin (pdf/fit.test.ts). */
const printedUrl = z.url().max(110, "is printed in the Blueprint: keep it to 110 characters");

export const riskLevelSchema = z.enum(RISK_LEVELS);

const skillName = z.enum(SKILL_NAMES as [SkillName, ...SkillName[]]);

export const taskSchema = z
  .object({
    name: text(3, 80),
    description: text(20, 400),
    risk: riskLevelSchema,
    /** 0–100 on the same scale as the occupation score (β: E1 = 100, E2 = 50, E0 = 0). */
    exposure: score,
    aiTools: z.array(text(2, 60)).min(1).max(6),
  })
  .refine((t) => t.risk === riskForExposure(t.exposure), {
    message: "risk must match the exposure band (high ≥ 60, medium 30–59, low < 30)",
  });

export const skillRequirementSchema = z.object({
  skill: skillName,
  /** How much the skill matters in the role, 0–100 (O*NET importance, rescaled). */
  importance: score,
  /** Level the role needs, 1 (awareness) … 5 (expert); matches the assessment's self-rating. */
  level: z.number().int().min(1).max(5),
});

/** A source page, not a site's home page: the reader must land on the figure or the vacancies we cite. */
const deepUrl = printedUrl.refine(
  (u) => new URL(u).pathname.replace(/\/+$/, "") !== "",
  "must link to the page itself, not the site's home page",
);

/** ITJobsWatch and similar sources recompute daily; the period says which window our figures describe. */
const period = text(8, 60);

const regionalBandSchema = z
  .object({
    region: z.enum(REGION_IDS),
    p25: z.number().int().positive(),
    median: z.number().int().positive(),
    p75: z.number().int().positive(),
    /** The regional page the figures come from (a region's band is cited on its own). */
    sourceUrl: deepUrl,
    period,
    /** Salaries the source counted; a small sample is named in the Blueprint. */
    sampleSize: z.number().int().positive().optional(),
  })
  .refine((s) => s.p25 <= s.median && s.median <= s.p75, "regional band must satisfy p25 ≤ median ≤ p75");

export const salaryBandSchema = z
  .object({
    currency: z.literal("GBP"),
    p25: z.number().int().positive(),
    median: z.number().int().positive(),
    p75: z.number().int().positive(),
    source: text(5, 200),
    sourceUrl: deepUrl,
    year: z.number().int().min(2020).max(2030),
    /** The window the figures describe, as the source states it ("6 months to 15 October 2025"). */
    period,
    /** When an editor last checked these figures against the source page. */
    reviewedOn: z.iso.date(),
    /** 0 = as the source publishes them; otherwise the step we rounded to, which the Blueprint states. */
    roundedTo: z.number().int().min(0).max(10_000),
    sampleSize: z.number().int().positive().optional(),
    /** The source's "UK excluding London" median, where it gives one. */
    outsideLondonMedian: z.number().int().positive().optional(),
    /** Bands by UK region, only where the named source publishes them. */
    regions: z.array(regionalBandSchema).max(12),
    /** Says what the regional picture is, or that the source gives none: required so a gap is stated, never silent. */
    regionalNote: text(20, 300),
  })
  .refine((s) => s.p25 <= s.median && s.median <= s.p75, "salary band must satisfy p25 ≤ median ≤ p75")
  .refine((s) => new Set(s.regions.map((r) => r.region)).size === s.regions.length, "name each region once");

export const learningResourceSchema = z.object({
  title: text(3, 120),
  provider: text(2, 80),
  kind: z.enum(["course", "certification", "book", "guide"]),
  skills: z.array(skillName).min(1).max(4),
  approxHours: z.number().int().min(1).max(300),
  /** Pounds, approximate; 0 = free. */
  approxCostGbp: z.number().int().min(0).max(5000),
  /** Required here so every curated resource says who it suits; optional in stored content (db/schema.ts). */
  level: z.enum(["foundation", "intermediate", "advanced"]),
  url: z.url(),
});

/** A careers site or page: a home page makes the reader hunt for the vacancies. */
const careersUrl = printedUrl.refine(
  (u) => new URL(u).pathname.replace(/\/+$/, "") !== "" || /careers?|jobs|recruit/i.test(new URL(u).hostname),
  "must link to the careers page or careers site, not the home page",
);

export const employerSchema = z
  .object({
    name: text(2, 80),
    sector: text(2, 60),
    /** Places as people name them ("Edinburgh and Glasgow"). */
    location: text(2, 80),
    /** Regions (domain/regions ids) where the role is based; empty only for a remote-first employer. */
    regions: z.array(z.enum(REGION_IDS)).max(12),
    /** Hires for the role remotely anywhere in the UK. */
    remote: z.boolean(),
    careersUrl,
    /** Clearance or nationality rules a candidate must meet, or null when there are none beyond the right to work. */
    eligibility: text(10, 160).nullable(),
  })
  .refine((e) => e.regions.length > 0 || e.remote, "give the regions it hires in, or mark it remote")
  .refine((e) => new Set(e.regions).size === e.regions.length, "name each region once");

export const curatedOccupationSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80),
  title: text(3, 80),
  /** Plural used in sentences ("Backend Developers design …"). */
  pluralTitle: text(3, 90),
  sector: text(3, 60),
  socCode: z
    .string()
    .regex(/^\d{2}-\d{4}(\.\d{2})?$/)
    .optional(),
  alternateTitles: z.array(text(2, 80)).max(12).default([]),
  summary: text(80, 900),
  exposureScore: score,
  /** One-line verdict under the score, e.g. "Moderate, manageable risk". */
  exposureLabel: text(5, 80),
  windowToAct: z.object({
    label: text(3, 40),
    detail: text(40, 600),
  }),
  vsAllWorkers: text(40, 600),
  outlook: text(40, 600),
  tasksIntro: text(20, 400),
  tasks: z.array(taskSchema).length(8),
  timelineIntro: text(20, 400),
  timeline: z.array(z.object({ period: text(4, 20), title: text(3, 80), body: text(40, 700) })).length(3),
  verdict: text(40, 500),
  /** One sentence used when this role appears in another role's comparison cards. */
  comparisonBlurb: text(20, 260),
  pivotIntro: text(20, 400),
  skills: z.array(skillRequirementSchema).min(8).max(16),
  salary: salaryBandSchema,
  employers: z
    .array(employerSchema)
    .min(10)
    .max(16)
    .refine((list) => new Set(list.map((e) => e.name)).size === list.length, "name each employer once"),
  learningResources: z.array(learningResourceSchema).min(4).max(10),
  faq: z
    .array(z.object({ question: text(10, 160), answer: text(60, 1200) }))
    .min(3)
    .max(8),
  /** Where the facts on this page come from, shown on the page. */
  sources: z.array(z.object({ label: text(3, 200), url: printedUrl.optional() })).min(1),
  updatedAt: z.iso.date(),
});

export type CuratedOccupation = z.input<typeof curatedOccupationSchema>;
export type ParsedOccupation = z.output<typeof curatedOccupationSchema>;
