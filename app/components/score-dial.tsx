import { colors, fonts, riskColors } from "../../lib/design-tokens";
import type { RiskLevel } from "../../domain/risk";

/** Semicircular gauge for a 0–100 score, drawn as plain SVG. */
export function ScoreDial({ score, risk, label }: { score: number; risk: RiskLevel; label: string }) {
  const radius = 52;
  const circumference = Math.PI * radius;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * circumference;
  return (
    <svg viewBox="0 0 128 76" className="w-40" role="img" aria-label={`${label}: ${score} out of 100`}>
      <path d="M12 66 A52 52 0 0 1 116 66" fill="none" stroke={colors.line} strokeWidth="12" strokeLinecap="round" />
      <path
        d="M12 66 A52 52 0 0 1 116 66"
        fill="none"
        stroke={riskColors[risk].fg}
        strokeWidth="12"
        strokeLinecap="round"
        strokeDasharray={`${filled} ${circumference}`}
      />
      <text x="64" y="60" textAnchor="middle" fontSize="30" fontWeight="700" fill={colors.ink} fontFamily={fonts.serif}>
        {score}
      </text>
      <text x="64" y="74" textAnchor="middle" fontSize="10" fill={colors.muted}>
        out of 100
      </text>
    </svg>
  );
}
