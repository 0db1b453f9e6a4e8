import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const riskLevel = pgEnum("risk_level", ["high", "medium", "low"]);
export const occupationOrigin = pgEnum("occupation_origin", ["curated", "imported"]);
export const pivotKind = pgEnum("pivot_kind", ["adjacent", "cross-domain"]);

export type WindowToAct = { label: string; detail: string };
export type TimelineEra = { period: string; title: string; body: string };
export type SalaryBand = {
  currency: "GBP";
  p25: number;
  median: number;
  p75: number;
  source: string;
  sourceUrl?: string;
  year: number;
};
export type Employer = { name: string; sector: string; location: string };
export type FaqEntry = { question: string; answer: string };
export type SourceRef = { label: string; url?: string };

/**
 * Narrative fields of a report. Kept as one JSON document because they are read and written as a
 * whole with the occupation and never queried inside; imported occupations leave most of it out.
 */
export type OccupationContent = {
  exposureLabel?: string;
  windowToAct?: WindowToAct;
  vsAllWorkers?: string;
  outlook?: string;
  tasksIntro?: string;
  timelineIntro?: string;
  timeline?: TimelineEra[];
  verdict?: string;
  comparisonBlurb?: string;
  pivotIntro?: string;
  salary?: SalaryBand;
  employers?: Employer[];
  faq?: FaqEntry[];
  sources?: SourceRef[];
};

export const occupations = pgTable(
  "occupations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    pluralTitle: text("plural_title").notNull(),
    sector: text("sector").notNull(),
    socCode: text("soc_code"),
    origin: occupationOrigin("origin").notNull(),
    alternateTitles: text("alternate_titles").array().notNull().default(sql`'{}'::text[]`),
    summary: text("summary").notNull(),
    exposureScore: integer("exposure_score").notNull(),
    content: jsonb("content").$type<OccupationContent>().notNull(),
    contentUpdatedAt: timestamp("content_updated_at", { withTimezone: true, mode: "date" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    check("occupations_exposure_range", sql`${t.exposureScore} between 0 and 100`),
    index("occupations_exposure_idx").on(t.exposureScore),
  ],
);

export const occupationTasks = pgTable(
  "occupation_tasks",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    risk: riskLevel("risk").notNull(),
    exposure: integer("exposure").notNull(),
    aiTools: text("ai_tools").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.position] }),
    check("occupation_tasks_exposure_range", sql`${t.exposure} between 0 and 100`),
  ],
);

export const occupationSkills = pgTable(
  "occupation_skills",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    importance: integer("importance").notNull(),
    level: integer("level").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.occupationId, t.skill] }),
    check("occupation_skills_importance_range", sql`${t.importance} between 0 and 100`),
    check("occupation_skills_level_range", sql`${t.level} between 1 and 5`),
  ],
);

/** Computed from skill profiles whenever the catalogue changes; never typed in. */
export const occupationPivots = pgTable(
  "occupation_pivots",
  {
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    rank: integer("rank").notNull(),
    targetId: integer("target_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "cascade" }),
    kind: pivotKind("kind").notNull(),
    matchPercent: integer("match_percent").notNull(),
    rankScore: real("rank_score").notNull(),
    skillsHeld: text("skills_held").array().notNull(),
    skillsNeeded: text("skills_needed").array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.rank] }), index("occupation_pivots_target_idx").on(t.targetId)],
);

export type Occupation = typeof occupations.$inferSelect;
export type OccupationTask = typeof occupationTasks.$inferSelect;
export type OccupationSkill = typeof occupationSkills.$inferSelect;
export type OccupationPivot = typeof occupationPivots.$inferSelect;

/**
 * An assessment in progress. The browser holds only a random token in a cookie; the database
 * keeps its SHA-256, so neither a leaked table nor a log line can resume someone's draft.
 */
export const assessmentDrafts = pgTable("assessment_drafts", {
  id: uuid("id").primaryKey().defaultRandom(),
  tokenHash: text("token_hash").notNull().unique(),
  occupationId: integer("occupation_id")
    .notNull()
    .references(() => occupations.id, { onDelete: "cascade" }),
  answers: jsonb("answers").$type<DraftAnswers>().notNull().default({}),
  resultId: uuid("result_id"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

export type DraftAnswers = {
  experience?: { years: number; seniority: "junior" | "mid" | "senior" | "lead" };
  tasks?: { shares: { position: number; sharePercent: number }[]; normalised: boolean };
  skills?: { ratings: { skill: string; rating: number }[] };
  goals?: { goal: "future-proof" | "adjacent" | "cross-domain"; hoursPerWeek: number; region: string };
};

/** A completed assessment: answers and the outcome computed once, with the scoring version. */
export const assessmentResults = pgTable(
  "assessment_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    tokenHash: text("token_hash").notNull().unique(),
    occupationId: integer("occupation_id")
      .notNull()
      .references(() => occupations.id, { onDelete: "restrict" }),
    scoringVersion: text("scoring_version").notNull(),
    answers: jsonb("answers").$type<Required<DraftAnswers>>().notNull(),
    outcome: jsonb("outcome").$type<AssessmentOutcome>().notNull(),
    email: text("email"),
    emailConsentAt: timestamp("email_consent_at", { withTimezone: true, mode: "date" }),
    emailConsentText: text("email_consent_text"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("assessment_results_created_idx").on(t.createdAt)],
);

/** Stored exactly as computed; reading a result never recomputes it. */
export type AssessmentOutcome = {
  personalScore: number;
  occupationScore: number;
  risk: "high" | "medium" | "low";
  timeWeighted: number;
  seniorityAdjustment: number;
  contributions: { position: number; name: string; exposure: number; sharePercent: number; points: number; risk: "high" | "medium" | "low" }[];
  window: { band: string; label: string; detail: string };
  pivots: {
    targetId: number;
    slug: string;
    title: string;
    kind: "adjacent" | "cross-domain";
    matchPercent: number;
    exposureScore: number;
    skillsHeld: string[];
    /** `assumed`: not asked in the assessment, so taken as the occupation's typical level. */
    topGaps: { skill: string; yourLevel: number; requiredLevel: number; importance: number; assumed: boolean }[];
  }[];
};

export type AssessmentDraft = typeof assessmentDrafts.$inferSelect;
export type AssessmentResult = typeof assessmentResults.$inferSelect;
