/**
 * The stored JSON shapes of an occupation's report (occupations.content): written by the seed and
 * the importer, read by the web report and the Blueprint. Types only; db/schema.ts types its column
 * with them and pdf/ reads them from here.
 */

/** A report's written window to act (the assessment computes a person's own: WindowToAct in scoring.ts). */
export type ContentWindowToAct = { label: string; detail: string };

export type TimelineEra = { period: string; title: string; body: string };

export type SalaryBand = {
  currency: "GBP";
  p25: number;
  median: number;
  p75: number;
  source: string;
  sourceUrl?: string;
  year: number;
  /** The fields below arrived with issue 16; content stored before then lacks them. */
  period?: string;
  reviewedOn?: string;
  roundedTo?: number;
  sampleSize?: number;
  outsideLondonMedian?: number;
  /** By UK region (domain/regions ids), where the source publishes them. */
  regions?: { region: string; p25: number; median: number; p75: number; sourceUrl?: string; period?: string; sampleSize?: number }[];
  regionalNote?: string;
};

export type Employer = {
  name: string;
  sector: string;
  location: string;
  /** domain/regions ids; absent in content stored before issue 16. */
  regions?: string[];
  remote?: boolean;
  careersUrl?: string;
  eligibility?: string | null;
  /** Sites across the UK (sector employers of imported roles): listed after the buyer's region, before remote-friendly ones. */
  nationwide?: boolean;
  /** Sector employers: the roles it typically hires for, one line. */
  hiresFor?: string;
};

export type LearningResourceRef = {
  title: string;
  provider: string;
  kind: "course" | "certification" | "book" | "guide";
  skills: string[];
  approxHours: number;
  approxCostGbp: number;
  url: string;
  /** Who it suits; absent in content stored before it was curated. */
  level?: "foundation" | "intermediate" | "advanced";
};

export type FaqEntry = { question: string; answer: string };

export type SourceRef = { label: string; url?: string };

/**
 * Research figures kept for an imported occupation (db/import), shown on its report with the
 * attribution the data's licences require. Counts are of O*NET task statements by exposure label.
 */
export type ImportedResearch = {
  onetSocCode: string;
  taskLabels: { e0: number; e1: number; e2: number };
  /** Occupation-level β from the paper's own file (0–1), human and GPT-4 ratings. */
  humanBeta: number;
  gptBeta: number;
  /** Tomlinson et al. (2025) AI applicability (0–1) for the 6-digit SOC, when that file was given. */
  aiApplicability?: number;
  jobZone?: number;
  /**
   * Set when O*NET publishes no skill ratings for the role: its stored skills are estimated from
   * these occupations (titles, most alike work first; domain/estimated-skills.ts).
   */
  skillsEstimatedFrom?: string[];
};

/**
 * Narrative fields of a report. Kept as one JSON document because they are read and written as a
 * whole with the occupation and never queried inside; imported occupations leave most of it out.
 */
export type OccupationContent = {
  exposureLabel?: string;
  windowToAct?: ContentWindowToAct;
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
  learningResources?: LearningResourceRef[];
  faq?: FaqEntry[];
  sources?: SourceRef[];
  research?: ImportedResearch;
};
