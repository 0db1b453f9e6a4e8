import { andList, apportion, costText, hoursBetween, type Milestone, type PlanWeek } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { plural } from "../format";
import { blockLines, placeBlocks, type BlockPlacement, type LongTermBlock, type RoutesBlock } from "./entry-routes.data";

export type Phase = 1 | 2 | 3;

const PHASES = {
  stay: {
    1: { title: "Days 1–30: AI on your own week, start your biggest gap", day: 30 },
    2: { title: "Days 31–60: build depth, start your case study", day: 60 },
    3: { title: "Days 61–90: make your work visible", day: 90 },
  },
  move: {
    1: { title: "Days 1–30: free up time, start on your biggest gap", day: 30 },
    2: { title: "Days 31–60: build depth, start your project", day: 60 },
    3: { title: "Days 61–90: show your work to employers", day: 90 },
  },
} as const;

/** The price of the Blueprint itself, for "what costs extra". */
export const BLUEPRINT_PRICE_GBP = 49;

export type FocusLine = { skill: string; weeks: string; hours: string; resource: string };
export type WeekAction = { key: string; hours: string; text: string };
export type WeekBlock = { week: number; theme: string; days: string; hours: string; actions: WeekAction[] };
export type ProjectBrief = {
  verb: string;
  title: string;
  brief: string;
  hours: string;
  totalHours: number;
  skills: string;
  deliverables: string[];
};
export type ResourceLine = { key: string; title: string; url: string | null; detail: string };
export type Costs = { inPlan: ResourceLine[]; beyond: ResourceLine[]; summary: string };
export type TimetableSlot = { day: string; hours: string; what: string };

export type PlanPageData = {
  kicker: string;
  title: string;
  /** Only the first part introduces the plan and its focus skills. */
  intro: { hours: string; totalHours: number; aim: string; focus: FocusLine[] } | null;
  weeks: WeekBlock[];
  milestone: Milestone | null;
  /** The middle part lists what the plan uses, what it costs and the buyer's week. */
  costs: Costs | null;
  timetable: TimetableSlot[] | null;
  /** The portfolio project closes the last part, where it is shown to employers. */
  project: ProjectBrief | null;
  /** Practical notes for a page the weeks leave short (few hours a week): before week 1, if a week slips, after day 90. */
  notes: { heading: string; lines: string[] } | null;
  /** Imported roles (entry-routes.data.ts): routes into the target's field, on the first part with room for them. */
  routes: RoutesBlock | null;
  /** Imported roles: the long-term paths stored for the role, labelled as such. */
  longTerm: LongTermBlock | null;
};

/**
 * About how many lines of body type a plan page's content takes, so a page the weeks leave short
 * (a one- or two-hour plan) gets its notes and a full one does not run onto a second sheet.
 */
export function estimateLines(
  d: Omit<PlanPageData, "notes" | "routes" | "longTerm"> & Partial<Pick<PlanPageData, "routes" | "longTerm">>,
): number {
  const lines = (text: string, per: number) => Math.max(1, Math.ceil(text.length / per));
  let n = 0;
  if (d.intro) n += 4 + d.intro.focus.length;
  for (const w of d.weeks) n += 2 + w.actions.reduce((sum, a) => sum + lines(a.text, 112), 0);
  if (d.milestone) n += 3 + d.milestone.checks.reduce((sum, c) => sum + lines(c, 125), 0);
  if (d.costs)
    n +=
      3 +
      lines(d.costs.summary, 130) +
      [...d.costs.inPlan, ...d.costs.beyond].reduce((sum, r) => sum + lines(`${r.title} (${r.detail})`, 125), 0);
  if (d.timetable) n += 5;
  if (d.project) n += 4 + lines(d.project.brief, 125) + d.project.deliverables.length;
  return n + blockLines(d.routes ?? null) + blockLines(d.longTerm ?? null);
}

export const hoursText = (h: number) => `${h} h`;

function weekBlock(w: PlanWeek): WeekBlock {
  return {
    week: w.week,
    theme: w.theme,
    days: w.days,
    hours: plural(w.hours, "hour"),
    actions: w.actions.map((a, i) => ({ key: `${i}-${a.kind}`, hours: hoursText(a.hours), text: a.text })),
  };
}

const listOf = (weeks: number[]) => (weeks.length === 1 ? `week ${weeks[0]}` : `weeks ${andList(weeks.map(String))}`);

const SESSION_DAYS: Record<number, string[]> = {
  2: ["Tuesday evening", "Saturday morning"],
  3: ["Tuesday evening", "Thursday evening", "Saturday"],
  4: ["Monday evening", "Wednesday evening", "Saturday", "Sunday"],
  5: ["Monday", "Tuesday", "Thursday", "Saturday", "Sunday"],
  7: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

/**
 * The week's hours as sessions the buyer can book: a few evenings and a longer weekend block for
 * most budgets, every day for a full-time one. The last session goes to the project or AI work.
 */
export function timetable(hours: number, focus: string, other: string): TimetableSlot[] {
  const units = Math.round(hours * 2);
  if (units <= 2) return [{ day: "One evening", hours: hoursText(hours), what: `${focus}, then ${other}` }];
  const n = hours <= 3 ? 2 : hours <= 6 ? 3 : hours <= 10 ? 4 : hours <= 20 ? 5 : 7;
  const days = SESSION_DAYS[n]!;
  // Weekend sessions get twice the weight of weekday evenings.
  const parts = apportion(
    units,
    days.map((d) => (/Saturday|Sunday/.test(d) ? 2 : 1)),
  );
  return days.map((day, i) => ({ day, hours: hoursText(parts[i]! / 2), what: i === days.length - 1 ? other : focus }));
}

/** `compact`: a full page (long imported task quotes and many resources) names the optional resources without restating their skill's hours. */
function costs(model: BlueprintModel, compact = false): Costs {
  const { plan } = model;
  const line = (r: (typeof plan.inPlan)[number], beyond: boolean): ResourceLine => {
    // Only the study lines count against a resource's hours; practice on the buyer's own work is apart.
    const given = plan.weeks
      .flatMap((w) => w.actions)
      .filter((a) => a.kind === "learn" && a.skill === r.skill)
      .reduce((s, a) => s + a.hours, 0);
    return {
      key: r.title,
      title: r.title,
      url: r.url ?? null,
      // On a full page an optional resource keeps its link, skill, hours and cost; its provider is a click away.
      detail:
        beyond && compact
          ? `for ${r.skill}: about ${r.approxHours} h, ${costText(r.approxCostGbp)}; optional, beyond this plan`
          : `${r.provider}; for ${r.skill}: about ${r.approxHours} h, ${costText(r.approxCostGbp)}${beyond ? `; optional, beyond this plan, which sets aside ${plural(given, "hour")} of study for ${r.skill}` : ""}`,
    };
  };
  const inCost = plan.inPlan.reduce((sum, r) => sum + r.approxCostGbp, 0);
  const inHours = plan.inPlan.reduce((sum, r) => sum + r.approxHours, 0);
  const beyondCost = plan.beyond.reduce((sum, r) => sum + r.approxCostGbp, 0);
  const beyondHours = plan.beyond.reduce((sum, r) => sum + r.approxHours, 0);
  const inText = plan.inPlan.length
    ? `The plan uses ${plural(plan.inPlan.length, "named resource")}: ${plural(inHours, "hour")} of your ${plan.totalHours}, ${inCost === 0 ? `all free: nothing costs extra beyond the £${BLUEPRINT_PRICE_GBP} you paid for this Blueprint` : `about £${inCost.toLocaleString("en-GB")} in fees paid to ${plan.inPlan.length === 1 ? "its provider" : "their providers"}, extra to the £${BLUEPRINT_PRICE_GBP} you paid for this Blueprint`}.`
    : `No paid course is needed: the plan's study is guided self-study set out week by week, and it costs nothing beyond the £${BLUEPRINT_PRICE_GBP} you paid for this Blueprint.`;
  const beyondText = plan.beyond.length
    ? ` Optional, beyond this plan: ${plan.beyond.length === 1 ? "one resource that needs" : `${plan.beyond.length} resources that need`} more hours than your plan gives (${plural(beyondHours, "hour")}, ${beyondCost === 0 ? "free" : `about £${beyondCost.toLocaleString("en-GB")}`}); take ${plan.beyond.length === 1 ? "it" : "them"} after day 90 or with more time.`
    : "";
  return {
    inPlan: plan.inPlan.map((r) => line(r, false)),
    beyond: plan.beyond.map((r) => line(r, true)),
    summary:
      inText +
      (compact && plan.beyond.length
        ? " The optional ones, beyond this plan's hours, are marked; take them after day 90 or with more time."
        : beyondText),
  };
}

/** Estimated lines under which a page has room for its notes: calibrated on rendered buyers (the heaviest pages reach about 89 % of the sheet). */
const ROOM_FOR_NOTES: Record<Phase, number> = { 1: 44, 2: 43, 3: 41 };

/** What to do before week 1, if a week slips, and after day 90: from the buyer's own plan. */
function planNotes(model: BlueprintModel, phase: Phase): { heading: string; lines: string[] } {
  const { plan } = model;
  const stay = plan.shape === "stay";
  const first = plan.weeks[0]?.actions.find((a) => a.kind === "automate");
  const task = first ? /“([^”]+)”/.exec(first.text)?.[1] : undefined;
  const focus = plan.focus[0]?.skill;
  if (phase === 1) {
    return {
      heading: "Before week 1",
      lines: [
        `Put your ${plural(plan.hoursPerWeek, "hour")} for each of the twelve weeks in your calendar now, as fixed sessions (page 11 suggests when).`,
        task
          ? `Time this week's “${task}” as you do it today, before any AI tool, so week 1 has a figure to beat.`
          : `Note how your week splits today, so you can see what changes by day 90.`,
        stay
          ? `Tell your manager you are spending twelve weeks on ${focus ?? "your role's core skills"} and on AI in your own work, and that you will show the results.`
          : `Write one line on what you are working towards (${model.planPath.title}) for your CV and LinkedIn, and follow the employers on page 14.`,
      ],
    };
  }
  if (phase === 2) {
    return {
      heading: "If a week slips",
      lines: [
        `Keep the ${stay ? "case study" : "project"} line and drop that week's study first: the ${stay ? "case study is what your manager sees" : "project is what employers see"}.`,
        "Lost two weeks in a row? Repeat the last week you finished rather than skipping ahead; the milestones move with you.",
        "A short week still counts: one study session keeps the thread, and the rest waits for the next week.",
      ],
    };
  }
  const hours = plan.hoursPerWeek;
  const next = plan.focus
    .filter((f) => f.requiredLevel > f.yourLevel)
    .slice(0, 2)
    .map((f) => {
      const reached = Math.max(f.yourLevel, ...plan.claims.filter((c) => c.skill === f.skill).map((c) => c.to));
      const left = Math.max(0, hoursBetween(f.yourLevel, f.requiredLevel) - f.hours);
      if (reached >= f.requiredLevel || left === 0)
        return `${f.skill}: at the level ${stay ? "your role" : "the role"} asks (${f.requiredLevel}) by day 90; keep it in use.`;
      const weeks = Math.ceil(left / Math.max(1, hours / 2));
      const later = plan.beyond.find((r) => r.skill === f.skill);
      return `${f.skill}: about ${plural(left, "more hour")} to level ${f.requiredLevel}, some ${plural(weeks, "week")} at half your weekly hours${later ? `; “${later.title}” (${later.approxHours} h) is the next step` : ""}.`;
    });
  return {
    heading: "After day 90",
    lines: [
      ...next,
      stay
        ? "Agree with your manager what you own next, and plan the next twelve weeks around it."
        : "Keep applying at the pace of weeks 11 and 12 until you have two interviews; rework the project after each one.",
    ],
  };
}

export function selectPlanPage(model: BlueprintModel, phase: Phase): PlanPageData {
  const data = planPageBase(model, phase);
  const blocks = planBlocks(model);
  const placed = {
    ...data,
    routes: blocks.routes?.place === phase ? blocks.routes.block : null,
    longTerm: blocks.longTerm?.place === phase ? blocks.longTerm.block : null,
  };
  if (!model.roomy || estimateLines(placed) > ROOM_FOR_NOTES[phase]) return { ...placed, notes: null };
  const notes = planNotes(model, phase);
  // ROOM_FOR_NOTES allows for a heading and three one-line notes; a note quoting an imported task runs longer.
  const extra = quotesImported(model) ? notes.lines.reduce((n, line) => n + Math.ceil(line.length / 125), 0) - notes.lines.length : 0;
  return { ...placed, notes: estimateLines(placed) + extra <= ROOM_FOR_NOTES[phase] ? notes : null };
}

/** Which plan part (or page 2) carries the entry routes and the long-term paths (entry-routes.data.ts). */
export function planBlocks(model: BlueprintModel): BlockPlacement {
  return placeBlocks(model, (p) => estimateLines(planPageBase(model, p)), ROOM_FOR_NOTES);
}

/** Estimated lines past which part 2 runs off its sheet (measured over 916 imported buyers: 53 did, 52 did not). */
const PART_2_FULL = 51;
/**
 * Whether the plan quotes an imported role's tasks: their labels run to 70 characters
 * (domain/task-label.ts), where curated task names stop at 43, so its lines wrap more than the
 * estimate can tell from their length alone.
 */
const quotesImported = (model: BlueprintModel) => [model.input.occupation, model.planPath.target].some((o) => o?.origin === "imported");

/**
 * Estimated lines past which part 1 of a plan quoting imported tasks runs off its sheet (a
 * full-time stay plan quotes a task in most of its thirteen lines): its focus lines then name each
 * resource by title alone, as the week that starts it gives provider, hours and cost and part 2
 * lists them all. Over the 916 imported buyers every part 1 that ran over was above 48.
 */
const PART_1_FULL = 48;
/**
 * Estimated lines up to which part 2 of a plan quoting imported tasks keeps the buyer's week as
 * sessions (the timetable, which only restates the weekly hours): over the 916 imported buyers
 * every part 2 that ran over was above 50.
 */
const ROOM_FOR_TIMETABLE = 50;

function planPageBase(model: BlueprintModel, phase: Phase): Omit<PlanPageData, "notes" | "routes" | "longTerm"> {
  const page = planPageContent(model, phase);
  const imported = quotesImported(model);
  if (phase === 1 && imported && estimateLines(page) > PART_1_FULL) return planPageContent(model, phase, true);
  if (phase !== 2) return page;
  const compact = estimateLines(page) > PART_2_FULL ? { ...page, costs: costs(model, true) } : page;
  return imported && compact.timetable && estimateLines(compact) > ROOM_FOR_TIMETABLE ? { ...compact, timetable: null } : compact;
}

/** `compact`: part 1's focus lines name each resource by title alone (see PART_1_FULL). */
function planPageContent(model: BlueprintModel, phase: Phase, compact = false): Omit<PlanPageData, "notes" | "routes" | "longTerm"> {
  const { plan, planPath } = model;
  const stay = plan.shape === "stay";
  const { title, day } = PHASES[stay ? "stay" : "move"][phase];
  const { project } = plan;
  return {
    kicker: `Your 90-day plan · part ${phase} of 3`,
    title,
    intro:
      phase === 1
        ? {
            hours: plural(plan.hoursPerWeek, "hour"),
            totalHours: plan.totalHours,
            aim: stay ? `future-proofing your role as ${model.input.occupation.title}` : `a move to ${planPath.title}`,
            focus: plan.focus.map((f) => ({
              skill: f.skill,
              weeks: listOf(f.weeks),
              hours: plural(f.hours, "hour"),
              resource: f.resource
                ? compact
                  ? `“${f.resource.title}”`
                  : `“${f.resource.title}” (${f.resource.provider}; about ${f.resource.approxHours} h, ${costText(f.resource.approxCostGbp)})`
                : "guided self-study, set out week by week",
            })),
          }
        : null,
    weeks: plan.weeks.filter((w) => w.phase === phase).map(weekBlock),
    milestone: plan.milestones.find((m) => m.day === day) ?? null,
    costs: phase === 2 ? costs(model) : null,
    timetable:
      phase === 2 && model.roomy
        ? timetable(
            plan.hoursPerWeek,
            "study and practice on that week's skill",
            stay ? "case study and AI on your own work" : "project and applications",
          )
        : null,
    project:
      phase === 3
        ? {
            verb: project.verb,
            title: project.title,
            brief: project.brief,
            hours: plural(project.hours, "hour"),
            totalHours: plan.totalHours,
            skills: project.skills.length && !project.brief.includes(project.skills[0]!) ? `, exercising ${andList(project.skills)}` : "",
            deliverables: model.roomy ? project.deliverables : [],
          }
        : null,
  };
}
