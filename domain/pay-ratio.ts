/**
 * How a path's pay compares with the buyer's current role when we hold no UK figure for one of
 * them (issue 17, "Pay, honestly"): the ratio of the two roles' US median wages (BLS OEWS May
 * 2021), said as a ratio, and applied to the buyer's own UK salary band when they gave one. Never
 * a pound figure of our own making: the only pounds are the buyer's band times the ratio, rounded,
 * and always said to be that. Pure.
 */
import { annualMedian, payRatio, US_WAGES_SOURCE, type PayRatio, type UsWages } from "./us-wages";

export { US_WAGES_SOURCE };

/** Applied figures are rounded to this: a ratio of two medians does not support more precision. */
export const APPLIED_ROUNDING = 1_000;
/** Ratios this close to 1 are "about the same pay". */
const SAME_PAY = 0.03;

export type OwnBand = { min: number; max: number | null };

export type UsRatio =
  /** A usable ratio. `applied` is the buyer's band times it (rounded), when they gave a band. */
  | { kind: "ratio"; ratio: number; bound: PayRatio["bound"]; applied: OwnBand | null }
  /** BLS publishes one figure for both roles (one SOC code): no difference can be shown. */
  | { kind: "same-code"; socCode: string }
  /** Both medians are above BLS's top published figure: no ratio can be told. */
  | { kind: "both-top" }
  /** One of the roles has no US figure. */
  | { kind: "missing"; which: "current" | "target" | "both" };

const round = (n: number) => Math.round(n / APPLIED_ROUNDING) * APPLIED_ROUNDING;

/** The buyer's band times the ratio, rounded to the nearest £1,000 ("under £25,000" keeps min 0, "£100,000 or more" keeps no max). */
export function applyRatio(band: OwnBand, ratio: number): OwnBand {
  return { min: round(band.min * ratio), max: band.max === null ? null : round(band.max * ratio) };
}

/** The target's US pay against the current role's, applied to the buyer's band when given. */
export function usRatio(current: UsWages | null | undefined, target: UsWages | null | undefined, own: OwnBand | null): UsRatio {
  if (!current || !target) return { kind: "missing", which: !current && !target ? "both" : !current ? "current" : "target" };
  const r = payRatio(current, target);
  if (!r) return { kind: "missing", which: "both" };
  if (r.sameGroup) return { kind: "same-code", socCode: target.socCode };
  if (r.bound === "both-top") return { kind: "both-top" };
  return { kind: "ratio", ratio: r.ratio, bound: r.bound, applied: own ? applyRatio(own, r.ratio) : null };
}

const gbp = (n: number) => `£${n.toLocaleString("en-GB")}`;
const usd = (n: number) => `$${n.toLocaleString("en-US")}`;

/** "0.78×", "at least 2.68×", "at most 0.45×". */
export function ratioText(r: { ratio: number; bound: PayRatio["bound"] }): string {
  const x = `${r.ratio.toFixed(2)}×`;
  return r.bound === "at-least" ? `at least ${x}` : r.bound === "at-most" ? `at most ${x}` : x;
}

/** The applied band in words: "about £27,000–£35,000", "under about £19,000", "about £78,000 or more"; a bounded ratio says "at least" or "at most". */
export function bandText(b: OwnBand, bound: PayRatio["bound"] = "exact"): string {
  const lo = gbp(b.min);
  const hi = b.max === null ? null : gbp(b.max);
  if (bound === "at-least") return hi === null ? `at least ${lo}` : b.min === 0 ? `up to at least ${hi}` : `at least ${lo}–${hi}`;
  // An open band ("£100,000 or more") has no top to bound: appliedSentence gives none for it.
  if (bound === "at-most") return hi === null ? `at most ${lo} and up` : b.min === 0 ? `at most ${hi}` : `at most ${lo}–${hi}`;
  if (hi === null) return `about ${lo} or more`;
  return b.min === 0 ? `under about ${hi}` : `about ${lo}–${hi}`;
}

export const US_MEDIANS = `US medians, ${US_WAGES_SOURCE}`;

/**
 * One sentence on the relative pay of a path: "Paralegals earn about 0.78× what Lawyers earn in
 * the US (BLS OEWS May 2021 medians)". `targetPlural` and `currentPlural` name the roles as a
 * sentence's subject.
 */
export function ratioSentence(r: UsRatio, targetPlural: string, currentPlural: string): string {
  switch (r.kind) {
    case "ratio": {
      if (r.bound === "exact" && Math.abs(r.ratio - 1) <= SAME_PAY)
        return `${targetPlural} earn about the same as ${currentPlural} in the US (${r.ratio.toFixed(2)}×, ${US_WAGES_SOURCE} medians)`;
      const about = r.bound === "exact" ? "about " : "";
      return `${targetPlural} earn ${about}${ratioText(r)} what ${currentPlural} earn in the US (${US_WAGES_SOURCE} medians)`;
    }
    case "same-code":
      return `BLS publishes one US figure for ${targetPlural} and ${currentPlural} (SOC ${r.socCode}), so no pay difference between them can be shown`;
    case "both-top":
      return `${targetPlural} and ${currentPlural} both have US medians above the top figure ${US_WAGES_SOURCE} publishes (${usd(208_000)} a year), so no ratio can be told`;
    case "missing":
      return r.which === "target"
        ? `${US_WAGES_SOURCE} has no US figure for ${targetPlural}, so no pay comparison can be made`
        : r.which === "current"
          ? `${US_WAGES_SOURCE} has no US figure for ${currentPlural}, so no pay comparison can be made`
          : `We hold no pay figures for either role, so no pay comparison can be made`;
  }
}

/** What the ratio means for the buyer's band ("on your £35,000 to £45,000 band that would be about £27,000–£35,000"), or null when there is nothing to apply. */
export function appliedSentence(r: UsRatio, ownLabel: string): string | null {
  if (r.kind !== "ratio" || !r.applied) return null;
  if (r.bound === "at-most" && r.applied.max === null) return null;
  return `on your ${ownLabel} band that would be ${bandText(r.applied, r.bound)}`;
}

/** "$77,600"; a top-coded figure is a bound: "$208,000 or more". */
export function usdText(value: number, topCoded: boolean): string {
  return topCoded ? `${usd(value)} or more` : usd(value);
}

/**
 * The BLS page for an occupation: its May 2021 profile for a detailed SOC code, the national
 * table for a broad group (BLS publishes profiles of detailed occupations only).
 */
export function blsSourceUrl(w: Pick<UsWages, "socCode" | "matched">): string {
  return w.matched === "detailed"
    ? `https://www.bls.gov/oes/2021/may/oes${w.socCode.replace("-", "")}.htm`
    : "https://www.bls.gov/oes/2021/may/oes_nat.htm";
}

/** "BLS OEWS May 2021, US, USD; SOC 29-1141 (detailed occupation)". */
export function blsSourceText(w: Pick<UsWages, "socCode" | "matched">): string {
  const level = w.matched === "detailed" ? "detailed occupation" : "broad group: BLS has no separate row for this role";
  return `${US_WAGES_SOURCE}, national (US) estimates in US dollars; SOC ${w.socCode} (${level})`;
}

/** What the path ranking compares pay on: UK bands when the current role has one, else US medians, else nothing. */
export type PayBasis = "uk" | "us";
export type PayFacts = { ukMedian: number | null; usWages: UsWages | null | undefined };

export function payBasisOf(current: PayFacts): PayBasis | null {
  if (current.ukMedian !== null) return "uk";
  return annualMedian(current.usWages) ? "us" : null;
}

/**
 * A role's median on the basis the current role's is compared on: pounds for "uk", US dollars for
 * "us" (only ever subtracted from another US figure, never printed as pounds), null across bases.
 */
export function medianOnBasis(basis: PayBasis | null, o: PayFacts): number | null {
  if (basis === "uk") return o.ukMedian;
  if (basis === "us") return annualMedian(o.usWages)?.value ?? null;
  return null;
}
