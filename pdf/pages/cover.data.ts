import indefinite from "indefinite";
import { ALL_WORKERS_EXPOSURE } from "../../domain/benchmarks";
import { exposureWords } from "../../domain/blueprint-paths";
import { ADJACENT_MATCH } from "../../domain/pivots";
import { isOrderId, orderReference } from "../../domain/order-reference";
import type { RiskLevel } from "../../domain/risk";
import type { BlueprintModel } from "../blueprint-model";
import { SENIORITY_LABEL, plural, regionPlace } from "../format";

/** About what one line of the cover's heading holds. */
const ONE_LINE = 60;

/** Splits a part with no room to break into lines of at most ONE_LINE characters, after a "." or "-" where it can. */
function hardWrap(part: string): string[] {
  const lines: string[] = [];
  let rest = part;
  while (rest.length > ONE_LINE) {
    const window = rest.slice(0, ONE_LINE);
    const at = Math.max(window.lastIndexOf("."), window.lastIndexOf("-"));
    const cut = at > ONE_LINE / 2 ? at + 1 : ONE_LINE;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...lines, rest];
}

/** A long address goes on two or more lines, broken before its "@", never shortened. */
export function preparedForText(who: string): string {
  if (who.length <= ONE_LINE) return who;
  const at = who.lastIndexOf("@");
  const parts = at > 0 ? [who.slice(0, at), who.slice(at)] : [who];
  return parts.flatMap(hardWrap).join("\n");
}

export type CoverStat = { value: string; label: string };

export type CoverData = {
  occupationTitle: string;
  hours: string;
  preparedFor: string;
  date: string;
  /** What to quote to support; sample and test documents, which have no order, show their own id. */
  reference: string;
  personalScore: number;
  risk: RiskLevel;
  window: { label: string; detail: string };
  stats: CoverStat[];
  /** What the buyer asked for, in their words' order: goal and hours. */
  asked: string;
  /** What the twelve weeks produce, from the plan itself. */
  delivers: string[];
  years: string;
  seniority: string;
  /** "an Engineering Manager": the role with its article. */
  asTitle: string;
  /** "a mid-level Backend Developer": article, level and role together. */
  asRole: string;
  region: string;
  scoringVersion: string;
};

const GOAL_WORDS = {
  "future-proof": "to future-proof your current role",
  adjacent: "for an adjacent move",
  "cross-domain": "for a cross-domain move",
} as const;

/**
 * What the plan aims at and why, in words of its own: the path's printed reason opens with "You
 * asked for …" too, and the cover has just said what the buyer asked for.
 */
export function aimText(model: BlueprintModel): string {
  const { planPath: p, paths } = model;
  const goal = model.input.answers.goals.goal;
  if (p.kind === "stay") {
    if (goal === "future-proof") return "This plan keeps you in your role and moves your week towards the work AI touches least.";
    return paths.length > 1
      ? "Every move we found is more exposed than your week today and pays no more, so this plan keeps you in your role and moves your week towards the work AI touches least."
      : "We found no move that suits your skills yet, so this plan keeps you in your role and moves your week towards the work AI touches least.";
  }
  const facts = `${p.matchPercent}% skill match${p.highestMatch ? " (your highest)" : ""}, ${exposureWords(p.exposureDrop)}`;
  if (p.kind === goal) return `This plan aims at ${p.title}, which is one: ${facts}.`;
  const rule =
    goal === "adjacent"
      ? ` (that needs the same sector and at least ${ADJACENT_MATCH}% skill match)`
      : ` (each is in your own sector with at least ${ADJACENT_MATCH}% skill match, which makes it adjacent)`;
  return `None of your paths is one${rule}, so this plan aims at the closest, ${p.title}: ${facts}.`;
}

export function selectCoverPage(model: BlueprintModel): CoverData {
  const { input, plan, planPath, strongest } = model;
  const { outcome, answers } = input;
  const hours = plural(answers.goals.hoursPerWeek, "hour");
  const seniority = SENIORITY_LABEL[answers.experience.seniority];
  const stay = planPath.kind === "stay";
  const claim = [...plan.claims].sort((a, b) => b.day - a.day)[0];
  const delivers = [
    `${stay ? "A case study" : "A portfolio project"}: “${plan.project.title}”, about ${plural(plan.project.hours, "hour")} of your ${plan.totalHours}`,
    claim
      ? `${claim.skill} from ${claim.from ? `level ${claim.from}` : "new"} to level ${claim.to}`
      : plan.focus[0]
        ? `${plural(plan.focus[0].hours, "hour")} of study and practice on ${plan.focus[0].skill}`
        : null,
    stay
      ? `Your most exposed work run with AI tools${plan.milestones[2]?.checks.some((c) => c.startsWith("Presented")) ? ", and a conversation with your manager about what you own next" : ""}`
      : plan.applications.length
        ? `Applications to ${plural(plan.applications.length, "named employer")} hiring ${planPath.target?.pluralTitle ?? `${planPath.title}s`}`
        : `A shortlist of employers hiring ${planPath.target?.pluralTitle ?? `${planPath.title}s`}`,
  ].filter((x): x is string => !!x && model.roomy);
  return {
    occupationTitle: input.occupation.title,
    hours,
    preparedFor: preparedForText(model.preparedFor),
    date: model.date,
    reference: isOrderId(input.orderId) ? orderReference(input.orderId) : input.orderId,
    personalScore: outcome.personalScore,
    risk: outcome.risk,
    window: { label: outcome.window.label, detail: outcome.window.detail },
    stats: [
      { value: String(outcome.occupationScore), label: `typical ${input.occupation.title}` },
      { value: String(ALL_WORKERS_EXPOSURE), label: "all workers (reference)" },
      strongest
        ? { value: `${strongest.matchPercent}%`, label: `highest match: ${strongest.title}` }
        : { value: "–%", label: "no pivot computed" },
    ],
    asked: `You asked ${GOAL_WORDS[answers.goals.goal]}, with ${hours} a week. ${model.roomy || stay ? aimText(model) : `This plan aims at ${planPath.title}.`}`,
    delivers,
    years: plural(answers.experience.years, "year"),
    seniority,
    asTitle: indefinite(input.occupation.title),
    asRole: indefinite(`${seniority} ${input.occupation.title}`),
    region: regionPlace(answers.goals.region),
    scoringVersion: input.scoringVersion,
  };
}
