import { isOrderId, orderReference } from "../../domain/order-reference";
import { ALL_WORKERS_EXPOSURE, ALL_WORKERS_SOURCE } from "../../domain/benchmarks";
import { andList, HOURS_TO_REACH } from "../../domain/blueprint-plan";
import { ADJACENT_MATCH, EXPOSURE_WEIGHT, HELD_COVERAGE, RESILIENT_DROP, RESILIENT_MIN_MATCH } from "../../domain/pivots";
import { SENIORITY_ADJUSTMENT } from "../../domain/scoring";
import type { SourceRef } from "../../domain/occupation-content";
import { estimatedSkillsSource } from "../../domain/estimated-skills";
import type { BlueprintModel } from "../blueprint-model";
import { clip } from "../format";
import { toFontSafe } from "../text-safe";

const MAX_SOURCES = 10;
/** The catalogue's longest label is 92 characters; the schema allows 200, three lines each here. */
const MAX_LABEL = 200;

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? "0" : `-${-n}`);

export type MethodData = {
  scoringVersion: string;
  adjustment: { junior: string; mid: string; senior: string; lead: string };
  allWorkers: number;
  heldPercent: number;
  exposureWeight: number;
  adjacentMatch: number;
  /** Whether the page has room for the longer account of ranking and labels (not at the schema's limits). */
  full: boolean;
  resilientDrop: number;
  resilientMatch: number;
  /** "5, 10, 20, 40 and 80": hours of study and practice per level step, the plan's own figures. */
  levelHours: string;
  /** The all-workers reference comes first: every Blueprint uses it. */
  benchmarkSource: string;
  sources: SourceRef[];
  orderId: string;
};

/**
 * The current role's sources, then each pivot target's, each label once; first, for any of them
 * O*NET rates no skills for, that its skill levels are estimates (domain/estimated-skills.ts).
 */
export function sourcesOf(model: BlueprintModel): SourceRef[] {
  const roles = [model.input.occupation, ...model.pivots.flatMap((p) => (p.target ? [p.target] : []))];
  const estimated = roles.flatMap((o) =>
    o.content.research?.skillsEstimatedFrom?.length
      ? [{ label: estimatedSkillsSource(o.title, o.content.research.skillsEstimatedFrom.length) }]
      : [],
  );
  const all = [...estimated, ...roles.flatMap((o) => o.content.sources ?? [])];
  const seen = new Set<string>();
  return all
    .filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)))
    .slice(0, MAX_SOURCES)
    .map((r) => ({ ...r, label: clip(r.label, MAX_LABEL) }));
}

export function selectMethodPage(model: BlueprintModel): MethodData {
  const adj = SENIORITY_ADJUSTMENT;
  return {
    scoringVersion: model.input.scoringVersion,
    adjustment: { junior: signed(adj.junior), mid: signed(adj.mid), senior: signed(adj.senior), lead: signed(adj.lead) },
    allWorkers: ALL_WORKERS_EXPOSURE,
    heldPercent: Math.round(HELD_COVERAGE * 100),
    exposureWeight: EXPOSURE_WEIGHT,
    adjacentMatch: ADJACENT_MATCH,
    full: model.roomy,
    resilientDrop: RESILIENT_DROP,
    resilientMatch: RESILIENT_MIN_MATCH,
    levelHours: andList(Object.values(HOURS_TO_REACH).map(String)),
    benchmarkSource: toFontSafe(ALL_WORKERS_SOURCE),
    sources: sourcesOf(model),
    // The reference buyers quote (as on the cover and in the emails), not the raw order id.
    orderId: isOrderId(model.input.orderId) ? orderReference(model.input.orderId) : model.input.orderId,
  };
}
