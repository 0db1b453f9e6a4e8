/**
 * The Blueprint's paths for one buyer: staying and future-proofing the current role, plus the
 * pivots their assessment found, re-matched with everything we know of the buyer's skills (ratings
 * and the time their week gives each skill) and ordered by what they asked for. Every path carries
 * the reason it is where it is. Pure.
 */
import { ADJACENT_MATCH, moveLabel, SIMILAR_BAND, skillMatchPercent, type MoveLabel, type SkillRequirement } from "./pivots";
import type { Goal } from "./scoring";

export type PathKind = "stay" | "adjacent" | "cross-domain";

export type PathTarget = {
  targetId: number;
  title: string;
  /** Null when the target was deleted from the catalogue since the assessment. */
  sector: string | null;
  exposureScore: number;
  medianPay: number | null;
  skills: readonly SkillRequirement[] | null;
  /** What the assessment stored, used when the target is gone. */
  storedMatch: number;
  storedKind: "adjacent" | "cross-domain";
};

export type RankedPath = {
  kind: PathKind;
  /** Null for the stay path. */
  targetId: number | null;
  title: string;
  matchPercent: number;
  exposureScore: number;
  /** Buyer's score minus the path's: positive is less exposed. */
  exposureDrop: number;
  payChange: number | null;
  label: MoveLabel | "Stay and future-proof";
  /** The move (not the stay path) with the highest match; ties go to the earlier path. */
  highestMatch: boolean;
  /** More exposed than the buyer's week and no better paid: shown last, with why. */
  fallback: boolean;
  reason: string;
};

export type PathsInput = {
  goal: Goal;
  personalScore: number;
  current: { title: string; sector: string; medianPay: number | null; skills: readonly SkillRequirement[] };
  level: (skill: string) => number;
  targets: readonly PathTarget[];
  /** What `medianPay` is: UK pounds (the default), or US dollars for imported roles (domain/pay-ratio.ts), never printed as pounds. */
  payBasis?: "uk" | "us";
};

const WANTED: Record<Goal, PathKind> = { "future-proof": "stay", adjacent: "adjacent", "cross-domain": "cross-domain" };

function matchOf(levels: (skill: string) => number, skills: readonly SkillRequirement[]): number {
  return skillMatchPercent(new Map(skills.map((s) => [s.skill, levels(s.skill)])), skills);
}

export function rankPaths(input: PathsInput): RankedPath[] {
  const wanted = WANTED[input.goal];
  const moves = input.targets.map((t) => {
    const matchPercent = t.skills?.length ? matchOf(input.level, t.skills) : t.storedMatch;
    const kind: PathKind =
      t.sector === null ? t.storedKind : t.sector === input.current.sector && matchPercent >= ADJACENT_MATCH ? "adjacent" : "cross-domain";
    const payChange = t.medianPay !== null && input.current.medianPay !== null ? t.medianPay - input.current.medianPay : null;
    const exposureDrop = input.personalScore - t.exposureScore;
    return {
      kind,
      targetId: t.targetId as number | null,
      title: t.title,
      matchPercent,
      exposureScore: t.exposureScore,
      exposureDrop,
      payChange,
      label: moveLabel(matchPercent, input.personalScore, t.exposureScore) as RankedPath["label"],
      highestMatch: false,
      fallback: exposureDrop < -SIMILAR_BAND && (payChange === null || payChange <= 0),
      reason: "",
    };
  });
  const best = moves.reduce<(typeof moves)[number] | null>((b, m) => (!b || m.matchPercent > b.matchPercent ? m : b), null);
  if (best) best.highestMatch = true;
  const anyWanted = moves.some((m) => m.kind === wanted);
  for (const m of moves) m.reason = reasonFor(m, input.goal, wanted, anyWanted, input.payBasis ?? "uk");

  moves.sort(
    (a, b) =>
      Number(a.fallback) - Number(b.fallback) ||
      Number(b.kind === wanted) - Number(a.kind === wanted) ||
      b.matchPercent - a.matchPercent ||
      a.exposureScore - b.exposureScore ||
      (a.targetId ?? 0) - (b.targetId ?? 0),
  );

  const stayMatch = matchOf(input.level, input.current.skills);
  // Staying goes before any move that is more exposed and pays no more: a plan never aims at one
  // of those while keeping the role is on the table.
  const ahead = moves.filter((m) => !m.fallback);
  const behind = moves.filter((m) => m.fallback);
  const onlyWorse = wanted !== "stay" && ahead.length === 0 && behind.length > 0;
  const stay: RankedPath = {
    kind: "stay",
    targetId: null,
    title: `Future-proof your role as ${input.current.title}`,
    matchPercent: stayMatch,
    exposureScore: input.personalScore,
    exposureDrop: 0,
    payChange: 0,
    label: "Stay and future-proof",
    highestMatch: false,
    fallback: false,
    reason:
      input.goal === "future-proof"
        ? `You asked to future-proof your current role, so this path comes first. You meet ${stayMatch}% of what the role asks; the plan builds the rest and moves your week towards the work AI touches least.`
        : onlyWorse
          ? `You asked for ${KIND_WORDS[wanted]}, but every move we found is more exposed than your week today and pays no more, so staying comes first. You meet ${stayMatch}% of what your role asks; the plan builds the rest and moves your week towards the work AI touches least.`
          : `Always open, and the cheapest: keep your role and move your week towards its least exposed work. You meet ${stayMatch}% of what the role asks.`,
  };
  return wanted === "stay" ? [stay, ...moves] : [...ahead, stay, ...behind];
}

const pounds = (n: number) => `£${Math.round(n).toLocaleString("en-GB")}`;

const KIND_WORDS: Record<PathKind, string> = {
  stay: "to future-proof your role",
  adjacent: "an adjacent move",
  "cross-domain": "a cross-domain move",
};

function reasonFor(m: Omit<RankedPath, "reason">, goal: Goal, wanted: PathKind, anyWanted: boolean, basis: "uk" | "us"): string {
  const best = m.highestMatch ? " It is your highest skill match of the moves here." : "";
  if (m.fallback) {
    const lower =
      basis === "us"
        ? "its US median pay (BLS OEWS May 2021) is lower than your role's"
        : `its median pay is ${pounds(-(m.payChange ?? 0))} lower than your role's`;
    const same =
      basis === "us" ? "its US median pay (BLS OEWS May 2021) is the same as your role's" : "its median pay is the same as your role's";
    const pay = m.payChange === null ? "we hold no pay figure that says it pays more" : m.payChange === 0 ? same : lower;
    return `It is more exposed than your week today (${m.exposureScore} against your ${m.exposureScore + m.exposureDrop}) and ${pay}, so it is listed after every path that lowers your exposure or pays more. It is here because your skills match ${m.matchPercent}% of it.${best}`;
  }
  if (goal === "future-proof") {
    return `A move to keep in view if your role changes faster than expected: ${m.matchPercent}% skill match, ${exposureWords(m.exposureDrop)}.${best}`;
  }
  if (m.kind === wanted)
    return `You asked for ${KIND_WORDS[wanted]}, and this is one: ${m.matchPercent}% skill match, ${exposureWords(m.exposureDrop)}.${best}`;
  if (!anyWanted) {
    const rule =
      wanted === "adjacent"
        ? ` (same sector and at least ${ADJACENT_MATCH}% match)`
        : ` (each is in your own sector with at least ${ADJACENT_MATCH}% match)`;
    return `You asked for ${KIND_WORDS[wanted]}, but none of your paths is one${rule}; this is among the closest: ${m.matchPercent}% skill match, ${exposureWords(m.exposureDrop)}.${best}`;
  }
  return `Not the kind of move you asked for, shown after those that are: ${m.matchPercent}% skill match, ${exposureWords(m.exposureDrop)}.${best}`;
}

export function exposureWords(drop: number): string {
  const n = Math.abs(drop);
  if (drop === 0) return "as exposed as your week today";
  return `${n} ${n === 1 ? "point" : "points"} ${drop > 0 ? "less" : "more"} exposed than your week today`;
}
