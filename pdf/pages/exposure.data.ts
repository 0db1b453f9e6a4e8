import { ALL_WORKERS_EXPOSURE, describeVsAllWorkers } from "../../domain/benchmarks";
import { riskForExposure, type RiskLevel } from "../../domain/risk";
import type { BlueprintModel } from "../blueprint-model";
import { clip, plural, points } from "../format";

/** Curated roles have 8 tasks; imported O*NET roles up to 40, which would not fit the sheet as bars. */
const MAX_BARS = 12;

/** A risk band colours the person's own bar; the two references keep fixed colours. */
export type BarTone = RiskLevel | "occupation" | "reference";
export type ComparisonBar = { label: string; value: number; tone: BarTone };
export type ContributionBar = { position: number; name: string; detail: string; points: number; pointsText: string; risk: RiskLevel };

export type ExposureData = {
  title: string;
  occupationTitle: string;
  comparison: ComparisonBar[];
  timeWeighted: number;
  personalScore: number;
  adjustment: string;
  adjustmentReason: string;
  contributions: ContributionBar[];
  /** The smallest contributions left out of the chart, counted so the total still adds up. */
  notDrawn: { count: number; points: string } | null;
  /** Right end of the contribution bars' scale; at least 10 so a flat week does not fill the width. */
  scaleMax: number;
  top: { name: string; points: string } | null;
  vsAllWorkers: string;
};

export function selectExposurePage(model: BlueprintModel): ExposureData {
  const { outcome, occupation } = model.input;
  const adj = outcome.seniorityAdjustment;
  const ranked = [...outcome.contributions].sort((a, b) => b.points - a.points);
  const top = ranked[0];
  const rest = ranked.slice(MAX_BARS);
  return {
    title: `${outcome.personalScore} out of 100: ${describeVsAllWorkers(outcome.personalScore).toLowerCase()}`,
    occupationTitle: occupation.title,
    comparison: [
      { label: "You", value: outcome.personalScore, tone: riskForExposure(outcome.personalScore) },
      { label: `Typical ${occupation.title}`, value: outcome.occupationScore, tone: "occupation" },
      { label: "All workers", value: ALL_WORKERS_EXPOSURE, tone: "reference" },
    ],
    timeWeighted: outcome.timeWeighted,
    personalScore: outcome.personalScore,
    adjustment: adj === 0 ? "with no seniority adjustment" : `${adj > 0 ? "plus" : "minus"} ${Math.abs(adj)} points for your seniority`,
    adjustmentReason:
      adj > 0 ? "Junior roles carry more of the routine part of each task, which AI does best." : adj < 0 ? "Senior roles spend more of each task on judgement, which AI helps least with." : "",
    contributions: ranked.slice(0, MAX_BARS).map((c) => ({
      position: c.position,
      name: clip(c.name, 48),
      detail: `${c.sharePercent}% of your week × exposure ${c.exposure}`,
      points: c.points,
      pointsText: points(c.points),
      risk: c.risk,
    })),
    notDrawn: rest.length ? { count: rest.length, points: plural(Math.round(rest.reduce((sum, c) => sum + c.points, 0) * 10) / 10, "point") } : null,
    scaleMax: Math.max(10, ...ranked.map((c) => c.points)),
    top: top ? { name: top.name, points: plural(top.points, "point") } : null,
    vsAllWorkers: occupation.content.vsAllWorkers ? clip(occupation.content.vsAllWorkers, 320) : "",
  };
}
