import { ALL_WORKERS_EXPOSURE } from "../../domain/benchmarks";
import type { RiskLevel } from "../../domain/risk";
import type { BlueprintModel } from "../blueprint-model";
import { SENIORITY_LABEL, plural } from "../format";

/** About what one line of the cover's heading holds; an address has no spaces to wrap at. */
const ONE_LINE = 60;
const PART = 70;

const cut = (text: string) => (text.length > PART ? `${text.slice(0, PART - 1)}…` : text);

/** A long address goes on two lines, broken before its "@", rather than running off the sheet. */
export function preparedForText(who: string): string {
  const at = who.lastIndexOf("@");
  if (who.length <= ONE_LINE) return who;
  return at > 0 ? `${cut(who.slice(0, at))}\n${cut(who.slice(at))}` : cut(who);
}

export type CoverStat = { value: string; label: string };

export type CoverData = {
  occupationTitle: string;
  hours: string;
  preparedFor: string;
  date: string;
  personalScore: number;
  risk: RiskLevel;
  window: { label: string; detail: string };
  stats: CoverStat[];
  years: string;
  seniority: string;
  region: string;
  scoringVersion: string;
};

export function selectCoverPage(model: BlueprintModel): CoverData {
  const { input } = model;
  const { outcome, answers } = input;
  const first = outcome.pivots[0];
  return {
    occupationTitle: input.occupation.title,
    hours: plural(answers.goals.hoursPerWeek, "hour"),
    preparedFor: preparedForText(model.preparedFor),
    date: model.date,
    personalScore: outcome.personalScore,
    risk: outcome.risk,
    window: { label: outcome.window.label, detail: outcome.window.detail },
    stats: [
      { value: String(outcome.occupationScore), label: `typical ${input.occupation.title}` },
      { value: String(ALL_WORKERS_EXPOSURE), label: "all workers (reference)" },
      first ? { value: `${first.matchPercent}%`, label: `match to ${first.title}` } : { value: "–%", label: "no pivot computed" },
    ],
    years: plural(answers.experience.years, "year"),
    seniority: SENIORITY_LABEL[answers.experience.seniority],
    region: model.region,
    scoringVersion: input.scoringVersion,
  };
}
