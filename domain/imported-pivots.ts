/**
 * Paths from one imported occupation to others, as a careers adviser would pick them (ADR 009):
 * similar work first (task statements, domain/task-similarity.ts), then skills, preparation (O*NET
 * job zone), pay (US median ratio) and AI exposure. Pure. Every path carries the reason shown
 * beside it on the report and in the result.
 *
 * - More than one job zone higher needs a new qualification (nurse → physician): a *long-term
 *   path*, listed apart and labelled, never a pivot.
 * - More than one job zone lower, or a US median under 85 % of the current one, is a *step
 *   down*: stored with its reason for goals that may ask for it, never offered as a pivot.
 */
import { skillSimilarity } from "./catalogue-import";
import { ADJACENT_MATCH, levelsOf, skillOverlap, type PivotCandidate, type PivotKind } from "./pivots";
import { buildTaskIndex, neighbourhoodSimilarity } from "./task-similarity";
import { payRatio, type PayRatio, type UsWages } from "./us-wages";

/** `socCode`: the O*NET-SOC code, for rules that depend on the kind of work (licensed health professions). */
export type ImportedProfile = PivotCandidate & { jobZone: number | null; usWages: UsWages | null; socCode?: string };

export type PathHorizon = "pivot" | "long-term" | "step-down";

export type ImportedPath = {
  targetId: number;
  kind: PivotKind;
  horizon: PathHorizon;
  /** Symmetric skill similarity, 0–100; 0 when either role has no O*NET skill ratings. */
  matchPercent: number;
  /** Cosine similarity of the task statements, 0–100. */
  taskSimilarity: number;
  rankScore: number;
  payRatio: number | null;
  /** Target zone minus source zone; null when either zone is unknown (not even estimated). */
  jobZoneStep: number | null;
  skillsHeld: string[];
  skillsNeeded: string[];
  reason: string;
};

export const PATH_RULES = {
  /** A step of more than this many job zones up is a long-term path… */
  maxZoneRise: 1,
  /** …and more than this many is out of reach: not suggested at all (care assistant → surgeon). */
  maxLongTermRise: 2,
  /** Job zone 5: "most of these occupations require graduate school" (O*NET); stepping into it is long-term. */
  graduateZone: 5,
  /** One zone up to a role paying this much more is long-term too (nurse → physician assistant: a master's). */
  maxPayRiseWithZoneUp: 1.5,
  /** Paying this much more is long-term whatever the zones say (health services manager → physician)… */
  maxPayRise: 2,
  /** …and this much more is a different career altogether, not suggested (hairdresser → surgeon). */
  outOfReachPayRise: 3,
  /** A step of more than this many job zones down is a step down. */
  maxZoneDrop: 1,
  /** Target US median ÷ current below this is a pay cut. */
  minPayRatio: 0.85,
  /** Below this task similarity two roles share too little work to suggest a move at all. */
  minTaskSimilarity: 0.07,
} as const;

/** SOC 29-1: health diagnosing and treating practitioners, each a licensed profession with its own degree. */
const LICENSED_HEALTH = "29-1";

/**
 * Ranking = task similarity (0–1, typically 0.05–0.3 between related roles)
 *   + field × neighbourhood similarity (0–1: do the two roles' closest occupations overlap?)
 *   + skill × (skill similarity − 1)        (skill similarity is 0.8–1 for most pairs)
 *   + exposure × (current − target) ÷ 100    (lower exposure is better)
 *   + pay × ln(pay ratio), capped at ±0.2    (a small pull towards better-paid work)
 *   − zoneDown when the target is one zone lower.
 * Weights were set on the sanity panel (tests/integration/pivot-sanity.test.ts): work similarity
 * leads, the rest breaks ties between roles that do comparable work.
 */
export const PATH_WEIGHTS = { field: 0.2, skill: 0.5, exposure: 0.1, pay: 0.1, zoneDown: 0.02 } as const;

export const PATH_LIMITS: Record<PathHorizon, number> = { pivot: 5, "long-term": 2, "step-down": 2 };
/** Phrases of shared work a reason names. */
const SHARED_WORK_NAMED = 3;

/**
 * Job zone for a role O*NET gives none (the newer codes lack skill rows): the median zone of the
 * five roles whose tasks are most alike, marked as an estimate wherever it is used.
 */
export function estimateJobZone(
  similar: ReadonlyMap<number, number>,
  zoneOf: (id: number) => number | null,
  neighbours = 5,
): number | null {
  const zones = [...similar]
    .filter(([id]) => zoneOf(id) !== null)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, neighbours)
    .map(([id]) => zoneOf(id)!)
    .sort((a, b) => a - b);
  return zones.length ? zones[Math.floor((zones.length - 1) / 2)]! : null;
}

export type Zone = { value: number; estimated: boolean } | null;

/** Why a move is not a plain pivot; the reason shown says it in words. */
export type MoveRule = "zone-drop" | "pay-cut" | "zone-rise" | "graduate-zone" | "pay-rise" | "licensed-health";

export type MoveFacts = {
  /** Target zone minus source zone (null when either is unknown). */
  step: number | null;
  toZone: number | null;
  pay: PayRatio | null;
  sourceSoc?: string;
  targetSoc?: string;
};

/**
 * Where a move falls under PATH_RULES, and by which rule; null when it is out of reach. A pay cut
 * or a much lower zone makes a step down even when the move also needs more preparation (more
 * training for less pay is no path to offer). Unknown pay or zone never blocks a move alone.
 */
export function classifyMove(m: MoveFacts): { horizon: PathHorizon; rule: MoveRule | null } | null {
  const { step, pay } = m;
  const knownRatio = pay && pay.bound !== "both-top" ? pay.ratio : null;
  if (step !== null && step < -PATH_RULES.maxZoneDrop) return { horizon: "step-down", rule: "zone-drop" };
  if (knownRatio !== null && pay!.bound !== "at-least" && knownRatio < PATH_RULES.minPayRatio)
    return { horizon: "step-down", rule: "pay-cut" };
  if (step !== null && step > PATH_RULES.maxLongTermRise) return null;
  if (knownRatio !== null && pay!.bound !== "at-most" && knownRatio >= PATH_RULES.outOfReachPayRise) return null;
  if (step !== null && step > PATH_RULES.maxZoneRise) return { horizon: "long-term", rule: "zone-rise" };
  if (step !== null && step > 0 && m.toZone === PATH_RULES.graduateZone) return { horizon: "long-term", rule: "graduate-zone" };
  const risesTo = (limit: number) => knownRatio !== null && pay!.bound !== "at-most" && knownRatio >= limit;
  if ((step !== null && step > 0 && risesTo(PATH_RULES.maxPayRiseWithZoneUp)) || risesTo(PATH_RULES.maxPayRise))
    return { horizon: "long-term", rule: "pay-rise" };
  if (m.targetSoc?.startsWith(LICENSED_HEALTH) && !m.sourceSoc?.startsWith(LICENSED_HEALTH))
    return { horizon: "long-term", rule: "licensed-health" };
  return { horizon: "pivot", rule: null };
}

const percent = (x: number) => Math.round(x * 100);

function zoneText(from: Zone, to: Zone, step: number | null, rule: MoveRule | null): string {
  if (!from || !to || step === null) return "no O*NET job zone to compare preparation";
  const est = from.estimated || to.estimated ? ", estimated from similar roles" : "";
  const zones = `job zone ${from.value} → ${to.value}${est}`;
  if (step > PATH_RULES.maxZoneRise) return `needs much more preparation (${zones}): usually a new degree or licence`;
  if (rule === "graduate-zone") return `a step up into job zone 5, where most roles need a graduate degree (${zones})`;
  if (step < -PATH_RULES.maxZoneDrop) return `needs much less preparation (${zones})`;
  if (step > 0) return `a step up in preparation (${zones})`;
  if (step < 0) return `needs a little less preparation (${zones})`;
  return `similar preparation (${zones})`;
}

function payText(pay: PayRatio | null): string {
  if (!pay) return "no US pay figure to compare";
  if (pay.bound === "both-top") return "pays about the same (both US medians are $208,000 or more)";
  if (pay.sameGroup) return "same US pay figure (BLS reports both under one SOC code)";
  const r = pay.ratio.toFixed(2);
  const figure =
    pay.bound === "at-most"
      ? `US median ratio at most ${r}`
      : pay.bound === "at-least"
        ? `US median ratio at least ${r}`
        : `US median ratio ${r}`;
  // A pay cut says by how much in words (a step down must say it plainly), from the ratio as shown.
  const cut = 100 - percent(Number(r));
  const words =
    pay.ratio < PATH_RULES.minPayRatio
      ? pay.bound === "exact"
        ? `pays about ${cut} % less`
        : pay.bound === "at-most"
          ? `pays at least ${cut} % less`
          : "pays less"
      : pay.ratio < 0.95
        ? "pays a little less"
        : pay.ratio <= 1.05
          ? "pays about the same"
          : pay.ratio <= 1.2
            ? "pays a little more"
            : "pays more";
  return `${words} (${figure})`;
}

function exposureText(drop: number): string {
  if (drop === 0) return "as exposed to AI";
  return drop > 0
    ? `${drop} point${drop === 1 ? "" : "s"} less exposed to AI`
    : `${-drop} point${drop === -1 ? "" : "s"} more exposed to AI`;
}

const RULE_NOTE: Partial<Record<MoveRule, string>> = {
  "pay-rise": "a jump in pay like this usually takes a further qualification or years of experience",
  "licensed-health": "a licensed health profession: it needs its own degree and registration",
};

export type ReasonFacts = {
  taskSimilarity: number;
  sharedWork: readonly string[];
  from: Zone;
  to: Zone;
  step: number | null;
  pay: PayRatio | null;
  exposureDrop: number;
  horizon: PathHorizon;
  rule: MoveRule | null;
};

/**
 * "Work 41 % alike in O*NET task statements (patient care, …); similar preparation (…); pays …; 12 points less exposed to AI."
 * A long-term path or a step down says so first; a step down says why ("A step down: pays less.").
 */
export function pathReason(p: ReasonFacts): string {
  const work = `work ${p.taskSimilarity} % alike in O*NET task statements${p.sharedWork.length ? ` (${p.sharedWork.join(", ")})` : ""}`;
  const note = p.rule ? RULE_NOTE[p.rule] : undefined;
  const parts = [work, zoneText(p.from, p.to, p.step, p.rule), payText(p.pay), exposureText(p.exposureDrop), ...(note ? [note] : [])];
  const text = parts.join("; ");
  const sentence = `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  if (p.horizon === "long-term") return `Long-term path, not a quick pivot. ${sentence}`;
  if (p.horizon === "step-down") return `${stepDownLead(p)} ${sentence}`;
  return sentence;
}

/**
 * What makes a step down one, first and in plain words ("A step down: needs much less preparation
 * and pays less."); the sentence after it gives the job zones and the pay ratio.
 */
function stepDownLead(p: Pick<ReasonFacts, "step" | "pay">): string {
  const lessPreparation = p.step !== null && p.step < -PATH_RULES.maxZoneDrop;
  const lessPay =
    p.pay !== null && p.pay.bound !== "both-top" && p.pay.bound !== "at-least" && !p.pay.sameGroup && p.pay.ratio < PATH_RULES.minPayRatio;
  const which = [lessPreparation ? "needs much less preparation" : null, lessPay ? "pays less" : null].filter(Boolean).join(" and ");
  return which ? `A step down: ${which}.` : "A step down.";
}

export type PathContext = {
  /** Task similarity of the source with each other occupation (absent = nothing shared). */
  taskSimilarity: ReadonlyMap<number, number>;
  /** Neighbourhood similarity of the source with an occupation (task-similarity.ts). */
  fieldSimilarity: (targetId: number) => number;
  /** Zone for each occupation, O*NET's or estimated. */
  zoneOf: (id: number) => Zone;
  /** Shared work phrases for the reason, looked up only for the paths kept. */
  sharedWork: (targetId: number) => string[];
};

/** The paths kept for one source: the best of each horizon under PATH_LIMITS, best first. */
export function importedPaths(
  source: ImportedProfile,
  candidates: readonly ImportedProfile[],
  ctx: PathContext,
  limits = PATH_LIMITS,
): ImportedPath[] {
  const from = ctx.zoneOf(source.id);
  const scored = candidates
    .filter((c) => c.id !== source.id && (ctx.taskSimilarity.get(c.id) ?? 0) >= PATH_RULES.minTaskSimilarity)
    .flatMap((c) => {
      const task = ctx.taskSimilarity.get(c.id)!;
      const skills = source.skills.length > 0 && c.skills.length > 0 ? skillSimilarity(source.skills, c.skills) : null;
      const to = ctx.zoneOf(c.id);
      const step = from && to ? to.value - from.value : null;
      const pay = payRatio(source.usWages, c.usWages);
      const move = classifyMove({ step, toZone: to?.value ?? null, pay, sourceSoc: source.socCode, targetSoc: c.socCode });
      if (!move) return [];
      const score =
        task +
        PATH_WEIGHTS.field * ctx.fieldSimilarity(c.id) +
        PATH_WEIGHTS.skill * ((skills ?? 1) - 1) +
        (PATH_WEIGHTS.exposure * (source.exposureScore - c.exposureScore)) / 100 +
        PATH_WEIGHTS.pay * Math.max(-0.2, Math.min(0.2, Math.log(pay?.ratio ?? 1))) -
        (step === -1 ? PATH_WEIGHTS.zoneDown : 0);
      return [{ c, task, skills, to, step, pay, ...move, score: Math.round(score * 10_000) / 10_000 }];
    })
    .sort((x, y) => y.score - x.score || x.c.id - y.c.id);

  const have = levelsOf(source.skills);
  const taken: Record<PathHorizon, number> = { pivot: 0, "long-term": 0, "step-down": 0 };
  const out: ImportedPath[] = [];
  for (const m of scored) {
    if (taken[m.horizon] >= limits[m.horizon]) continue;
    taken[m.horizon] += 1;
    const matchPercent = m.skills === null ? 0 : percent(m.skills);
    const { held, needed } = m.c.skills.length && source.skills.length ? skillOverlap(have, m.c.skills) : { held: [], needed: [] };
    const taskSimilarity = percent(m.task);
    out.push({
      targetId: m.c.id,
      kind: source.sector === m.c.sector && (m.skills === null || matchPercent >= ADJACENT_MATCH) ? "adjacent" : "cross-domain",
      horizon: m.horizon,
      matchPercent,
      taskSimilarity,
      rankScore: m.score,
      payRatio: m.pay?.ratio ?? null,
      jobZoneStep: m.step,
      skillsHeld: held.slice(0, 5),
      skillsNeeded: needed.slice(0, 5),
      reason: pathReason({
        taskSimilarity,
        sharedWork: ctx.sharedWork(m.c.id),
        from,
        to: m.to,
        step: m.step,
        pay: m.pay,
        exposureDrop: source.exposureScore - m.c.exposureScore,
        horizon: m.horizon,
        rule: m.rule,
      }),
    });
    if (out.length === limits.pivot + limits["long-term"] + limits["step-down"]) break;
  }
  const order: Record<PathHorizon, number> = { pivot: 0, "long-term": 1, "step-down": 2 };
  return out.sort((a, b) => order[a.horizon] - order[b.horizon]);
}

export type ImportedOccupation = ImportedProfile & { statements: readonly string[] };

/**
 * Every imported occupation's paths (ADR 009): one TF-IDF index over all task statements, each
 * occupation's similarity row computed once, job zones estimated where O*NET gives none, then
 * `importedPaths` per occupation. Deterministic for the same input order.
 */
export function computeImportedPaths(occupations: readonly ImportedOccupation[], limits = PATH_LIMITS): Map<number, ImportedPath[]> {
  const index = buildTaskIndex(occupations.map((o) => ({ id: o.id, statements: o.statements })));
  // Similarities under 0.02 (most pairs) decide nothing below and only cost memory.
  const rows = new Map(occupations.map((o) => [o.id, index.similarities(o.id, 0.02)]));
  const field = neighbourhoodSimilarity(rows);
  const known = new Map(occupations.map((o) => [o.id, o.jobZone]));
  const zones = new Map<number, Zone>(
    occupations.map((o) => {
      if (o.jobZone !== null) return [o.id, { value: o.jobZone, estimated: false }];
      const estimate = estimateJobZone(rows.get(o.id)!, (id) => known.get(id) ?? null);
      return [o.id, estimate === null ? null : { value: estimate, estimated: true }];
    }),
  );
  const zoneOf = (id: number) => zones.get(id) ?? null;
  return new Map(
    occupations.map((source) => [
      source.id,
      importedPaths(
        source,
        occupations,
        {
          taskSimilarity: rows.get(source.id)!,
          fieldSimilarity: (target) => field(source.id, target),
          zoneOf,
          sharedWork: (target) => index.sharedWork(source.id, target, SHARED_WORK_NAMED),
        },
        limits,
      ),
    ]),
  );
}
