import { ALL_WORKERS_EXPOSURE, describeVsAllWorkers } from "../../domain/benchmarks";
import { riskForExposure, type RiskLevel } from "../../domain/risk";
import { taskLabelOf } from "../../domain/task-label";
import type { BlueprintModel } from "../blueprint-model";
import { clip, plural, points } from "../format";

/** Curated roles have 8 tasks; imported O*NET roles up to 40, which would not fit the sheet as bars. */
const MAX_BARS = 12;
/** A bar's label is one line beside it: the task's name, or the head of a long O*NET statement. */
const BAR_LABEL = 48;

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
  /** What moving time from the most exposed task to the least exposed one would do to the score; null when there is nothing to move. */
  whatIf: string | null;
};

const BAND_WORD = { high: "high", medium: "medium", low: "low" } as const;

/**
 * The score if AI tools halve the time the buyer's biggest contributor takes and the freed share
 * goes to the task AI touches least: the move the plan is built on, in the score's own arithmetic.
 */
export function whatIfText(model: BlueprintModel): string | null {
  const { outcome } = model.input;
  const from = model.automate;
  const to = model.grow;
  if (!from) {
    // Nothing the buyer spends time on is exposed: say where AI would arrive first in their role.
    const watch = [...model.tasks].sort((a, b) => b.exposure - a.exposure)[0];
    if (!watch || watch.exposure < 30) return null;
    return `Little of your week is work AI tools do well, which is why your score is ${outcome.personalScore}. It would rise if your role moved you onto “${watch.label}” (exposure ${watch.exposure}), the task where AI arrives first in your role: if that is asked of you, take the AI tools with it, as page 4 suggests.`;
  }
  if (!to || from === to || from.exposure <= to.exposure) return null;
  const moved = Math.round(from.sharePercent / 2);
  if (moved < 1) return null;
  const score = Math.round(
    Math.min(100, Math.max(0, outcome.timeWeighted - (moved * (from.exposure - to.exposure)) / 100 + outcome.seniorityAdjustment)),
  );
  if (score >= outcome.personalScore) return null;
  const before = riskForExposure(outcome.personalScore);
  const after = riskForExposure(score);
  const band = before === after ? `still ${BAND_WORD[after]} exposure` : `from ${BAND_WORD[before]} to ${BAND_WORD[after]} exposure`;
  const plan =
    model.planPath.kind === "stay"
      ? "Your plan starts with exactly this move."
      : "Your plan frees that time in its first weeks, and spends it on your move.";
  return `If AI tools halve the time “${from.label}” takes (${from.sharePercent}% of your week) and you move the ${moved}% freed to “${to.label}”, with the rest of your week as you gave it, your score falls from ${outcome.personalScore} to about ${score}, ${band}. ${plan}`;
}

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
      adj > 0
        ? "Junior roles carry more of the routine part of each task, which AI does best."
        : adj < 0
          ? "Senior roles spend more of each task on judgement, which AI helps least with."
          : "",
    contributions: ranked.slice(0, MAX_BARS).map((c) => ({
      position: c.position,
      name: taskLabelOf(c.name, { max: BAR_LABEL }),
      detail: `${c.sharePercent}% of your week × exposure ${c.exposure}`,
      points: c.points,
      pointsText: points(c.points),
      risk: c.risk,
    })),
    notDrawn: rest.length
      ? { count: rest.length, points: plural(Math.round(rest.reduce((sum, c) => sum + c.points, 0) * 10) / 10, "point") }
      : null,
    scaleMax: Math.max(10, ...ranked.map((c) => c.points)),
    // Quoted mid-sentence, so by the task's label rather than a statement of up to 332 characters.
    top: top
      ? { name: model.tasks.find((t) => t.position === top.position)?.label ?? top.name, points: plural(top.points, "point") }
      : null,
    vsAllWorkers: occupation.content.vsAllWorkers ? clip(occupation.content.vsAllWorkers, 320) : "",
    whatIf: model.roomy ? whatIfText(model) : null,
  };
}
