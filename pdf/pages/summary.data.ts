import { describeVsAllWorkers } from "../../domain/benchmarks";
import { exposureWords } from "../../domain/blueprint-paths";
import { andList } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { plural } from "../format";
import type { LongTermBlock, RoutesBlock } from "./entry-routes.data";
import { planBlocks } from "./plan.data";
import { verdictFor } from "./tasks.data";

export type Step = { title: string; body: string };

/** The three moves that matter most for this person, in the order they should make them. */
export function threeSteps(model: BlueprintModel): Step[] {
  const { automate, grow, plan, planPath, strongest } = model;
  const steps: Step[] = [];
  if (automate) {
    const tools = automate.aiTools.slice(0, 2).join(" or ") || "an AI assistant";
    // The same verdict as the task table on page 4, so the two pages never disagree.
    const hand = verdictFor(automate.exposure, automate.sharePercent).label === "Automate";
    steps.push({
      title: hand ? `Hand “${automate.label}” to AI tools` : `Use AI as an assistant on “${automate.label}”`,
      body: hand
        ? `It takes about ${automate.sharePercent}% of your week and scores ${automate.exposure} for exposure. Let ${tools} draft it, review what comes back, and put the hours you save into the plan.`
        : `It takes about ${automate.sharePercent}% of your week and scores ${automate.exposure} for exposure: keep it, but let ${tools} take its routine parts, and put the hours you save into the plan.`,
    });
  } else if (grow) {
    steps.push({
      title: "Keep your week where it is strongest",
      body: `Little of your time goes on exposed work. Protect that: keep building on “${grow.label}”, which AI touches least.`,
    });
  }
  const focus = plan.focus[0];
  if (planPath.kind === "stay") {
    if (focus) {
      steps.push({
        title: `Deepen ${focus.skill} in your role`,
        body: `${
          model.input.answers.goals.goal === "future-proof"
            ? "You asked to future-proof your role, so the plan keeps you in it."
            : model.paths.length > 1
              ? "No move we found lowers your exposure or pays more, so the plan keeps you in your role."
              : "We found no move that suits your skills yet, so the plan keeps you in your role."
        } ${focus.skill} is where your hours pay most (importance ${focus.importance}/100${focus.requiredLevel ? `, level ${focus.requiredLevel} to aim for, ${focus.yourLevel ? `you are at ${focus.yourLevel}` : "new to you"}` : ""}): weeks ${andList(focus.weeks.map(String))} of your plan go to it.`,
      });
    }
  } else if (focus) {
    const why = planPath.highestMatch
      ? `${planPath.title} is your plan's target and your highest skill match, at ${planPath.matchPercent}%.`
      : `${planPath.title} (${planPath.matchPercent}% match) is your plan's target ${
          planPath.kind === model.input.answers.goals.goal
            ? `as the ${planPath.kind} move you asked for`
            : `as the closest of your paths to the ${model.input.answers.goals.goal} move you asked for (none of them is one)`
        }${strongest ? `; your highest match overall is ${strongest.title}, at ${strongest.matchPercent}%` : ""}.`;
    steps.push({
      title: `Close your biggest gap: ${focus.skill}`,
      body: `${why} ${focus.skill} matters most to it (importance ${focus.importance}/100${focus.requiredLevel ? `, level ${focus.requiredLevel} needed, ${focus.yourLevel ? `you are at ${focus.yourLevel}` : "new to you"}` : ""}), so weeks ${andList(focus.weeks.map(String))} of your plan go to it.`,
    });
  }
  steps.push({
    title: `Protect ${plural(plan.hoursPerWeek, "hour")} a week for twelve weeks`,
    body: `That is ${plan.totalHours} hours in all. Book them in your calendar now; the plan on pages 10–12 says what to do with each one.`,
  });
  return steps.slice(0, 3);
}

export type SummaryPivotRow = {
  key: string;
  rank: number;
  title: string;
  match: string;
  exposure: string;
  resilience: string;
  reason: string;
};

export type SummaryData = {
  personalScore: number;
  comparedToAll: string;
  versus: string;
  occupationTitle: string;
  occupationScore: number;
  /** Completes "Your window to act: …". */
  window: string;
  steps: Step[];
  pivots: SummaryPivotRow[];
  /** What the plan produces by day 90, from its own milestone. */
  deliverables: string[];
  /** Imported roles: entry routes and long-term paths when no plan page has room for them (entry-routes.data.ts). */
  routes: RoutesBlock | null;
  longTerm: LongTermBlock | null;
};

export function selectSummaryPage(model: BlueprintModel): SummaryData {
  const { outcome, occupation } = model.input;
  const diff = outcome.personalScore - outcome.occupationScore;
  const blocks = planBlocks(model);
  return {
    personalScore: outcome.personalScore,
    comparedToAll: describeVsAllWorkers(outcome.personalScore).toLowerCase(),
    versus: diff === 0 ? "the same as" : `${plural(Math.abs(diff), "point")} ${diff > 0 ? "above" : "below"}`,
    occupationTitle: occupation.title,
    occupationScore: outcome.occupationScore,
    window: outcome.window.band === "now" ? "now" : outcome.window.label,
    steps: threeSteps(model),
    pivots: model.paths.map((p, i) => ({
      key: `${p.kind}-${p.targetId ?? "stay"}`,
      rank: i + 1,
      title: p.kind === "stay" ? `Stay: ${occupation.title}` : p.title,
      match: `${p.matchPercent}% match`,
      exposure: p.kind === "stay" ? `exposure ${p.exposureScore} now` : exposureWords(p.exposureDrop).replace(" than your week today", ""),
      resilience: p.label,
      reason: model.roomy ? p.reason : "",
    })),
    // The day-90 list repeats page 12's milestone: it gives way when a routes or long-term block
    // lands here, or page 2 runs onto a second sheet (a fixture role with one path did).
    deliverables:
      model.roomy && blocks.routes?.place !== "summary" && blocks.longTerm?.place !== "summary"
        ? (model.plan.milestones.find((m) => m.day === 90)?.checks ?? [])
        : [],
    routes: blocks.routes?.place === "summary" ? blocks.routes.block : null,
    longTerm: blocks.longTerm?.place === "summary" ? blocks.longTerm.block : null,
  };
}
