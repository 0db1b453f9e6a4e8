/**
 * How an imported task's exposure is worded: the label human annotators gave it in Eloundou et
 * al. (2024), not a percentage. A task is E1, E2 or E0; the 100/50/0 the importer stores for it is
 * only the β weighting used to average tasks into the occupation's score (ADR 009).
 */
import type { RiskLevel } from "./risk";

export type ExposureLabelCode = "E0" | "E1" | "E2";

export const EXPOSURE_LABEL_TEXT: Record<ExposureLabelCode, string> = {
  E1: "Direct exposure (an LLM alone could halve the time)",
  E2: "Exposed with LLM-powered tools",
  E0: "Not exposed",
};

/** What each label means, for the line above an imported report's task table. */
export const EXPOSURE_LABELS_EXPLAINED =
  "Each task carries the label human annotators gave it in Eloundou et al. (2024). Direct exposure (E1): a large language model " +
  "alone could cut the time the task takes at least in half. Exposed with LLM-powered tools (E2): it could, once software built " +
  "on such a model is in place. Not exposed (E0): neither would save that much time. The occupation's score averages its tasks " +
  "with E1 = 100, E2 = 50 and E0 = 0; a single task's label is not a percentage of it done by AI.";

/** The label behind an imported task's stored weight (100 → E1, 50 → E2, 0 → E0); null for other values. */
export function exposureLabelOf(exposure: number): ExposureLabelCode | null {
  return exposure === 100 ? "E1" : exposure === 50 ? "E2" : exposure === 0 ? "E0" : null;
}

export const LABEL_RISK: Record<ExposureLabelCode, RiskLevel> = { E1: "high", E2: "medium", E0: "low" };
