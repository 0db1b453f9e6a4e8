/**
 * The Blueprint's 90-day plan, built from the buyer: their goal decides the shape (stay and
 * future-proof the current role, an adjacent move, a cross-domain move), their hours decide how
 * much fits (every week adds up to exactly their hours, and a resource is in the plan only when
 * its hours fit the time the plan gives its skill), their seniority decides the level of what they
 * study and how they practise, and their own tasks are where they practise. Pure and deterministic.
 */
import indefinite from "indefinite";
import { applyHint, PROJECTS, SMALL_PROJECT_HOURS, studyHint, type ProjectKind } from "./blueprint-plan-content";
import { costText, suits, teaches, type PlanResource, type Seniority } from "./blueprint-resources";

export { costText, type PlanResource };

export type PlanShape = "stay" | "adjacent" | "cross-domain";
export type PlanGap = { skill: string; yourLevel: number; requiredLevel: number; importance: number };
/** A skill of the target role with the buyer's level in it and its importance to the role. */
export type TargetSkill = { skill: string; yourLevel: number; importance: number };
/** One of the buyer's own tasks, with the share of their week it takes and the skills it uses. */
export type PlanTask = { name: string; sharePercent: number; exposure: number; aiTools: readonly string[]; skills: readonly string[] };

export type PlanInput = {
  shape: PlanShape;
  seniority: Seniority;
  hoursPerWeek: number;
  current: { title: string };
  /** The role the plan aims at: the current role itself when the shape is "stay". */
  target: { slug: string; title: string; pluralTitle?: string };
  /** Every skill below the level the plan aims at; any order. */
  gaps: readonly PlanGap[];
  /**
   * The target's most important skills, most important first: the plan tops its focus up from
   * these when the gaps give too few skills for twelve weeks. With the buyer's level the top-up is
   * a level up; a bare name (level unknown) is worked on as evidence of the skill instead.
   */
  targetSkills: readonly (string | TargetSkill)[];
  tasks: readonly PlanTask[];
  /** The target role's tasks, where a skill the buyer's week does not use can be practised. */
  targetTasks: readonly { name: string; skills: readonly string[] }[];
  employers: readonly string[];
  /** Candidate resources, most relevant first (the target role's own list before others). */
  resources: readonly PlanResource[];
};

export type ActionKind = "learn" | "practise" | "automate" | "grow" | "project" | "network" | "apply";
export type PlanAction = { kind: ActionKind; text: string; hours: number; skill: string | null; resource: string | null };
export type PlanWeek = {
  week: number;
  days: string;
  phase: 1 | 2 | 3;
  theme: string;
  focusSkill: string | null;
  hours: number;
  actions: PlanAction[];
};
export type Milestone = { day: 30 | 60 | 90; title: string; checks: string[] };
export type PortfolioProject = {
  title: string;
  verb: "Write" | "Build" | "Run";
  brief: string;
  skills: string[];
  hours: number;
  deliverables: string[];
};
/** A level the plan says the buyer reaches, and the hours of study and practice it gives that skill by then. */
export type LevelClaim = { skill: string; day: 30 | 60 | 90; from: number; to: number; hours: number };
export type PlannedResource = PlanResource & { skill: string };
export type FocusSkill = PlanGap & { weeks: number[]; hours: number; resource: PlanResource | null; practiceTask: string | null };

export type NinetyDayPlan = {
  shape: PlanShape;
  hoursPerWeek: number;
  totalHours: number;
  focus: FocusSkill[];
  weeks: PlanWeek[];
  milestones: Milestone[];
  project: PortfolioProject;
  /** Resources the plan uses, each fitting the hours it gives the skill. */
  inPlan: PlannedResource[];
  /** The best resource for a focus skill that the buyer's hours cannot buy: named, not scheduled. */
  beyond: PlannedResource[];
  claims: LevelClaim[];
  /** Employers the plan has the buyer apply to, one apply step each. */
  applications: string[];
};

/** Several people in the target role: the catalogue's plural where it has one ("Chefs and Head Cooks"). */
const targetPlural = (input: PlanInput) => input.target.pluralTitle ?? `${input.target.title}s`;

export const WEEKS = 12;
const FOCUS_WEEKS = 9;
const PROJECT_FROM_WEEK = 6;

/**
 * Hours of deliberate study and practice to reach each level from the one below (1 awareness … 5
 * expert). A rough guide from typical course lengths: a foundation course plus practice takes a
 * newcomer to working level (3) in about 35 hours; advanced and expert take far longer.
 */
export const HOURS_TO_REACH: Record<number, number> = { 1: 5, 2: 10, 3: 20, 4: 40, 5: 80 };

export function hoursBetween(from: number, to: number): number {
  let h = 0;
  for (let l = from + 1; l <= to; l++) h += HOURS_TO_REACH[l] ?? 0;
  return h;
}

/** The highest level, at most `cap`, that `hours` of study and practice can buy from `from`. */
export function reachableLevel(from: number, hours: number, cap: number): number {
  let level = from;
  while (level < cap && hoursBetween(from, level + 1) <= hours) level += 1;
  return level;
}

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

/** Fewer hours, fewer skills: depth on two beats a taste of four. */
function focusCount(hours: number): number {
  return hours <= 2 ? 2 : hours <= 5 ? 3 : 4;
}

/**
 * Twelve weeks on a single skill name one course and read thin, so a plan works on at least two
 * skills (three once the hours allow) whenever the target role has them.
 */
const minFocus = (hours: number) => Math.min(focusCount(hours), 3);

/** Importance of a top-up skill whose importance is unknown: mid-scale, as the stay plan's grow skills. */
const TOP_UP_IMPORTANCE = 50;

function focusSkills(input: PlanInput, hours: number): PlanGap[] {
  const ordered = orderGaps(input.gaps).slice(0, focusCount(hours));
  // With no gap at all the whole plan is top-up, as many skills as the hours allow.
  const wanted = ordered.length ? minFocus(hours) : focusCount(hours);
  if (ordered.length >= wanted) return ordered;
  // Too few gaps: top up with the target's most important skills the buyer has not yet mastered,
  // a level up on each (the stay plan does the same with the work AI touches least).
  const taken = new Set(ordered.map((g) => g.skill));
  const known = input.targetSkills.filter((s): s is TargetSkill => typeof s !== "string");
  const levelUps = [...known]
    .filter((s) => !taken.has(s.skill) && s.yourLevel < 5)
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .map((s) => ({ skill: s.skill, yourLevel: s.yourLevel, requiredLevel: s.yourLevel + 1, importance: s.importance }));
  // A bare name (level unknown) is worked on as evidence of the skill: no level is claimed for it.
  const evidence = input.targetSkills
    .filter((s): s is string => typeof s === "string" && !taken.has(s))
    .map((skill, i) => ({ skill, yourLevel: 0, requiredLevel: 0, importance: ordered.length ? TOP_UP_IMPORTANCE : 3 - i }));
  const topUp = [...levelUps, ...evidence].filter((g, i, all) => all.findIndex((x) => x.skill === g.skill) === i);
  return [...ordered, ...topUp.slice(0, wanted - ordered.length)];
}

/** Each focus skill gets at least one week; the rest follow importance × shortfall. */
function weeksPerSkill(focus: readonly PlanGap[]): number[] {
  const weights = focus.map((g) => gapWeight(g) || g.importance);
  return apportion(FOCUS_WEEKS - focus.length, weights).map((n) => n + 1);
}

/** A weighted action whose words are written once the hours are known. */
type Candidate = {
  kind: ActionKind;
  weight: number;
  cap?: number;
  skill: string | null;
  write: (hours: number, ctx: WriteContext) => string;
};

/**
 * Turns weighted candidates into hours that add up exactly to the week's budget, in half-hour
 * units. With too few half-hours for everything, the highest-weighted actions win.
 */
export function sizeActions<C extends { weight: number; cap?: number }>(
  candidates: readonly C[],
  hours: number,
): (C & { hours: number })[] {
  const units = Math.round(hours * 2);
  const kept = [...candidates]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.weight - a.c.weight || a.i - b.i)
    .slice(0, units)
    .sort((a, b) => a.i - b.i);
  // A one-off step (a conversation, an application) is worth its hour, not a share of a long week:
  // it keeps at most its cap, and the rest of the week goes to study, practice and the project.
  const capUnits = kept.map(({ c }) => (c.cap ? Math.max(1, Math.round(c.cap * 2)) : Infinity));
  const open = kept.some((_, k) => capUnits[k] === Infinity);
  const alloc = kept.map(() => 1);
  let left = units - kept.length;
  while (left > 0) {
    const room = kept.map(({ c }, k) => (!open || alloc[k]! < capUnits[k]! ? c.weight : 0));
    const extra = apportion(left, room);
    let given = 0;
    extra.forEach((e, k) => {
      const take = open ? Math.min(e, capUnits[k]! - alloc[k]!) : e;
      alloc[k]! += take;
      given += take;
    });
    left -= given;
    if (given === 0) break;
  }
  return kept.map(({ c }, k) => ({ ...c, hours: alloc[k]! / 2 }));
}

/**
 * One focus week: its skill, the stage of that skill's run (0 start, 1 apply, 2 stretch, 3
 * consolidate) and `pick`, the next unused line of the stage's list across the whole plan, so no
 * two weeks of one plan carry the same exercise with only the skill name changed.
 */
type Slot = { gap: PlanGap; stage: number; index: number; pick: number };

type WriteContext = {
  week: number;
  /** Resource hours this week per skill, and where in the resource they fall. */
  study: Map<string, { resource: PlanResource; from: number; to: number } | null>;
  /** The plan aims at a software role: every curated target is one, and only they have a project of their own (PROJECTS). */
  software: boolean;
};

/** "A", "A and B", "A, B and C". */
export const andList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;

const hoursWord = (h: number) => `${h} ${h === 1 ? "hour" : "hours"}`;
const fmtH = (h: number) => `${h} h`;

export function buildNinetyDayPlan(input: PlanInput): NinetyDayPlan {
  const hours = Math.max(1, Math.round(input.hoursPerWeek));
  const focus = focusSkills(input, hours);
  const counts = focus.length ? weeksPerSkill(focus) : [];
  const schedule: Slot[] = focus.flatMap((gap, i) =>
    Array.from({ length: counts[i]! }, (_, stage) => ({ gap, stage: Math.min(stage, 2), index: stage, pick: 0 })),
  );
  // The last weeks go back over the biggest gaps to consolidate them while the project is shown.
  for (let k = 0; schedule.length < WEEKS && focus.length; k++)
    schedule.push({ gap: focus[k % focus.length]!, stage: 3, index: Math.floor(k / focus.length), pick: 0 });
  const picks = [0, 0, 0, 0];
  for (const slot of schedule) slot.pick = picks[slot.stage]!++;

  const exposed = [...input.tasks]
    .filter((t) => t.sharePercent > 0 && t.exposure >= 30)
    .sort((a, b) => b.exposure * b.sharePercent - a.exposure * a.sharePercent);
  const grow = [...input.tasks].sort((a, b) => a.exposure - b.exposure || b.sharePercent - a.sharePercent)[0] ?? null;
  const employers = input.shape === "stay" ? [] : input.employers.slice(0, 3);
  const practiceTask = (skill: string) => practiceFor(skill, input);

  // First pass: what each week holds and how many hours each action gets.
  const sizedWeeks = Array.from({ length: WEEKS }, (_, i) => {
    const week = i + 1;
    const slot = schedule[i];
    return { week, slot, actions: sizeActions(candidatesFor(week, slot, input, exposed, grow, employers, practiceTask), hours) };
  });

  // Learning hours per skill decide which resource fits; each resource is used once.
  const learnHours = new Map<string, number>();
  for (const w of sizedWeeks)
    for (const a of w.actions) if (a.kind === "learn" && a.skill) learnHours.set(a.skill, (learnHours.get(a.skill) ?? 0) + a.hours);
  const used = new Set<string>();
  const inPlan: PlannedResource[] = [];
  const beyond: PlannedResource[] = [];
  const chosen = new Map<string, PlanResource | null>();
  for (const gap of focus) {
    const candidates = input.resources.filter(
      (r) => !used.has(r.title) && teaches(r, gap.skill) && suits(r, gap.yourLevel, input.seniority),
    );
    const primaryFirst = [...candidates].sort((a, b) => Number(b.skills[0] === gap.skill) - Number(a.skills[0] === gap.skill));
    const budget = learnHours.get(gap.skill) ?? 0;
    const fit = primaryFirst.find((r) => r.approxHours <= budget) ?? null;
    chosen.set(gap.skill, fit);
    if (fit) {
      used.add(fit.title);
      inPlan.push({ ...fit, skill: gap.skill });
    }
    // Named for later only when the skill is its main subject: a product book is no way to learn listening.
    const bigger = primaryFirst.find((r) => r !== fit && r.skills[0] === gap.skill && r.approxHours > budget && !used.has(r.title));
    if (bigger) {
      used.add(bigger.title);
      beyond.push({ ...bigger, skill: gap.skill });
    }
  }

  // Second pass: the words, with each resource's hours laid over its skill's learning weeks.
  const progress = new Map<string, number>();
  const weeks: PlanWeek[] = sizedWeeks.map(({ week, slot, actions }) => {
    const study: WriteContext["study"] = new Map();
    for (const a of actions) {
      if (a.kind !== "learn" || !a.skill) continue;
      const resource = chosen.get(a.skill) ?? null;
      const done = progress.get(a.skill) ?? 0;
      if (resource && done < resource.approxHours) {
        const to = Math.min(resource.approxHours, done + a.hours);
        study.set(a.skill, { resource, from: done, to });
        progress.set(a.skill, to);
      } else study.set(a.skill, null);
    }
    const ctx: WriteContext = { week, study, software: input.target.slug in PROJECTS };
    return {
      week,
      days: `Days ${(week - 1) * 7 + 1}–${week === WEEKS ? 90 : week * 7}`,
      phase: week <= 4 ? 1 : week <= 8 ? 2 : 3,
      theme: themeFor(week, slot?.gap.skill ?? null, input),
      focusSkill: slot?.gap.skill ?? null,
      hours,
      actions: actions.map((a) => ({
        kind: a.kind,
        text: a.write(a.hours, ctx),
        hours: a.hours,
        skill: a.skill,
        resource: a.kind === "learn" && a.skill ? (study.get(a.skill)?.resource.title ?? null) : null,
      })),
    };
  });

  const skillHoursBy = (skill: string, lastWeek: number) =>
    weeks
      .filter((w) => w.week <= lastWeek)
      .flatMap((w) => w.actions)
      .filter((a) => a.skill === skill && (a.kind === "learn" || a.kind === "practise"))
      .reduce((s, a) => s + a.hours, 0);
  const applications = employers.filter((e) => weeks.some((w) => w.actions.some((a) => a.kind === "apply" && a.text.includes(e))));
  const projectHours = weeks
    .flatMap((w) => w.actions)
    .filter((a) => a.kind === "project")
    .reduce((s, a) => s + a.hours, 0);
  const project = portfolioProject(input, focus, projectHours, exposed[0] ?? null, grow);
  const claims: LevelClaim[] = [];
  const claim = (gap: PlanGap | undefined, day: 30 | 60 | 90): string | null => {
    if (!gap) return null;
    const spent = skillHoursBy(gap.skill, day / 7.5);
    if (!gap.requiredLevel || spent === 0)
      return spent ? `${gap.skill}: ${hoursWord(spent)} of study and practice, with one piece of work that shows it` : null;
    const to = reachableLevel(gap.yourLevel, spent, gap.requiredLevel);
    if (to > gap.yourLevel) {
      claims.push({ skill: gap.skill, day, from: gap.yourLevel, to, hours: spent });
      return `${gap.skill}: ${gap.yourLevel ? `level ${gap.yourLevel}` : "new"} to level ${to} (${hoursWord(spent)} of study and practice by day ${day}), shown by one piece of work`;
    }
    const next = gap.yourLevel + 1;
    return `${gap.skill}: ${hoursWord(spent)} of study and practice by day ${day}, a first step towards level ${next} (a full step takes about ${hoursBetween(gap.yourLevel, next)} hours)`;
  };

  return {
    shape: input.shape,
    hoursPerWeek: hours,
    totalHours: hours * WEEKS,
    focus: focus.map((g) => ({
      ...g,
      weeks: weeks.filter((w) => w.focusSkill === g.skill).map((w) => w.week),
      hours: skillHoursBy(g.skill, WEEKS),
      resource: chosen.get(g.skill) ?? null,
      practiceTask: practiceTask(g.skill)?.name ?? null,
    })),
    weeks,
    milestones: milestones(input, weeks, focus, project, applications, exposed, claim),
    project,
    inPlan,
    beyond,
    claims,
    applications,
  };
}

/** Where the buyer practises a skill: their own task that gives it most time, else the target role's task that uses it. */
function practiceFor(skill: string, input: PlanInput): { name: string; own: boolean } | null {
  const own = [...input.tasks]
    .filter((t) => t.sharePercent > 0 && t.skills.includes(skill))
    .sort((a, b) => b.sharePercent - a.sharePercent)[0];
  if (own) return { name: own.name, own: true };
  const theirs = input.targetTasks.find((t) => t.skills.includes(skill));
  return theirs ? { name: theirs.name, own: false } : null;
}

const KIND_WORD = { course: "course", certification: "certification", book: "book", guide: "guide" } as const;

function learnText(gap: PlanGap, slot: Slot, hours: number, ctx: WriteContext, seniority: Seniority, where: string): string {
  const part = ctx.study.get(gap.skill);
  const skill = gap.skill;
  if (part) {
    const r = part.resource;
    const kind = r.kind ?? "course";
    const span = `${r.approxHours} h in all, ${costText(r.approxCostGbp)}`;
    const rest = hours - (part.to - part.from);
    const then = rest > 0 ? ` Then ${fmtH(rest)}: ${stageExercise(skill, slot, seniority, where, ctx.software)}` : "";
    const verb = kind === "book" ? "read" : kind === "guide" ? "work through" : "study";
    if (part.from === 0) {
      const finishes = part.to >= r.approxHours;
      return `${skill}: ${finishes ? "do" : "start"} “${r.title}” (${KIND_WORD[kind]}, ${r.provider}; ${span})${finishes ? "" : `, the first ${fmtH(part.to)}`}${kind === "certification" && finishes ? ", and book the exam" : ""}.${then}`;
    }
    if (part.to >= r.approxHours)
      return `${skill}: finish “${r.title}” (${verb} its last ${fmtH(part.to - part.from)})${kind === "certification" ? " and book the exam" : ""}.${then}`;
    return `${skill}: ${verb} the next ${fmtH(part.to - part.from)} of “${r.title}” (${part.to} of its ${r.approxHours} h done).${then}`;
  }
  return `${skill}: ${stageExercise(skill, slot, seniority, where, ctx.software)}`;
}

const CONSOLIDATE = [
  "write a one-page note of what you can now do and what still trips you up, with one example from your own work",
  "re-rate yourself against the level descriptions on page 9 and ask someone who works at that level whether they agree",
  "explain it in ten minutes to a colleague, then write down the question you could not answer and look it up",
  "list the three situations where you would now use it without thinking, and the one where you would still ask for help",
];

/** The second week on a skill: use it for real, on the buyer's own work where their week has it. */
const APPLY = [
  (skill: string, where: string) =>
    `bring it to ${where}: plan how you will use it before you start, then note what went as planned and what did not.`,
  (skill: string, where: string) =>
    `find one example of ${skill} done well (a colleague's work, a published case study or a conference talk) and list three things from it you will use in ${where}.`,
  (skill: string, where: string) =>
    `ask someone who is good at it how they learned it, try the first thing they name on ${where}, and write down what changed.`,
  (skill: string, where: string) =>
    `write how you would explain it to someone new, using ${where} as the example, and check the gaps against a trusted source.`,
];

/** Harder exercises for the later weeks on one skill, each used once per plan. */
const STRETCH = {
  early: [
    "take the hardest example you can find and ask someone who does it daily to review your attempt",
    "redo an earlier piece in half the time, then compare the two and note what you skipped",
    "find a public write-up of a failure involving it and list what you would have checked first",
    "pair for an hour with someone stronger at it, or watch a recorded session, and copy one habit",
    "write a short worked example of it for someone a year behind you",
    "pick the part you have avoided so far and spend the session on that alone",
    "set yourself a small task that needs it, with an answer you can check, do it cold, then mark it honestly",
  ],
  senior: [
    "take the hardest case of it you can find at work, write down how you handled it, and have a peer who is strong at it challenge your approach",
    "review a colleague's work for it and write the three comments you would give",
    "find a public post-mortem or case study involving it and write what you would have done",
    "set a standard for it your team could adopt: one page, with one example",
    "ask someone senior in it for the question they use to test candidates, and answer it in writing",
    "pick the part you have delegated so far and do it yourself once, end to end",
    "map where it goes wrong in your organisation today and propose one change",
  ],
};

/**
 * Exercises that lean on experience (review a colleague, coach, set a standard) suit a senior only in
 * a skill they already work in: a senior new to Kubernetes practises like anyone new to it.
 */
const seasoned = (seniority: Seniority, gap: PlanGap) => (seniority === "senior" || seniority === "lead") && gap.yourLevel >= 3;

function stageExercise(skill: string, slot: Slot, seniority: Seniority, where: string, software: boolean): string {
  const senior = seasoned(seniority, slot.gap);
  if (slot.stage === 3) return `${CONSOLIDATE[slot.pick % CONSOLIDATE.length]}.`;
  if (slot.index === 0) return `${studyHint(skill, software)}.`;
  if (slot.index === 1) {
    const own = applyHint(skill, where);
    return own ? `${own}.` : APPLY[slot.pick % APPLY.length]!(skill, where);
  }
  const list = senior ? STRETCH.senior : STRETCH.early;
  return `${list[slot.pick % list.length]}.`;
}

const PRACTICE = [
  (skill: string, level: string) => `list where ${skill} shows up in it and two things someone${level} would do differently.`,
  (skill: string) => `do one real piece of it using ${skill} deliberately and write three lines on what changed.`,
  (skill: string, _level: string, senior: boolean) =>
    senior
      ? `run a 30-minute session for your team on ${skill}, using this week's work as the example.`
      : `ask a colleague stronger at ${skill} to review this week's piece and note their two main points.`,
  (skill: string) => `time yourself on one piece that needs ${skill} and note where the time went.`,
  (skill: string, _level: string, senior: boolean) =>
    senior
      ? `hand one piece that needs ${skill} to a colleague and coach them through it.`
      : `take one piece that needs ${skill} from start to finish without asking for help, then list what you looked up.`,
];

/** Where a skill is practised, in words: the buyer's own task, the target's task rehearsed, or a side exercise. */
function practiceWhere(where: { name: string; own: boolean } | null): string {
  if (!where) return "a small side exercise";
  return where.own ? `your “${where.name}” work` : `the target role's “${where.name}” work (on a practice case of your own)`;
}

/** `week` picks the exercise: practice runs in weeks 1–5, one a week, so each plan uses each line once. */
function practiseText(gap: PlanGap, week: number, where: { name: string; own: boolean } | null, seniority: Seniority): string {
  const senior = seasoned(seniority, gap);
  const task = where ? `“${where.name}”` : null;
  const ownWork = task
    ? where!.own
      ? `your ${task} work`
      : `the target role's ${task} work, rehearsed on a small example of your own`
    : "a small side exercise";
  const level = gap.requiredLevel ? ` at level ${gap.requiredLevel}` : "";
  return `Practise on ${ownWork}: ${PRACTICE[(week - 1) % PRACTICE.length]!(gap.skill, level, senior)}`;
}

function candidatesFor(
  week: number,
  slot: Slot | undefined,
  input: PlanInput,
  exposed: readonly PlanTask[],
  grow: PlanTask | null,
  employers: readonly string[],
  practiceTask: (skill: string) => { name: string; own: boolean } | null,
): Candidate[] {
  const out: Candidate[] = [];
  const stay = input.shape === "stay";
  if (slot) {
    out.push({
      kind: "learn",
      weight: week >= 10 ? 2 : 5,
      skill: slot.gap.skill,
      write: (h, ctx) => learnText(slot.gap, slot, h, ctx, input.seniority, practiceWhere(practiceTask(slot.gap.skill))),
    });
  }
  // Each AI week builds on the one before: draft and time, then turn the corrections into a checklist, then use it.
  const ai = (task: PlanTask, toolIndex: number) => {
    const tool = task.aiTools[toolIndex % Math.max(1, task.aiTools.length)] ?? "an AI assistant";
    const facts = `(${task.sharePercent}% of your week, exposure ${task.exposure})`;
    if (week === 1)
      return `AI on your own work: let ${tool} draft this week's “${task.name}” ${facts}; review every line, fix what it gets wrong and log the minutes saved.`;
    if (week === 2)
      return `AI on your own work: hand ${tool} a first draft of “${task.name}” ${facts}, then write down every change you had to make; that list becomes your review checklist.`;
    return `AI on your own work: run this week's “${task.name}” ${facts} through ${tool} with the checklist from week 2, and log what it still gets wrong.`;
  };
  const [first, second, third] = exposed;
  if (week === 1 && first) out.push({ kind: "automate", weight: stay ? 4 : 2, cap: stay ? 3 : 2, skill: null, write: () => ai(first, 0) });
  if (week === 2 && (second ?? first))
    out.push({
      kind: "automate",
      weight: stay ? 4 : 2,
      cap: stay ? 3 : 2,
      skill: null,
      write: () =>
        second
          ? ai(second, 0)
          : `AI on your own work, second week: run “${first!.name}” through ${first!.aiTools[1] ?? first!.aiTools[0] ?? "an AI assistant"} again with the prompt and checks you settled on, and compare the minutes with week 1.`,
    });
  if (stay && week === 3 && first) {
    out.push({
      kind: "automate",
      weight: 3,
      cap: 2,
      skill: null,
      write: () =>
        third
          ? ai(third, 0)
          : `Write the checklist you now use to review AI output on “${first.name}”: what you check every time and what you always rewrite.`,
    });
  }
  if (stay && week === 5 && first) {
    out.push({
      kind: "automate",
      weight: 2,
      cap: 1,
      skill: null,
      write: () =>
        `Measure: compare this week's hours on “${first.name}”${second ? ` and “${second.name}”` : ""} with week 1's and move the time freed to “${grow?.name ?? "your least exposed work"}”.`,
    });
  }
  const senior = input.seniority === "senior" || input.seniority === "lead";
  if (week === 3 && grow) {
    out.push({
      kind: "grow",
      weight: 2,
      cap: 1,
      skill: null,
      // A senior or lead decides where their week goes; a junior asks for the work.
      write: () =>
        senior
          ? `Move more of your week to “${grow.name}” (exposure ${grow.exposure}), the part of your work AI touches least: name the routine piece you will hand off or automate to make room.`
          : `Ask to take on more “${grow.name}” (exposure ${grow.exposure}), the part of your work AI touches least: name one piece you could own this quarter.`,
    });
  }
  if (slot && week <= 5)
    out.push({
      kind: "practise",
      weight: 2,
      skill: slot.gap.skill,
      write: () => practiseText(slot.gap, week, practiceTask(slot.gap.skill), input.seniority),
    });
  if (week >= PROJECT_FROM_WEEK)
    out.push({ kind: "project", weight: week >= 10 ? 5 : 3, skill: null, write: () => projectStep(week, input) });
  if (week === 4) {
    out.push({
      kind: "network",
      weight: 1,
      cap: 1,
      skill: null,
      write: () =>
        stay
          ? `Book 30 minutes with your manager: show the time AI now saves you on “${first?.name ?? "your routine work"}” and agree where it goes: more “${grow?.name ?? "of the work AI touches least"}”.`
          : `Find five ${targetPlural(input)} on LinkedIn or at a meetup and ask two for 20 minutes about their week and what they would look for in someone moving in.`,
    });
  }
  if (stay && week === 8)
    out.push({
      kind: "network",
      weight: 1,
      cap: 1,
      skill: null,
      write: () =>
        `Show your team how you now run “${first?.name ?? "your most routine task"}” with AI tools, with the review checks you apply; offer to help one colleague set it up.`,
    });
  if (stay && week === 11)
    out.push({
      kind: "network",
      weight: 1,
      cap: 1,
      skill: null,
      write: () =>
        `Present your case study to your manager or team and ask which decisions on “${grow?.name ?? "your core work"}” you could own next.`,
    });
  if (!stay && week >= 8 && week <= 10 && employers[week - 8]) {
    const employer = employers[week - 8]!;
    const research = [
      `Research ${employer}: read its careers pages and its latest news or blog posts and note one problem it has that your project speaks to.`,
      `Research ${employer}: read two of its current adverts for ${targetPlural(input)} and list which of their requirements your project already shows.`,
      `Research ${employer}: find who leads the team you would join (its blog, talks or LinkedIn) and note one thing they have said about their work that your project speaks to.`,
    ][week - 8]!;
    out.push({ kind: "network", weight: 1, cap: 1, skill: null, write: () => research });
  }
  if (!stay && week >= 11 && employers[week - 11]) {
    const employer = employers[week - 11]!;
    // A junior applies at their level; anyone else for the role, or asks first where the gap is wide.
    const role = input.seniority === "junior" ? `a junior ${input.target.title} role` : `${indefinite(input.target.title)} role`;
    const noted = ["the problem you noted", "the requirements you matched"][week - 11]!;
    const text =
      week === 11
        ? `Apply to ${employer} for ${role}, or write to someone there, linking your project and ${noted} in week ${week - 3}.`
        : `Apply to ${employer} for ${role}, or ask someone there for 20 minutes, with your project and ${noted} in week ${week - 3}; chase week 11's if you have had no reply.`;
    out.push({ kind: "apply", weight: 1, cap: 2, skill: null, write: () => text });
  }
  return out;
}

/** Software is built and tested; a document is drafted and tried on a real case; an analysis is run and checked. */
const MOVE_STEPS: Record<ProjectKind, Record<7 | 8 | 9 | 11, string>> = {
  build: {
    7: "Project: build the smallest version that works end to end, even if rough.",
    8: "Project: get a first working version in front of one person and note their questions.",
    9: "Project: harden it: tests, edge cases and the awkward parts you skipped.",
    11: "Project: publish it (GitHub, a blog post or a recorded demo) with the write-up.",
  },
  document: {
    7: "Project: draft it end to end from a real case you know, rough where it has to be.",
    8: "Project: put the draft in front of one person who would use it and note their questions.",
    9: "Project: try it on one real situation and rewrite the parts that did not survive it.",
    11: "Project: publish it (a blog post, a shared document or a recorded walkthrough) with the write-up.",
  },
  analysis: {
    7: "Project: get the data, clean it and run the simplest analysis that answers the question, even if rough.",
    8: "Project: show the first result to one person and note what they doubt.",
    9: "Project: check it: a second method, the obvious confounders, and what would change your answer.",
    11: "Project: publish it (a notebook on GitHub or a blog post) with the write-up.",
  },
};

export const projectKindOf = (slug: string): ProjectKind => PROJECTS[slug]?.kind ?? "document";

function projectStep(week: number, input: PlanInput): string {
  const stay = input.shape === "stay";
  if (!stay && (week === 7 || week === 8 || week === 9 || week === 11)) return MOVE_STEPS[projectKindOf(input.target.slug)][week];
  const steps: Record<number, string> = {
    6: stay
      ? "Project: write a one-page brief for your case study: which task, the hours it took before, what you will measure."
      : "Project: write a one-page brief: the problem, who it is for, what done looks like and what you will leave out.",
    7: "Project: record a week of the task done with AI tools: time taken, what you changed in the output and why.",
    8: "Project: draft the before-and-after write-up with the figures you have logged since week 1.",
    9: "Project: add the review checklist and one mistake the tools made that you caught, with how you caught it.",
    10: stay
      ? "Project: turn the write-up into a two-page case study your manager could forward."
      : "Project: write it up: the problem, your decisions and what you would do next.",
    11: "Project: publish it where your organisation shares practice (wiki, show-and-tell or internal blog).",
    12: stay
      ? "Project: collect feedback from two readers and fold it into a second version."
      : `Project: walk ${indefinite(input.target.title)} through it and ask what would make it stronger for an interview.`,
  };
  return steps[week]!;
}

function themeFor(week: number, skill: string | null, input: PlanInput): string {
  const stay = input.shape === "stay";
  if (week <= 2) return stay ? `AI on your own work, start ${skill ?? "learning"}` : `Free up time, start ${skill ?? "learning"}`;
  if (week <= 5) return skill ? `Build ${skill}` : "Build your foundations";
  if (week <= 9) return skill ? `${skill} + your project` : "Your project";
  // A long title (the schema allows 80 characters) would take the heading onto a second line.
  if (week <= 11)
    return stay
      ? "Make your work visible"
      : input.target.title.length <= 40
        ? `Show your work to ${input.target.title} employers`
        : "Show your work to employers";
  return stay ? "Present and agree what you own next" : "Present, apply, review";
}

function portfolioProject(
  input: PlanInput,
  focus: readonly PlanGap[],
  hours: number,
  automate: PlanTask | null,
  grow: PlanTask | null,
): PortfolioProject {
  const skills = focus.slice(0, 3).map((g) => g.skill);
  const small = hours < SMALL_PROJECT_HOURS;
  if (input.shape === "stay") {
    const task = automate?.name ?? "your most routine task";
    return {
      // After a colon the task reads as a name, a curated noun phrase or an imported clause alike
      // ("…: Instruct individuals, families, or other groups"), and the title needs no quotes of its
      // own (pages quote the whole title).
      title: `A before-and-after case study with AI tools: ${task}`,
      verb: "Write",
      brief: `a before-and-after of your own “${task}” work: the hours it took, how you now use ${automate?.aiTools[0] ?? "AI tools"}, the checks you apply to the output, one error you caught, and what you did with the time freed${grow ? ` (more “${grow.name}”)` : ""}`,
      skills,
      hours,
      deliverables: [
        "A one-page brief: the task, the hours it took and what you measured",
        small
          ? "A short log of two weeks of the task done with AI tools"
          : "A log of four weeks of the task done with AI tools, with time and corrections",
        "A two-page case study your manager could forward",
        "A 10-minute show-and-tell for your team",
      ],
    };
  }
  const known = PROJECTS[input.target.slug];
  const kind = projectKindOf(input.target.slug);
  // Under SMALL_PROJECT_HOURS the brief shrinks to what those hours can make.
  const modest = hours < SMALL_PROJECT_HOURS;
  const second: Record<ProjectKind, string> = {
    build: modest ? "A small working version, deliberately limited in scope" : "A working version with tests or evidence that it works",
    document: modest ? "A short first version, tried on one real case" : "A full draft, tried on a real situation and revised",
    analysis: modest ? "One result, checked once by a second method" : "The analysis, checked by a second method, with its code",
  };
  return {
    title: known ? (modest ? known.smallTitle : known.title) : `${indefinite(input.target.title, { capitalize: true })} case study`,
    verb: kind === "build" ? "Build" : kind === "analysis" ? "Run" : "Write",
    brief: known
      ? modest
        ? known.small
        : known.brief
      : `a piece of work ${indefinite(input.target.title)} would recognise, using ${skills.join(", ") || "the role's core skills"}`,
    skills,
    hours,
    deliverables: [
      "A one-page brief: the problem, who it is for and what done looks like",
      second[kind],
      "A write-up of your decisions and trade-offs (500–800 words)",
      "A short demo or walkthrough you can share in an interview",
    ],
  };
}

function milestones(
  input: PlanInput,
  weeks: readonly PlanWeek[],
  focus: readonly PlanGap[],
  project: PortfolioProject,
  applications: readonly string[],
  exposed: readonly PlanTask[],
  claim: (gap: PlanGap | undefined, day: 30 | 60 | 90) => string | null,
): Milestone[] {
  const stay = input.shape === "stay";
  const by = (week: number, kind: ActionKind) => weeks.some((w) => w.week <= week && w.actions.some((a) => a.kind === kind));
  const automated = exposed.filter((t) =>
    weeks.some((w) => w.week <= 4 && w.actions.some((a) => a.kind === "automate" && a.text.includes(`“${t.name}”`))),
  );
  // Long task statements (imported roles allow 80 characters) are counted rather than quoted three times over.
  const named = andList(automated.map((t) => `“${t.name}”`));
  const aiCheck = automated.length
    ? `${named.length <= 140 ? named : `Your ${automated.length === 1 ? "most exposed task" : `${automated.length} most exposed tasks`} from weeks 1–${automated.length}`} drafted with AI tools and reviewed by you, with the minutes saved logged`
    : null;
  const [first, second] = focus;
  const list = (items: (string | null)[]) => items.filter((x): x is string => !!x);
  return [
    {
      day: 30,
      title: stay ? "AI working for you, first skill moving" : "Time freed, first gap closing",
      checks: list([
        aiCheck,
        claim(first, 30),
        by(4, "network")
          ? stay
            ? "A conversation with your manager about the work you want more of"
            : `Two conversations booked with ${targetPlural(input)}`
          : null,
      ]),
    },
    {
      day: 60,
      title: stay ? "Case study under way" : "Project under way",
      checks: list([
        by(8, "project")
          ? `“${project.title}” scoped and a first version ${!stay && project.verb === "Build" ? "working" : "drafted"}`
          : null,
        claim(second ?? first, 60),
        stay
          ? by(8, "network")
            ? "Your AI workflow shown to your team"
            : null
          : by(8, "network")
            ? "A shortlist of target employers with a reason for each"
            : null,
      ]),
    },
    {
      day: 90,
      title: "Evidence in hand",
      checks: list([
        by(11, "project")
          ? `${stay ? "Case study" : "Project"} published with its write-up`
          : by(12, "project")
            ? "Project drafted, ready to publish"
            : null,
        stay
          ? by(11, "network")
            ? "Presented to your manager, with one piece of work you will own next agreed"
            : null
          : applications.length
            ? `Applications or enquiries sent to ${applications.length} named ${applications.length === 1 ? "employer" : "employers"}: ${applications.join(", ")}`
            : null,
        claim(first, 90),
        "Your skills re-rated against this plan, and the next 90 days chosen",
      ]),
    },
  ];
}
