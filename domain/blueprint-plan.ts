/**
 * The Blueprint's 90-day plan: twelve weekly blocks sized to the hours a person said they can
 * give, spent on their biggest skill gaps first. Pure and deterministic, so the same answers
 * always print the same plan.
 */
import indefinite from "indefinite";
import { PROJECTS, studyHint } from "./blueprint-plan-content";

/** A named course, certification, book or guide from the curated catalogue. */
export type PlanResource = { title: string; provider: string; skills: readonly string[]; approxHours: number; approxCostGbp: number };

export type PlanGap = { skill: string; yourLevel: number; requiredLevel: number; importance: number };

export type PlanInput = {
  hoursPerWeek: number;
  target: { slug: string; title: string };
  /** Every skill below the target's level; any order. */
  gaps: readonly PlanGap[];
  /** The target's most important skills, used as focus when there is no gap left to close. */
  targetSkills: readonly string[];
  /** The person's most exposed task, to hand over to AI tools and free time. */
  automate: { name: string; aiTools: readonly string[] } | null;
  /** The person's least exposed task: the work to grow. */
  grow: { name: string } | null;
  employers: readonly string[];
  /** Candidate resources, most relevant first (the target role's own list before others). */
  resources: readonly PlanResource[];
};

export type PlanAction = { kind: ActionKind; text: string; hours: number };
export type PlanWeek = { week: number; days: string; phase: 1 | 2 | 3; theme: string; focusSkill: string | null; hours: number; actions: PlanAction[] };
export type Milestone = { day: 30 | 60 | 90; title: string; checks: string[] };
export type PortfolioProject = { title: string; brief: string; skills: string[]; hours: number; deliverables: string[] };
export type NinetyDayPlan = {
  hoursPerWeek: number;
  totalHours: number;
  focus: (PlanGap & { weeks: number[]; resource: PlanResource | null })[];
  weeks: PlanWeek[];
  milestones: Milestone[];
  project: PortfolioProject;
};

type ActionKind = "learn" | "practise" | "automate" | "grow" | "project" | "network";

export const WEEKS = 12;
const FOCUS_WEEKS = 9;
const MAX_FOCUS_SKILLS = 4;
const PROJECT_FROM_WEEK = 6;
const STAGES = ["Foundations", "Applied practice", "Stretch", "Consolidate"];

export const gapWeight = (g: PlanGap) => g.importance * Math.max(0, g.requiredLevel - g.yourLevel);

/** Biggest importance × shortfall first; ties by name so the order never depends on input order. */
export function orderGaps(gaps: readonly PlanGap[]): PlanGap[] {
  return gaps.filter((g) => gapWeight(g) > 0).sort((a, b) => gapWeight(b) - gapWeight(a) || a.skill.localeCompare(b.skill));
}

/** Splits `total` into integer parts proportional to `weights` (largest remainder, earlier wins ties). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) parts[order[k % order.length]!.i]! += 1;
  return parts;
}

function focusSkills(input: PlanInput): PlanGap[] {
  const ordered = orderGaps(input.gaps).slice(0, MAX_FOCUS_SKILLS);
  if (ordered.length > 0) return ordered;
  // No gap left: spend the weeks evidencing the target's most important skills instead.
  return input.targetSkills.slice(0, 3).map((skill, i) => ({ skill, yourLevel: 0, requiredLevel: 0, importance: 3 - i }));
}

/** Each focus skill gets at least one week; the rest follow importance × shortfall. */
function weeksPerSkill(focus: readonly PlanGap[]): number[] {
  const weights = focus.map((g) => gapWeight(g) || g.importance);
  const extra = apportion(FOCUS_WEEKS - focus.length, weights);
  return extra.map((n) => n + 1);
}

export function buildNinetyDayPlan(input: PlanInput): NinetyDayPlan {
  const hours = Math.max(1, Math.round(input.hoursPerWeek));
  const focus = focusSkills(input);
  const counts = focus.length ? weeksPerSkill(focus) : [];
  const schedule: { gap: PlanGap; stage: number }[] = focus.flatMap((gap, i) => Array.from({ length: counts[i]! }, (_, stage) => ({ gap, stage: Math.min(stage, 2) })));
  // The last weeks go back over the biggest gaps to consolidate them while the project is shown.
  for (let k = 0; schedule.length < WEEKS && focus.length; k++) schedule.push({ gap: focus[k % focus.length]!, stage: 3 });
  const project = portfolioProject(input, focus, hours);
  const employers = input.employers.length ? input.employers : [`${input.target.title} teams near you`];

  const weeks: PlanWeek[] = Array.from({ length: WEEKS }, (_, i) => {
    const week = i + 1;
    const slot = schedule[i];
    const candidates = actionsFor(week, slot, input, project, employers);
    return {
      week,
      days: `Days ${i * 7 + 1}–${Math.min(90, week * 7 + (week === WEEKS ? 6 : 0))}`,
      phase: week <= 4 ? 1 : week <= 8 ? 2 : 3,
      theme: themeFor(week, slot?.gap.skill ?? null, input.target.title),
      focusSkill: slot?.gap.skill ?? null,
      hours,
      actions: sizeActions(candidates, hours),
    };
  });

  return {
    hoursPerWeek: hours,
    totalHours: hours * WEEKS,
    focus: focus.map((g) => ({ ...g, weeks: weeks.filter((w) => w.focusSkill === g.skill).map((w) => w.week), resource: resourceFor(g.skill, input.resources) })),
    weeks,
    milestones: milestones(input, focus, project, employers),
    project,
  };
}

/** A resource whose main subject is the skill wins over one that only touches it; catalogue order breaks ties. */
export function resourceFor(skill: string, resources: readonly PlanResource[]): PlanResource | null {
  return resources.find((r) => r.skills[0] === skill) ?? resources.find((r) => r.skills.includes(skill)) ?? null;
}

export const costText = (gbp: number) => (gbp === 0 ? "free" : `about £${gbp.toLocaleString("en-GB")}`);

type Candidate = { kind: ActionKind; text: string; weight: number };

function actionsFor(week: number, slot: { gap: PlanGap; stage: number } | undefined, input: PlanInput, project: PortfolioProject, employers: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  if (slot) {
    const { gap, stage } = slot;
    const level = !gap.requiredLevel ? "" : gap.yourLevel ? ` (you are at ${gap.yourLevel}; the role needs ${gap.requiredLevel})` : ` (new to you; the role needs ${gap.requiredLevel})`;
    const resource = resourceFor(gap.skill, input.resources);
    const start = resource
      ? `${gap.skill}: start “${resource.title}” (${resource.provider}; about ${resource.approxHours} h, ${costText(resource.approxCostGbp)}) and do its first module${level}.`
      : `${gap.skill}: ${studyHint(gap.skill)}${level}.`;
    const learn = [
      start,
      `${gap.skill}, applied: repeat last week's exercise on a real problem of your own and compare the two attempts.`,
      `${gap.skill}, stretch: take on the hardest example you can find and ask someone in the role to review it.`,
      `${gap.skill}, consolidate: write a one-page note of what you now know and what still trips you up.`,
    ];
    out.push({ kind: "learn", text: learn[Math.min(stage, STAGES.length - 1)]!, weight: week >= 10 ? 2 : 5 });
  }
  if (week <= 2 && input.automate) {
    const tool = input.automate.aiTools[week - 1] ?? input.automate.aiTools[0] ?? "an AI assistant";
    out.push({ kind: "automate", text: `Hand part of “${input.automate.name}” to ${tool}; check its output against yours and log the hours it frees.`, weight: 2 });
  }
  if (week === 3 && input.grow) out.push({ kind: "grow", text: `Ask to take on more “${input.grow.name}” — the part of your week AI touches least.`, weight: 2 });
  if (week >= PROJECT_FROM_WEEK) out.push({ kind: "project", text: projectStep(week, project), weight: week >= 10 ? 5 : 3 });
  if (week === 4) out.push({ kind: "network", text: `Find five ${input.target.title}s on LinkedIn or at a meetup and ask two for a 20-minute conversation about their week.`, weight: 1 });
  if (week >= 8) {
    const employer = employers[(week - 8) % employers.length]!;
    const text = week >= 11
      ? `Apply for or enquire about ${indefinite(input.target.title)} role at ${employer}, pointing to your project.`
      : `Research ${employer}: read its careers and engineering pages and note one problem your project speaks to.`;
    out.push({ kind: "network", text, weight: 1 });
  }
  if (week <= 5 && slot) {
    const practice = slot.stage === 0
      ? `Find one task at work, or a small side exercise, where ${slot.gap.skill} applies; note what you would need to know to do it well.`
      : `Use ${slot.gap.skill} on that task and write three lines on what went well and what did not.`;
    out.push({ kind: "practise", text: practice, weight: 2 });
  }
  return out;
}

function projectStep(week: number, project: PortfolioProject): string {
  const steps: Record<number, string> = {
    6: `Project — scope “${project.title}”: write a one-page brief, the finished result and what you will leave out.`,
    7: "Project — build the smallest version that works end to end, even if rough.",
    8: "Project — first working version: show it to one person and note their questions.",
    9: "Project — harden it: tests, edge cases and the awkward parts you skipped.",
    10: "Project — write it up: the problem, your decisions and what you would do next.",
    11: "Project — publish it (GitHub, a blog post or an internal demo) with the write-up.",
    12: "Project — present it to someone in the target role and ask what would make it stronger.",
  };
  return steps[week] ?? "Project — keep building.";
}

/**
 * Turns weighted candidates into actions whose hours add up exactly to the week's budget, in
 * half-hour units. With too few half-hours for everything, the highest-weighted actions win.
 */
export function sizeActions(candidates: readonly Candidate[], hours: number): PlanAction[] {
  const units = hours * 2;
  const kept = [...candidates].map((c, i) => ({ ...c, i })).sort((a, b) => b.weight - a.weight || a.i - b.i).slice(0, units).sort((a, b) => a.i - b.i);
  const extra = apportion(units - kept.length, kept.map((c) => c.weight));
  return kept.map((c, k) => ({ kind: c.kind, text: c.text, hours: (extra[k]! + 1) / 2 }));
}

function themeFor(week: number, skill: string | null, target: string): string {
  if (week <= 2) return `Free up time, start ${skill ?? "learning"}`;
  if (week <= 5) return skill ? `Build ${skill}` : "Build your foundations";
  if (week <= 9) return skill ? `${skill} + your project` : "Your project";
  if (week <= 11) return `Show your work to ${target} employers`;
  return "Present, apply, review";
}

function portfolioProject(input: PlanInput, focus: readonly PlanGap[], hours: number): PortfolioProject {
  const known = PROJECTS[input.target.slug];
  const skills = focus.slice(0, 3).map((g) => g.skill);
  const projectHours = Math.round(hours * WEEKS * 0.35);
  return {
    title: known?.title ?? `${indefinite(input.target.title, { capitalize: true })} case study`,
    brief: known?.brief ?? `a piece of work ${indefinite(input.target.title)} would recognise, using ${skills.join(", ") || "the role's core skills"}`,
    skills,
    hours: projectHours,
    deliverables: [
      "A one-page brief: the problem, who it is for and what done looks like",
      projectHours < 15 ? "A small working version, deliberately limited in scope" : "A working version with tests or evidence that it works",
      "A write-up of your decisions and trade-offs (500–800 words)",
      "A short demo or walkthrough you can share in an interview",
    ],
  };
}

function milestones(input: PlanInput, focus: readonly PlanGap[], project: PortfolioProject, employers: readonly string[]): Milestone[] {
  const [first, second] = focus;
  const step = (g: PlanGap | undefined) => {
    if (!g || !g.requiredLevel) return `${g?.skill ?? "Your first focus skill"}: one piece of work that shows it`;
    const from = g.yourLevel ? `from level ${g.yourLevel}` : "from new";
    return `${g.skill}: ${from} to level ${Math.min(g.requiredLevel, g.yourLevel + 1)}, shown by one piece of work`;
  };
  return [
    {
      day: 30,
      title: "Time freed, first gap closing",
      checks: [
        input.automate ? `“${input.automate.name}” partly handed to AI tools, with the hours saved logged` : "A log of where your week goes, and one task handed to an AI tool",
        step(first),
        `Two conversations booked with ${input.target.title}s`,
      ],
    },
    {
      day: 60,
      title: "Project under way",
      checks: [`“${project.title}” scoped and a first version working`, step(second ?? first), "A shortlist of target employers with a reason for each"],
    },
    {
      day: 90,
      title: "Evidence in hand",
      checks: [
        "Project published with its write-up",
        `Applications or enquiries sent to ${Math.min(3, employers.length)} named employer${employers.length === 1 ? "" : "s"}`,
        "Your skills re-rated against this plan, and the next 90 days chosen",
      ],
    },
  ];
}
