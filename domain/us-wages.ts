/**
 * US wages from BLS Occupational Employment and Wage Statistics (OEWS), May 2021 national
 * estimates, as the importer stores them for imported occupations. Pure. The product sells in the
 * UK, so these are used only as ratios between two US occupations, never shown as pounds.
 */

export const US_WAGES_SOURCE = "BLS OEWS May 2021";

/** BLS prints "#" for a wage of at least $208,000 a year or $100 an hour. */
export const OEWS_TOP_CODE = { annual: 208_000, hourly: 100 } as const;
/** BLS's own hours for turning an hourly wage into an annual one. */
export const OEWS_HOURS_PER_YEAR = 2080;

export type WageField = "p10" | "p25" | "median" | "p75" | "p90" | "hourlyMedian";

export type UsWages = {
  source: typeof US_WAGES_SOURCE;
  currency: "USD";
  /** The OEWS code matched: the 6-digit SOC, or its broad group when only that had a row. */
  socCode: string;
  matched: "detailed" | "broad";
  /** Whole US dollars; null where BLS has no estimate ("*"). */
  annual: { p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null };
  hourlyMedian: number | null;
  /** Figures given only as "#", stored as the bound itself. */
  topCoded: WageField[];
};

export type OewsFigure = { value: number | null; topCoded: boolean };

/** One OEWS cell: "45,760" → 45760, "#" → the top code, "*" (no estimate) or empty → null. */
export function oewsFigure(raw: string, kind: "annual" | "hourly"): OewsFigure | "invalid" {
  const text = raw.trim();
  if (text === "#") return { value: OEWS_TOP_CODE[kind], topCoded: true };
  if (text === "*" || text === "" || text === "**") return { value: null, topCoded: false };
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return "invalid";
  return { value: Number(text.replace(/,/g, "")), topCoded: false };
}

/** The broad SOC group of a detailed code: "13-1021" → "13-1020". */
export function broadGroupOf(soc: string): string {
  return `${soc.slice(0, 6)}0`;
}

/**
 * OEWS row for a 6-digit SOC: the detailed occupation when BLS has it, else its broad group
 * (e.g. the three buyer occupations 13-1021/22/23 share "Buyers and Purchasing Agents", 13-1020).
 */
export function matchOewsRow<T>(
  soc: string,
  detailed: ReadonlyMap<string, T>,
  broad: ReadonlyMap<string, T>,
): { row: T; code: string; matched: "detailed" | "broad" } | null {
  const exact = detailed.get(soc);
  if (exact) return { row: exact, code: soc, matched: "detailed" };
  const group = broad.get(broadGroupOf(soc));
  return group ? { row: group, code: broadGroupOf(soc), matched: "broad" } : null;
}

/**
 * The median as a yearly figure: the annual median, or the hourly one × 2080 for occupations
 * BLS reports by the hour only (actors, dancers). Null without either.
 */
export function annualMedian(w: UsWages | null | undefined): { value: number; topCoded: boolean } | null {
  if (!w) return null;
  if (w.annual.median !== null) return { value: w.annual.median, topCoded: w.topCoded.includes("median") };
  if (w.hourlyMedian !== null)
    return { value: Math.round(w.hourlyMedian * OEWS_HOURS_PER_YEAR), topCoded: w.topCoded.includes("hourlyMedian") };
  return null;
}

export type PayRatio = {
  /** Target median ÷ source median, rounded to two places. */
  ratio: number;
  /** "exact"; "at-most" when only the source is top-coded; "at-least" when only the target is; "both-top" when both are. */
  bound: "exact" | "at-most" | "at-least" | "both-top";
  /** Both figures are the same BLS row (e.g. two O*NET roles under one SOC code): no real comparison. */
  sameGroup: boolean;
};

/** How the target's US median pay compares with the source's; null when either is missing. */
export function payRatio(source: UsWages | null | undefined, target: UsWages | null | undefined): PayRatio | null {
  const s = annualMedian(source);
  const t = annualMedian(target);
  if (!s || !t) return null;
  const sameGroup = source!.socCode === target!.socCode;
  if (s.topCoded && t.topCoded) return { ratio: 1, bound: "both-top", sameGroup };
  return {
    ratio: Math.round((t.value / s.value) * 100) / 100,
    bound: s.topCoded ? "at-most" : t.topCoded ? "at-least" : "exact",
    sameGroup,
  };
}
