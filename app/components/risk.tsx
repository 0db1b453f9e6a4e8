import type { RiskLevel } from "../../domain/risk";

const styles: Record<RiskLevel, string> = {
  high: "bg-risk-high-soft text-risk-high border-risk-high/30",
  medium: "bg-risk-medium-soft text-risk-medium border-risk-medium/30",
  low: "bg-risk-low-soft text-risk-low border-risk-low/30",
};
const labels: Record<RiskLevel, string> = { high: "High", medium: "Medium", low: "Low" };

export function RiskBadge({ risk, suffix = "" }: { risk: RiskLevel; suffix?: string }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-xs font-semibold ${styles[risk]}`}>
      {labels[risk]}
      {suffix}
    </span>
  );
}

const barColour: Record<RiskLevel, string> = { high: "bg-risk-high", medium: "bg-risk-medium", low: "bg-risk-low" };

/** A labelled 0–100 bar; the number is always printed, so colour is never the only signal. */
export function ExposureBar({ value, risk, label }: { value: number; risk: RiskLevel; label: string }) {
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-full min-w-16 overflow-hidden rounded-full bg-line" role="img" aria-label={`${label}: ${value} out of 100`}>
        <div className={`h-full ${barColour[risk]}`} style={{ width: `${value}%` }} />
      </div>
      <span className="w-9 text-right text-sm font-semibold tabular-nums">{value}%</span>
    </div>
  );
}
