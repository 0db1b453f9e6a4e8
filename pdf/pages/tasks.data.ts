import { taskHeading } from "../../domain/task-label";
import type { BlueprintModel } from "../blueprint-model";
import { clip } from "../format";

export type Verdict = { label: "Automate" | "Keep" | "Grow"; advice: string };

/** Same bands as the risk colours: hand over what AI does well, grow what it touches least. */
export function verdictFor(exposure: number, sharePercent: number): Verdict {
  if (exposure >= 60)
    return {
      label: "Automate",
      advice: sharePercent >= 15 ? "Let AI draft it; you review. Biggest time saving." : "Let AI draft it; you review.",
    };
  if (exposure >= 30) return { label: "Keep", advice: "Keep it, with AI as an assistant for the routine parts." };
  return { label: "Grow", advice: sharePercent >= 15 ? "Core of your future value: deepen it." : "Ask for more of this work." };
}

/** Curated roles have 8 tasks with short names; imported O*NET roles up to 40 long task statements. */
const MAX_ROWS = 10;
const MAX_NAME = 120;

export type TaskRow = {
  position: number;
  name: string;
  description: string;
  share: number;
  exposure: number;
  tools: string;
  verdict: Verdict;
};
export type VerdictSummary = { label: Verdict["label"]; share: number; tasks: number; text: string };
export type TasksData = {
  intro: string;
  rows: TaskRow[];
  notListed: { count: number; share: number } | null;
  /** The week split by verdict, with what the plan does about each; empty for schema-limit content. */
  summary: VerdictSummary[];
};

const plural = (n: number, one: string) => `${n} ${n === 1 ? one : `${one}s`}`;

/** How much of the week each verdict covers, and where the plan acts on it. */
function verdictSummary(model: BlueprintModel, rows: readonly TaskRow[]): VerdictSummary[] {
  const automated = model.plan.weeks.filter((w) => w.actions.some((a) => a.kind === "automate")).map((w) => w.week);
  const weeks = (list: number[]) =>
    list.length === 1 ? `week ${list[0]}` : `weeks ${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
  const grow = model.plan.weeks.find((w) => w.actions.some((a) => a.kind === "grow"))?.week;
  const text: Record<Verdict["label"], string> = {
    Automate: automated.length
      ? `Your plan puts AI tools to work on these in ${weeks(automated)}, with your review.`
      : "Let AI tools draft these and review what they produce.",
    Keep: "Keep doing these yourself, with AI for the routine parts.",
    Grow: grow ? `Week ${grow} of your plan asks for more of this work.` : "The work AI touches least: take more of it.",
  };
  return (["Automate", "Keep", "Grow"] as const).map((label) => {
    const mine = rows.filter((r) => r.verdict.label === label);
    return {
      label,
      share: mine.reduce((sum, r) => sum + r.share, 0),
      tasks: mine.length,
      text: `${plural(mine.length, "task")}. ${text[label]}`,
    };
  });
}

export function selectTasksPage(model: BlueprintModel): TasksData {
  const { occupation, answers } = model.input;
  const shares = new Map(answers.tasks.shares.map((t) => [t.position, t.sharePercent]));
  // Shares add up to 100 unless the person asked us to scale them, so each is taken of their own total.
  const total = [...shares.values()].reduce((a, b) => a + b, 0) || 1;
  const shareOf = (position: number) => shares.get(position) ?? 0;
  // When they do not all fit, the tasks taking most of the week are listed, still in catalogue order.
  const listed = new Set(
    [...occupation.tasks]
      .sort((a, b) => shareOf(b.position) - shareOf(a.position) || a.position - b.position)
      .slice(0, MAX_ROWS)
      .map((t) => t.position),
  );
  const hidden = occupation.tasks.filter((t) => !listed.has(t.position));
  const data = {
    intro: occupation.content.tasksIntro ? `${occupation.content.tasksIntro} ` : "",
    notListed: hidden.length
      ? { count: hidden.length, share: Math.round((hidden.reduce((sum, t) => sum + shareOf(t.position), 0) * 100) / total) }
      : null,
    rows: occupation.tasks
      .filter((t) => listed.has(t.position))
      .map((t) => {
        const share = Math.round((shareOf(t.position) * 100) / total);
        return {
          position: t.position,
          // A longer O*NET statement keeps its longest clean head, not a sentence cut off mid-clause.
          name: t.name.length <= MAX_NAME ? t.name : `${taskHeading(t.name, MAX_NAME)}.`,
          description: clip(t.description, model.roomy ? 200 : 140),
          share,
          exposure: t.exposure,
          tools: t.aiTools.slice(0, 3).join(", "),
          verdict: verdictFor(t.exposure, share),
        };
      }),
  };
  return { ...data, summary: model.roomy && !data.notListed ? verdictSummary(model, data.rows) : [] };
}
