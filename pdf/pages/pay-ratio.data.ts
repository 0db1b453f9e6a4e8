/**
 * Pay for roles without a curated UK salary band (imported roles, issue 17 "Pay, honestly"): the
 * ratio of a path's US median to the current role's (BLS OEWS May 2021), applied to the buyer's own
 * band when they gave one, and the US figures themselves in dollars with their source. Never a
 * pound figure except the buyer's band times a ratio, said to be that. Used by page 13 (salary)
 * and the path pages (6–8) so both say the same.
 */
import {
  appliedSentence,
  blsSourceText,
  blsSourceUrl,
  ratioText,
  ratioSentence,
  usdText,
  usRatio,
  US_WAGES_SOURCE,
  type UsRatio,
} from "../../domain/pay-ratio";
import { salaryBandById, type SalaryBandOption } from "../../domain/salary-bands";
import { annualMedian, type UsWages } from "../../domain/us-wages";
import { blueprintRoles, type BlueprintModel, type PathView } from "../blueprint-model";
import type { BlueprintOccupation } from "../blueprint-input";
import { regionName } from "../format";

/** Whether the role's pay on page 13 is a US figure: no UK band held, US wages held. */
export const usBasis = (o: BlueprintOccupation | null | undefined): o is BlueprintOccupation & { usWages: UsWages } =>
  Boolean(o && !o.content.salary && o.usWages);

const ownBand = (model: BlueprintModel): SalaryBandOption | null => salaryBandById(model.input.answers.goals.salaryBand);
const ownLabel = (own: SalaryBandOption) => own.label.replace(/^Under/, "under");

/** The path's ratio against the current role, applied to the buyer's band when given. */
export function ratioOf(model: BlueprintModel, target: BlueprintOccupation): UsRatio {
  const own = ownBand(model);
  return usRatio(model.input.occupation.usWages, target.usWages, own ? { min: own.min, max: own.max } : null);
}

/** The US 25th, median and 75th as printed in a table row; a missing figure is "n/a". */
export function usBand(w: UsWages): { p25: string; median: string; p75: string } {
  const cell = (field: "p25" | "p75") => {
    const v = w.annual[field];
    return v === null ? "n/a" : usdText(v, w.topCoded.includes(field));
  };
  const m = annualMedian(w);
  return { p25: cell("p25"), median: m ? usdText(m.value, m.topCoded) : "n/a", p75: cell("p75") };
}

/** The 10th to 90th percentile in words: "$59,450 to $120,250". */
export function usRange(w: UsWages): string | null {
  const { p10, p90 } = w.annual;
  if (p10 === null || p90 === null) return null;
  return `${usdText(p10, w.topCoded.includes("p10"))} to ${usdText(p90, w.topCoded.includes("p90"))}`;
}

/** Page 13's last column for a US-basis row. */
export function usVersus(model: BlueprintModel, o: BlueprintOccupation, isCurrent: boolean): string {
  const own = ownBand(model);
  if (isCurrent) return own ? `your band: ${ownLabel(own)}` : "the basis of each ratio";
  const r = ratioOf(model, o);
  if (r.kind === "same-code") return "one BLS figure for both: no difference shown";
  if (r.kind === "both-top") return "both above BLS's top figure: no ratio";
  if (r.kind === "missing") return r.which === "current" ? "no US figure for your role" : "no US figure";
  const applied = r.applied ? appliedSentence(r, ownLabel(own!))?.replace(/^on your .* band that would be /, "") : null;
  return applied ? `${ratioText(r)} yours: ${applied}` : `${ratioText(r)} your role's median`;
}

/** Page 13's source line for a role whose figures are BLS's. */
export function usSource(o: BlueprintOccupation & { usWages: UsWages }): { key: string; title: string; text: string; url: string } {
  const range = usRange(o.usWages);
  return {
    key: `${o.id}`,
    title: o.title,
    text: `${blsSourceText(o.usWages)}; annual wages${range ? `, 10th to 90th percentile ${range}` : ""}.`,
    url: blsSourceUrl(o.usWages),
  };
}

/** "Your pay" on page 13 when the current role's figures are US ones. */
export function usYouText(model: BlueprintModel): string {
  const { occupation } = model.input;
  const own = ownBand(model);
  const noUk = `We hold no UK pay figures for ${occupation.title}: the research data this role comes from has US wages only.`;
  if (own)
    return `You told us you earn ${ownLabel(own)} a year. ${noUk} So this page compares each path with your role as a ratio of US medians and applies that ratio to your band.`;
  return `You did not give your salary. ${noUk} So this page compares each path with your role as a ratio of US medians; give your band in a new assessment and the ratios are applied to it.`;
}

/** Which figures are UK and which US-derived ratios, and why; the buyer's region stated. */
export function basisText(model: BlueprintModel): string {
  const region = regionName(model.input.answers.goals.region);
  const roles = blueprintRoles(model);
  const uk = roles.filter((o) => o.content.salary);
  const parts = [
    `No figure here is for ${region}. Dollar figures are US national wages (${US_WAGES_SOURCE}), the basis of the ratios, not UK pay.`,
    "A ratio (×) is a path's US median divided by your role's: how the two roles' pay compares, which carries across countries better than pay itself, though UK and US pay differ by sector (the NHS pays on national scales).",
  ];
  if (uk.length)
    parts.push(
      `£ figures are UK advertised pay, for roles we hold a UK band for (${uk.map((o) => o.title).join(", ")}); they cannot be set against a US figure, so those rows compare with your own band only.`,
    );
  parts.push("Pounds appear only where your own band is multiplied by a ratio, rounded to the nearest £1,000.");
  return parts.join(" ");
}

/** BLS's date and why the figures are old. */
export function usDating(): string {
  return `${US_WAGES_SOURCE} is the wage file the research data was built with; pay has moved since, but the ratios between roles move much more slowly than the pay itself.`;
}

export type RatioBar = { key: number; label: string; ratio: number; text: string; current: boolean };

/** Beyond this, a title wraps to three lines beside its bar and the table above already says it all. */
const CHART_TITLE = 60;

/** Each path's ratio as a bar against your role's 1.00×; only paths with a usable ratio. */
export function ratioBars(model: BlueprintModel): RatioBar[] | null {
  const { occupation } = model.input;
  if (!usBasis(occupation)) return null;
  const bars: RatioBar[] = model.pivots.flatMap(({ target }) => {
    if (!target || target.content.salary) return [];
    const r = ratioOf(model, target);
    return r.kind === "ratio" ? [{ key: target.id, label: target.title, ratio: r.ratio, text: ratioText(r), current: false }] : [];
  });
  if (!bars.length || [occupation, ...bars].some((b) => ("label" in b ? b.label : b.title).length > CHART_TITLE)) return null;
  return [{ key: occupation.id, label: `${occupation.title} (now)`, ratio: 1, text: "1.00×", current: true }, ...bars];
}

/**
 * A path page's pay line for a target without a UK band: the ratio sentence, what it means on the
 * buyer's band, and that it is a US-derived ratio, not a UK figure.
 */
export function pathPayLine(model: BlueprintModel, path: PathView): string {
  const { occupation } = model.input;
  const target = path.target;
  if (!target?.usWages) return `We hold no UK salary band for ${path.title}, and no US figure to compare it with.`;
  if (!occupation.usWages) {
    return occupation.content.salary
      ? `We hold no UK salary band for ${path.title}. Its US median (${US_WAGES_SOURCE}) cannot be set against your role's UK band, so no comparison is shown.`
      : `We hold no UK salary band for ${path.title}, and no US figure for your role to compare it with.`;
  }
  const r = ratioOf(model, target);
  const own = ownBand(model);
  const applied = own ? appliedSentence(r, ownLabel(own)) : null;
  const sentence = ratioSentence(r, target.pluralTitle, occupation.pluralTitle);
  const tail =
    r.kind === "ratio" ? " The ratio comes from US pay, not a UK figure; page 13 has the detail." : " Page 13 has the US figures.";
  return `${sentence}${applied ? `; ${applied}` : ""}.${tail}`;
}

/** The stay page's pay line for a role without a UK band: its US figures, as a reference. */
export function stayPayLine(model: BlueprintModel): string | null {
  const { occupation } = model.input;
  if (!usBasis(occupation)) return null;
  const m = annualMedian(occupation.usWages);
  if (!m) return null;
  const range = usRange(occupation.usWages);
  return `We hold no UK pay figures for ${occupation.title}. In the US (${US_WAGES_SOURCE}) the median is ${usdText(m.value, m.topCoded)} a year${range ? `, the middle 80% ${range}` : ""}: a reference for the ratios on page 13, not UK pay.`;
}
