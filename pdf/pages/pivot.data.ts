import type { BlueprintModel, PivotView } from "../blueprint-model";
import { clip, money } from "../format";
import { RESILIENCE_LABEL } from "./summary.data";

const HELD_SHOWN = 5;
const KEEP_TASKS = 3;
const EMPLOYERS_NAMED = 4;

export function salaryChange(model: BlueprintModel, view: PivotView): string {
  const from = model.input.occupation.content.salary;
  const to = view.target?.content.salary;
  if (!to) return `We hold no UK salary band for ${view.pivot.title} yet.`;
  if (!from) return `Median ${money(to.median)} (${to.source}, ${to.year}); we hold no band for your current role to compare.`;
  const diff = to.median - from.median;
  const pct = Math.round((diff * 100) / from.median);
  const dir = diff === 0 ? "the same median as" : `${money(Math.abs(diff))} (${Math.abs(pct)}%) ${diff > 0 ? "more" : "less"} at the median than`;
  return `${money(to.p25)}–${money(to.p75)}, median ${money(to.median)}: ${dir} your current role (${money(from.median)}).`;
}

export function levelText(level: number, assumed: boolean) {
  if (level === 0) return "not part of your current role";
  return assumed ? `level ${level}, typical of your role` : `you rated ${level}`;
}

export type PivotGap = { skill: string; requiredLevel: number; yours: string };
export type KeepTask = { position: number; name: string; description: string; exposure: number };

export type PivotData = {
  kind: "pivot";
  kicker: string;
  title: string;
  match: string;
  exposure: string;
  exposureLabel: string;
  resilience: string;
  shift: string;
  summary: string | null;
  held: string[];
  gaps: PivotGap[];
  pay: string;
  keepTasks: KeepTask[];
  employers: string | null;
};

/** The page a missing pivot gets: staying in the role and growing its least exposed work. */
export type NoPivotData = { kind: "none"; kicker: string; title: string; grow: { name: string; exposure: number } | null; outlook: string | null };

export function selectPivotPage(model: BlueprintModel, index: number): PivotData | NoPivotData {
  const view = model.pivots[index];
  const { occupation } = model.input;
  if (!view) {
    const grow = model.grow;
    return {
      kind: "none",
      kicker: `Pivot path ${index + 1} of 3`,
      title: `Growing within ${occupation.title}`,
      grow: grow ? { name: grow.name, exposure: grow.exposure } : null,
      outlook: occupation.content.outlook ? clip(occupation.content.outlook, 400) : null,
    };
  }
  const { pivot, target, resilience } = view;
  const personal = model.input.outcome.personalScore;
  const employers = target?.content.employers ?? [];
  return {
    kind: "pivot",
    kicker: `Pivot path ${index + 1} of 3 · ${pivot.kind === "adjacent" ? "adjacent move" : "cross-domain move"}`,
    title: pivot.title,
    match: `${pivot.matchPercent}%`,
    exposure: String(pivot.exposureScore),
    exposureLabel: `exposure (yours: ${personal})`,
    resilience: RESILIENCE_LABEL[resilience],
    shift: `${Math.abs(personal - pivot.exposureScore)} points ${pivot.exposureScore <= personal ? "less" : "more"} exposed`,
    summary: target ? clip(target.summary, 380) : null,
    held: pivot.skillsHeld.slice(0, HELD_SHOWN),
    gaps: pivot.topGaps.map((g) => ({ skill: g.skill, requiredLevel: g.requiredLevel, yours: levelText(g.yourLevel, g.assumed) })),
    pay: salaryChange(model, view),
    // The target's least exposed work: what stays human after the move.
    keepTasks: target
      ? [...target.tasks]
          .sort((a, b) => a.exposure - b.exposure)
          .slice(0, KEEP_TASKS)
          .map((t) => ({ position: t.position, name: t.name, description: clip(t.description, 120), exposure: t.exposure }))
      : [],
    employers: employers.length ? employers.slice(0, EMPLOYERS_NAMED).map((e) => e.name).join(", ") : null,
  };
}
