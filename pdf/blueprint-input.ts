/**
 * Everything the Blueprint document renders from. Plain JSON-safe data (dates as ISO strings) so
 * it crosses into a render worker thread by structured clone, and so a stored input can be
 * re-rendered later exactly as it was.
 */
import type { OccupationContent } from "../domain/occupation-content";
import type { RiskLevel } from "../domain/risk";
import type { AssessmentOutcome, DraftAnswers } from "../domain/scoring";
import type { UsWages } from "../domain/us-wages";

export type BlueprintTask = {
  position: number;
  name: string;
  description: string;
  risk: RiskLevel;
  exposure: number;
  aiTools: string[];
};

export type BlueprintSkill = { skill: string; importance: number; level: number };

/** A UK qualification, licence, register or careers guide into a sector (the learning library's entry routes). */
export type EntryRoute = {
  title: string;
  provider: string;
  /** The library's format: "apprenticeship", "certification", "guide"… */
  format: string;
  hours: number;
  costGbp: number;
  /** The cost is a starting point ("from £…"). */
  costFrom: boolean;
  url: string;
  ukNote: string | null;
};

/** The UK industries whose employers stand in for a role without a curated employer list. */
export type EmployerSector = { code: string; title: string; ukIndustries: string };

export type BlueprintOccupation = {
  id: number;
  slug: string;
  title: string;
  pluralTitle: string;
  sector: string;
  summary: string;
  exposureScore: number;
  content: OccupationContent;
  /** By position. */
  tasks: BlueprintTask[];
  /** Most important first. */
  skills: BlueprintSkill[];
  /** The fields below arrived with issue 17 (imported roles on sale); inputs built before lack them. */
  origin?: "curated" | "imported";
  socCode?: string | null;
  /** Imported roles: US wages (BLS OEWS May 2021), used as ratios between two roles only. */
  usWages?: UsWages | null;
  /** Imported roles: the sector whose typical UK employers `content.employers` holds (not a curated list). */
  employerSector?: EmployerSector | null;
  /** Entry routes into this role's sector, for a move from another sector. */
  entryRoutes?: EntryRoute[];
};

export type BlueprintInput = {
  orderId: string;
  /** The buyer's email, or null when we hold none (the cover then says "Prepared for you"). */
  buyerEmail: string | null;
  /** When the order was paid (or created, before payment), ISO 8601. */
  orderDate: string;
  scoringVersion: string;
  answers: Required<DraftAnswers>;
  outcome: AssessmentOutcome;
  occupation: BlueprintOccupation;
  /** Target occupations of outcome.pivots (match by id); a target deleted since the assessment is absent. */
  pivotTargets: BlueprintOccupation[];
};

type OccupationParts = Omit<BlueprintOccupation, "tasks" | "skills"> & {
  tasks: readonly BlueprintTask[];
  skills: readonly BlueprintSkill[];
};

export function toBlueprintOccupation(o: OccupationParts): BlueprintOccupation {
  return {
    id: o.id,
    slug: o.slug,
    title: o.title,
    pluralTitle: o.pluralTitle,
    sector: o.sector,
    summary: o.summary,
    exposureScore: o.exposureScore,
    content: o.content,
    ...(o.origin ? { origin: o.origin } : {}),
    ...(o.socCode !== undefined ? { socCode: o.socCode } : {}),
    ...(o.usWages !== undefined ? { usWages: o.usWages } : {}),
    ...(o.employerSector !== undefined ? { employerSector: o.employerSector } : {}),
    ...(o.entryRoutes ? { entryRoutes: o.entryRoutes } : {}),
    tasks: [...o.tasks].sort((a, b) => a.position - b.position).map((t) => ({ ...t, aiTools: [...t.aiTools] })),
    skills: [...o.skills]
      .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
      .map((s) => ({ skill: s.skill, importance: s.importance, level: s.level })),
  };
}

export function buildBlueprintInput(parts: {
  orderId: string;
  buyerEmail: string | null;
  orderDate: Date;
  scoringVersion: string;
  answers: Required<DraftAnswers>;
  outcome: AssessmentOutcome;
  occupation: OccupationParts;
  targets: readonly OccupationParts[];
}): BlueprintInput {
  const byId = new Map(parts.targets.map((t) => [t.id, t]));
  return {
    orderId: parts.orderId,
    buyerEmail: parts.buyerEmail,
    orderDate: parts.orderDate.toISOString(),
    scoringVersion: parts.scoringVersion,
    answers: parts.answers,
    // A stored path keeps the title it had at assessment time (O*NET's plural for an imported
    // role); the document names each path as its role now reads (one person's job title).
    outcome: {
      ...parts.outcome,
      pivots: parts.outcome.pivots.map((p) => {
        const target = byId.get(p.targetId);
        return target ? { ...p, title: target.title } : p;
      }),
    },
    occupation: toBlueprintOccupation(parts.occupation),
    pivotTargets: parts.outcome.pivots.flatMap((p) => {
      const target = byId.get(p.targetId);
      return target ? [toBlueprintOccupation(target)] : [];
    }),
  };
}
