/**
 * The "all workers" reference on our exposure scale: the mean human-rated β exposure across the
 * 923 O*NET occupations in Eloundou et al. (2024), computed by us from the paper's public data
 * (occ_level.csv, human_rating_beta, mean 0.303). β counts a task as 100 when an LLM alone halves
 * its time, 50 when LLM-powered tools are needed, 0 otherwise — the same scale as our scores.
 */
export const ALL_WORKERS_EXPOSURE = 30;
export const ALL_WORKERS_SOURCE =
  "Mean human-rated β exposure across 923 O*NET occupations, Eloundou et al. (2024), “GPTs are GPTs”, Science 384(6702); computed by Career Pivot.";

export type ExposureBand = "high" | "moderate" | "low";

/** Words for a 0–100 score relative to all workers. */
export function describeVsAllWorkers(score: number): string {
  const diff = score - ALL_WORKERS_EXPOSURE;
  if (diff >= 15) return "Well above the average worker";
  if (diff >= 5) return "Above the average worker";
  if (diff > -5) return "Close to the average worker";
  return "Below the average worker";
}
