export const RISK_LEVELS = ["high", "medium", "low"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Risk bands used wherever a task or an occupation is coloured: high ≥ 60, medium 30–59, low < 30. */
export function riskForExposure(exposure: number): RiskLevel {
  if (exposure >= 60) return "high";
  if (exposure >= 30) return "medium";
  return "low";
}
