/**
 * Which learning resource fits which buyer: its level (from the catalogue when it says, else from
 * its title), whether it suits the buyer's level in the skill and their seniority, and whether the
 * skill is really its subject. Pure; the plan engine calls these.
 */

export type ResourceLevel = "foundation" | "intermediate" | "advanced";
export type ResourceKind = "course" | "certification" | "book" | "guide";

/** A named course, certification, book or guide from the curated catalogue. */
export type PlanResource = {
  title: string;
  provider: string;
  kind?: ResourceKind;
  skills: readonly string[];
  approxHours: number;
  approxCostGbp: number;
  url?: string;
  level?: ResourceLevel;
};

const FOUNDATION =
  /\b(fundamentals|foundation|associate|getting started|introduction|intro to|certified in cybersecurity|security\+|learn\b|basics|essentials|practitioner)/i;
const ADVANCED = /(– professional|\bprofessional (cloud|data)|\bspecialty|\bexpert|\badvanced)/i;

/** The catalogue's level when given; otherwise read from the title ("Associate", "Fundamentals" = foundation). */
export function resourceLevel(r: Pick<PlanResource, "title" | "level">): ResourceLevel {
  if (r.level) return r.level;
  if (ADVANCED.test(r.title)) return "advanced";
  if (FOUNDATION.test(r.title)) return "foundation";
  return "intermediate";
}

export type Seniority = "junior" | "mid" | "senior" | "lead";

/**
 * Whether a resource is pitched at this buyer: no foundation material for someone already at
 * working level (3+) in the skill, no entry-level certificate for a senior or lead, and nothing
 * advanced for someone new to the skill.
 */
export function suits(r: PlanResource, yourLevel: number, seniority: Seniority): boolean {
  const level = resourceLevel(r);
  if (level === "foundation") {
    if (yourLevel >= 3) return false;
    if ((seniority === "senior" || seniority === "lead") && (r.kind === "certification" || yourLevel >= 2)) return false;
  }
  if (level === "advanced" && yourLevel <= 1) return false;
  return true;
}

/**
 * Whether the resource teaches the skill: its main subject, or a secondary subject of a book,
 * course or guide. A certificate examines its main subject; listing it for a side topic (an
 * entry-level security certificate for "Networking") misleads.
 */
export function teaches(r: PlanResource, skill: string): boolean {
  if (r.skills[0] === skill) return true;
  return r.skills.includes(skill) && r.kind !== "certification";
}

export const costText = (gbp: number) => (gbp === 0 ? "free" : `about £${gbp.toLocaleString("en-GB")}`);
