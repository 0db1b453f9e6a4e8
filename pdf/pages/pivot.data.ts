import { exposureWords } from "../../domain/blueprint-paths";
import { HELD_COVERAGE } from "../../domain/pivots";
import { salaryBandById } from "../../domain/salary-bands";
import { gapsFor } from "../../domain/scoring";
import type { BlueprintModel, PathView } from "../blueprint-model";
import { clip, money } from "../format";

const HELD_SHOWN = 5;
const GAPS_SHOWN = 3;
const KEEP_TASKS = 3;
const EMPLOYERS_NAMED = 4;

export function salaryChange(model: BlueprintModel, path: PathView): string {
  const from = model.input.occupation.content.salary;
  const to = path.target?.content.salary;
  if (!to) return `We hold no UK salary band for ${path.title} yet.`;
  if (!from) return `Median ${money(to.median)} (${to.source}, ${to.year}); we hold no band for your current role to compare.`;
  const band = salaryBandById(model.input.answers.goals.salaryBand);
  if (band) {
    // The buyer told us their pay: compare with it, not with the role's median (a junior is not at it).
    const range = `${money(to.p25)}–${money(to.p75)}, median ${money(to.median)}`;
    const yours = `your current band (${band.label})`;
    if (band.max !== null && to.median > band.max) return `${range}: ${money(to.median - band.max)} more at the median than the top of ${yours}; page 13 has the detail.`;
    if (to.median < band.min) return `${range}: ${money(band.min - to.median)} less at the median than the bottom of ${yours}; page 13 has the detail.`;
    return `${range}: the median sits within ${yours}; page 13 has the detail.`;
  }
  const diff = to.median - from.median;
  const pct = Math.round((diff * 100) / from.median);
  const dir = diff === 0 ? "the same median as" : `${money(Math.abs(diff))} (${Math.abs(pct)}%) ${diff > 0 ? "more" : "less"} at the median than`;
  return `${money(to.p25)}–${money(to.p75)}, median ${money(to.median)}: ${dir} the median for your current role (${money(from.median)}, UK-wide; page 13 has the detail).`;
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
  reason: string;
  summary: string | null;
  held: string[];
  gaps: PivotGap[];
  pay: string;
  keepTasks: KeepTask[];
  employers: string | null;
};

/** Staying in the role: what to deepen, what to hand over and what to grow. */
export type StayData = {
  kind: "stay";
  kicker: string;
  title: string;
  match: string;
  exposure: string;
  reason: string;
  outlook: string | null;
  deepen: PivotGap[];
  handOver: { name: string; share: number; exposure: number; tools: string } | null;
  keepTasks: KeepTask[];
};

/** The page a missing path gets: fewer than three paths were found. */
export type NoPivotData = { kind: "none"; kicker: string; title: string; grow: { name: string; exposure: number } | null; outlook: string | null };

const keepTasksOf = (tasks: readonly { position: number; name: string; description: string; exposure: number }[]): KeepTask[] =>
  [...tasks]
    .sort((a, b) => a.exposure - b.exposure)
    .slice(0, KEEP_TASKS)
    .map((t) => ({ position: t.position, name: t.name, description: clip(t.description, 200), exposure: t.exposure }));

export function selectPivotPage(model: BlueprintModel, index: number): PivotData | StayData | NoPivotData {
  const path = model.paths[index];
  const { occupation, outcome } = model.input;
  const kicker = `Path ${index + 1} of 3`;
  if (!path) {
    const grow = model.grow;
    return {
      kind: "none",
      kicker,
      title: `Growing within ${occupation.title}`,
      grow: grow ? { name: grow.name, exposure: grow.exposure } : null,
      outlook: occupation.content.outlook ? clip(occupation.content.outlook, 400) : null,
    };
  }
  const personal = outcome.personalScore;
  if (path.kind === "stay") {
    const handOver = model.automate;
    return {
      kind: "stay",
      kicker: `${kicker} · stay and future-proof`,
      title: path.title,
      match: `${path.matchPercent}%`,
      exposure: String(personal),
      reason: path.reason,
      outlook: occupation.content.outlook ? clip(occupation.content.outlook, 400) : null,
      deepen: model.planGaps.slice(0, GAPS_SHOWN).map((g) => ({ skill: g.skill, requiredLevel: g.requiredLevel, yours: model.levelOf(g.skill).text })),
      handOver: handOver ? { name: handOver.name, share: handOver.sharePercent, exposure: handOver.exposure, tools: handOver.aiTools.slice(0, 3).join(", ") } : null,
      keepTasks: keepTasksOf(occupation.tasks),
    };
  }
  const target = path.target;
  const employers = target?.content.employers ?? [];
  const levels = target ? new Map(target.skills.map((s) => [s.skill, model.levelOf(s.skill).level])) : null;
  const gaps = target && levels ? gapsFor(levels, target.skills).slice(0, GAPS_SHOWN) : (path.view?.pivot.topGaps ?? []).slice(0, GAPS_SHOWN);
  const held = target && levels ? target.skills.filter((s) => (levels.get(s.skill) ?? 0) >= s.level * HELD_COVERAGE).sort((a, b) => b.importance - a.importance).map((s) => s.skill) : (path.view?.pivot.skillsHeld ?? []);
  return {
    kind: "pivot",
    kicker: `${kicker} · ${path.kind === "adjacent" ? "adjacent move" : "cross-domain move"}`,
    title: path.title,
    match: `${path.matchPercent}%`,
    exposure: String(path.exposureScore),
    exposureLabel: `exposure (yours: ${personal})`,
    resilience: path.label,
    shift: exposureWords(path.exposureDrop).replace(" than your week today", ""),
    reason: path.reason,
    summary: target ? clip(target.summary, 600) : null,
    held: held.slice(0, HELD_SHOWN),
    gaps: gaps.map((g) => ({ skill: g.skill, requiredLevel: g.requiredLevel, yours: model.levelOf(g.skill).text })),
    pay: salaryChange(model, path),
    // The target's least exposed work: what stays human after the move.
    keepTasks: target ? keepTasksOf(target.tasks) : [],
    employers: employers.length ? employers.slice(0, EMPLOYERS_NAMED).map((e) => e.name).join(", ") : null,
  };
}
