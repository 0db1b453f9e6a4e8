import { colors, riskColors } from "../../lib/design-tokens";
import { exposureLabelOf, type ExposureLabelCode } from "../../domain/exposure-labels";
import type { RiskLevel } from "../../domain/risk";

type Row = { position: number; name: string; sharePercent: number; exposure: number; points: number; risk: RiskLevel };

/**
 * How many points of the personal score each task accounts for (share of week × exposure). Bars
 * are SVG; labels are HTML so they wrap and stay legible on a phone. Numbers are always printed,
 * so colour is never the only signal. `labelled`: the tasks carry research labels (imported roles),
 * so a task's weight is named as its label, not as a percentage of it done by AI.
 */
export function ContributionChart({ rows, labelled = false }: { rows: Row[]; labelled?: boolean }) {
  const max = Math.max(1, ...rows.map((r) => r.points));
  const totalShare = rows.reduce((sum, r) => sum + r.sharePercent, 0) || 1;
  return (
    <figure>
      <figcaption className="sr-only">Points of your score from each task</figcaption>
      <ul className="space-y-3">
        {rows.map((r) => {
          const share = Math.round((r.sharePercent / totalShare) * 100);
          return (
            <li key={r.position}>
              <p className="flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="font-semibold">{r.name}</span>
                <span className="text-muted">
                  {share}% of your week × {labelled ? labelledWeight(r.exposure) : `${r.exposure}% exposure`} ={" "}
                  <strong className="text-ink">{r.points} points</strong>
                </span>
              </p>
              <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-3 w-full" aria-hidden="true">
                <rect x="0" y="0" width="100" height="6" rx="1" fill={colors.line} />
                <rect x="0" y="0" width={Math.max(0.5, (r.points / max) * 100)} height="6" rx="1" fill={riskColors[r.risk].fg} />
              </svg>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

const LABEL_WORDS: Record<ExposureLabelCode, string> = {
  E1: "direct exposure",
  E2: "exposed with LLM-powered tools",
  E0: "not exposed",
};

function labelledWeight(exposure: number): string {
  const label = exposureLabelOf(exposure);
  return label ? `${LABEL_WORDS[label]} (${label}, weighted ${exposure})` : `${exposure}% exposure`;
}
