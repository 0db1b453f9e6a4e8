import indefinite from "indefinite";
import { describeVsAllWorkers } from "../../domain/benchmarks";
import type { BlueprintModel } from "../blueprint-model";
import { plural } from "../format";

export type Step = { title: string; body: string };

export const RESILIENCE_LABEL = {
  resilient: "Resilient move",
  positive: "Positive direction",
  similar: "Similar exposure",
  "more-exposed": "More exposed",
} as const;

/** The three moves that matter most for this person, in the order they should make them. */
export function threeSteps(model: BlueprintModel): Step[] {
  const { input, automate, grow, pivots, plan } = model;
  const steps: Step[] = [];
  if (automate && automate.exposure >= 30) {
    const tools = automate.aiTools.slice(0, 2).join(" or ");
    steps.push({
      title: `Hand “${automate.name}” to AI tools`,
      body: `It takes about ${automate.sharePercent}% of your week and scores ${automate.exposure} for exposure. Let ${tools} draft it, review what they produce, and put the hours you save into the plan below.`,
    });
  } else if (grow) {
    steps.push({
      title: "Keep your week where it is strongest",
      body: `Little of your time goes on highly exposed work. Protect that: keep building on “${grow.name}”, which AI touches least.`,
    });
  }
  const first = pivots[0];
  const gap = model.firstPivotGaps[0];
  if (first && gap) {
    steps.push({
      title: `Close your biggest gap: ${gap.skill}`,
      body: `${first.pivot.title} is your strongest pivot at ${indefinite(`${first.pivot.matchPercent}%`)} skill match. ${gap.skill} matters most to it (importance ${gap.importance}/100, level ${gap.requiredLevel} needed${gap.yourLevel ? `, you are at ${gap.yourLevel}` : ""}), so weeks ${plan.focus[0]?.weeks.join(", ")} of your plan go to it.`,
    });
  } else if (first) {
    steps.push({ title: `Evidence your fit for ${first.pivot.title}`, body: `Your skills already meet its requirements. Use the portfolio project to show it.` });
  }
  const goal = input.answers.goals.goal;
  const kindWanted = goal === "adjacent" ? "adjacent" : goal === "cross-domain" ? "cross-domain" : null;
  const goalPivot = kindWanted ? pivots.find((p) => p.pivot.kind === kindWanted) : null;
  if (goal === "future-proof" && grow) {
    steps.push({
      title: `Grow “${grow.name}”`,
      body: `You told us you want to future-proof your role. This task scores ${grow.exposure} for exposure: ask for more of it, and make it what you are known for.`,
    });
  } else if (goalPivot && kindWanted) {
    steps.push({
      title: `Test the move to ${goalPivot.pivot.title}`,
      body: `You want ${indefinite(kindWanted)} move. Talk to two people in the role before day 30 and build the portfolio project, “${plan.project.title}”, to test it cheaply.`,
    });
  }
  steps.push({
    title: `Protect ${plural(plan.hoursPerWeek, "hour")} a week for twelve weeks`,
    body: `That is ${plan.totalHours} hours in all. Book them in your calendar now; the plan on pages 10–12 says what to do with each one.`,
  });
  return steps.slice(0, 3);
}

export type SummaryPivotRow = { targetId: number; rank: number; title: string; match: string; exposure: string; resilience: string };

export type SummaryData = {
  personalScore: number;
  comparedToAll: string;
  versus: string;
  occupationTitle: string;
  occupationScore: number;
  window: string;
  steps: Step[];
  pivots: SummaryPivotRow[];
};

export function selectSummaryPage(model: BlueprintModel): SummaryData {
  const { outcome, occupation } = model.input;
  const diff = outcome.personalScore - outcome.occupationScore;
  return {
    personalScore: outcome.personalScore,
    comparedToAll: describeVsAllWorkers(outcome.personalScore).toLowerCase(),
    versus: diff === 0 ? "the same as" : diff > 0 ? `${diff} points above` : `${-diff} points below`,
    occupationTitle: occupation.title,
    occupationScore: outcome.occupationScore,
    window: outcome.window.label.toLowerCase(),
    steps: threeSteps(model),
    pivots: model.pivots.map(({ pivot, resilience }, i) => ({
      targetId: pivot.targetId,
      rank: i + 1,
      title: pivot.title,
      match: `${pivot.matchPercent}% match`,
      exposure: `exposure ${pivot.exposureScore}`,
      resilience: RESILIENCE_LABEL[resilience],
    })),
  };
}
