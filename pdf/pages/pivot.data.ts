import { exposureWords } from "../../domain/blueprint-paths";
import { orderGaps } from "../../domain/blueprint-plan";
import { HELD_COVERAGE } from "../../domain/pivots";
import { payPosition, salaryBandById } from "../../domain/salary-bands";
import { gapsFor } from "../../domain/scoring";
import type { BlueprintModel, PathView } from "../blueprint-model";
import { sortForRegion } from "../employer-order";
import { clip, money, regionPlace } from "../format";
import { pathPayLine, stayPayLine } from "./pay-ratio.data";
import { comparableMedians, figuresFor } from "./salary.data";

const HELD_SHOWN = 5;
const GAPS_SHOWN = 3;
const KEEP_TASKS = 3;
const EMPLOYERS_NAMED = 4;

export function salaryChange(model: BlueprintModel, path: PathView): string {
  const from = model.input.occupation.content.salary;
  const to = path.target?.content.salary;
  // No UK band (imported roles): the ratio of US medians, applied to the buyer's band (pay-ratio.data.ts).
  if (!to) return pathPayLine(model, path);
  if (!from) return `Median ${money(to.median)} (${to.source}, ${to.year}); we hold no band for your current role to compare.`;
  const band = salaryBandById(model.input.answers.goals.salaryBand);
  if (band) {
    // The buyer told us their pay: compare with it, not with the role's median (a junior is not at it).
    const range = `${money(to.p25)}–${money(to.p75)}, median ${money(to.median)}`;
    const yours = `your current band (${band.label})`;
    if (band.max !== null && to.median > band.max)
      return `${range}: ${money(to.median - band.max)} more at the median than the top of ${yours}; page 13 has the detail.`;
    if (to.median < band.min)
      return `${range}: ${money(band.min - to.median)} less at the median than the bottom of ${yours}; page 13 has the detail.`;
    return `${range}: the median sits within ${yours}; page 13 has the detail.`;
  }
  // The same basis as page 13: both for the buyer's region where both are published, else both UK-wide.
  const like = comparableMedians(from, to, model.input.answers.goals.region);
  const shown = like.regional ? figuresFor(to, model.input.answers.goals.region) : to;
  const diff = like.to - like.from;
  const pct = Math.round((diff * 100) / like.from);
  const range = `${money(shown.p25)}–${money(shown.p75)}, median ${money(shown.median)}${like.regional ? ` in ${regionPlace(model.input.answers.goals.region)}` : ""}`;
  if (diff === 0) return `${range}: the same median as your current role's (${like.scope}; page 13 has the detail).`;
  return `${range}: ${money(Math.abs(diff))} (${Math.abs(pct)}%) ${diff > 0 ? "more" : "less"} at the median than your current role's ${money(like.from)} (${like.scope}; page 13 has the detail).`;
}

/** `line` is what follows the skill's name: "level 4 needed; you rated 2". */
const LEVEL_PLACE = {
  junior: "nearer the lower quartile",
  mid: "around the middle",
  senior: "nearer the upper quartile",
  lead: "nearer the upper quartile",
} as const;
const BAND_PLACE = {
  below: "below the lower quartile: most adverts pay more, so staying can still mean a raise, here or with another employer",
  "lower-half": "between the lower quartile and the median",
  "upper-half": "between the median and the upper quartile",
  top: "at or above the median",
  above: "above the upper quartile: more than most adverts offer",
  straddles: "across most of the range",
} as const;

/** Staying: the role's band where the buyer lives (else UK-wide, said so) and where they sit in it. */
function stayPay(model: BlueprintModel): string {
  const { occupation, answers } = model.input;
  const band = occupation.content.salary;
  if (!band) return stayPayLine(model) ?? `We hold no salary band for ${occupation.title} yet.`;
  const f = figuresFor(band, answers.goals.region);
  const where = f.regional ? `in ${regionPlace(answers.goals.region)}` : "across the UK (we hold no figure for your region)";
  const own = salaryBandById(answers.goals.salaryBand);
  const place = own
    ? `Your band (${own.label}) sits ${BAND_PLACE[payPosition(own, f)]}.`
    : `The source does not split pay by seniority; at your level, expect pay ${LEVEL_PLACE[answers.experience.seniority]}.`;
  return `${occupation.title} adverts ${where}: ${money(f.p25)}–${money(f.p75)}, median ${money(f.median)}. ${place} Page 13 has the sources.`;
}

export type PivotGap = { skill: string; requiredLevel: number; yours: string; line: string };

/** "you rated 2" reads on its own; "level 2, from …" needs "you:" before it. */
const yourPart = (text: string) => (text.startsWith("you ") ? text : `you: ${text}`);
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
  /** The employers named, in order: the first of page 14's list for this role. */
  employerNames: string[];
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
  /** The role's skills the buyer already meets. */
  held: string[];
  /** The role's pay where the buyer lives (or UK-wide), and where their band or level sits in it; null for schema-limit content (no room). */
  pay: string | null;
  /** Staying in the role need not mean staying with the employer: who hires for it nearest the buyer. */
  employers: string | null;
};

/** The page a missing path gets: fewer than three paths were found. */
export type NoPivotData = {
  kind: "none";
  kicker: string;
  title: string;
  grow: { name: string; exposure: number } | null;
  outlook: string | null;
};

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
      grow: grow ? { name: grow.label, exposure: grow.exposure } : null,
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
      reason: model.roomy ? path.reason : clip(path.reason, 200),
      outlook: occupation.content.outlook ? clip(occupation.content.outlook, 400) : null,
      // In the plan's order (importance × shortfall), so page 6 and the plan start on the same skill.
      deepen: orderGaps(model.stayGaps)
        .slice(0, GAPS_SHOWN)
        .map((g) => {
          const yours = model.levelOf(g.skill).text;
          return { skill: g.skill, requiredLevel: g.requiredLevel, yours, line: `aim for level ${g.requiredLevel}; ${yourPart(yours)}` };
        }),
      handOver: handOver
        ? {
            name: handOver.label,
            share: handOver.sharePercent,
            exposure: handOver.exposure,
            // An imported task names no tools: "Let an AI assistant draft it", as page 2 says.
            tools: handOver.aiTools.slice(0, 3).join(", ") || "an AI assistant",
          }
        : null,
      keepTasks: keepTasksOf(occupation.tasks),
      held: occupation.skills
        .filter(
          (sk) =>
            model.levelOf(sk.skill).level >= sk.level * HELD_COVERAGE &&
            !orderGaps(model.stayGaps)
              .slice(0, GAPS_SHOWN)
              .some((g) => g.skill === sk.skill),
        )
        .map((sk) => sk.skill)
        .slice(0, HELD_SHOWN),
      pay: model.roomy ? stayPay(model) : null,
      employers: (() => {
        const near = sortForRegion(occupation.content.employers ?? [], model.input.answers.goals.region).slice(0, EMPLOYERS_NAMED);
        return near.length ? near.map((e) => e.name).join(", ") : null;
      })(),
    };
  }
  const target = path.target;
  // In the buyer's regional order, as page 14 lists them, so the two pages name the same first employers.
  const employers = sortForRegion(target?.content.employers ?? [], model.input.answers.goals.region);
  const levels = target ? new Map(target.skills.map((s) => [s.skill, model.levelOf(s.skill).level])) : null;
  const gaps =
    target && levels ? gapsFor(levels, target.skills).slice(0, GAPS_SHOWN) : (path.view?.pivot.topGaps ?? []).slice(0, GAPS_SHOWN);
  const held =
    target && levels
      ? target.skills
          .filter((s) => (levels.get(s.skill) ?? 0) >= s.level * HELD_COVERAGE)
          .sort((a, b) => b.importance - a.importance)
          .map((s) => s.skill)
      : (path.view?.pivot.skillsHeld ?? []);
  return {
    kind: "pivot",
    kicker: `${kicker} · ${path.kind === "adjacent" ? "adjacent move" : "cross-domain move"}`,
    title: path.title,
    match: `${path.matchPercent}%`,
    exposure: String(path.exposureScore),
    exposureLabel: `exposure (yours: ${personal})`,
    resilience: path.label,
    shift: exposureWords(path.exposureDrop).replace(" than your week today", ""),
    reason: model.roomy ? path.reason : clip(path.reason, 200),
    summary: target ? clip(target.summary, 600) : null,
    held: held.slice(0, HELD_SHOWN),
    gaps: gaps.map((g) => {
      const yours = model.levelOf(g.skill).text;
      return { skill: g.skill, requiredLevel: g.requiredLevel, yours, line: `level ${g.requiredLevel} needed; ${yourPart(yours)}` };
    }),
    pay: salaryChange(model, path),
    // The target's least exposed work: what stays human after the move.
    keepTasks: target ? keepTasksOf(target.tasks) : [],
    employers: employers.length
      ? employers
          .slice(0, EMPLOYERS_NAMED)
          .map((e) => e.name)
          .join(", ")
      : null,
    employerNames: employers.slice(0, EMPLOYERS_NAMED).map((e) => e.name),
  };
}
