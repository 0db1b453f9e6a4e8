/**
 * The buyer's own pay, asked as a band (optional) so the Blueprint can place them against their
 * role's and their target's advertised pay instead of assuming they earn the role's median.
 * Bands are narrower where most of the catalogue's roles sit (£45k–£100k).
 */
export const SALARY_BANDS = [
  { id: "under-25k", label: "Under £25,000", min: 0, max: 25_000 },
  { id: "25-35k", label: "£25,000 to £35,000", min: 25_000, max: 35_000 },
  { id: "35-45k", label: "£35,000 to £45,000", min: 35_000, max: 45_000 },
  { id: "45-55k", label: "£45,000 to £55,000", min: 45_000, max: 55_000 },
  { id: "55-65k", label: "£55,000 to £65,000", min: 55_000, max: 65_000 },
  { id: "65-75k", label: "£65,000 to £75,000", min: 65_000, max: 75_000 },
  { id: "75-85k", label: "£75,000 to £85,000", min: 75_000, max: 85_000 },
  { id: "85-100k", label: "£85,000 to £100,000", min: 85_000, max: 100_000 },
  { id: "100k-plus", label: "£100,000 or more", min: 100_000, max: null },
] as const;

export type SalaryBandId = (typeof SALARY_BANDS)[number]["id"];
export type SalaryBandOption = (typeof SALARY_BANDS)[number];
export const SALARY_BAND_IDS = SALARY_BANDS.map((b) => b.id) as [SalaryBandId, ...SalaryBandId[]];

export const salaryBandById = (id: string | undefined | null): SalaryBandOption | null => SALARY_BANDS.find((b) => b.id === id) ?? null;

export type PayPosition = "below" | "lower-half" | "upper-half" | "top" | "above" | "straddles";

/**
 * Where a band of the buyer's pay sits against a role's advertised quartiles. A band that covers
 * both sides of a quartile is only placed as far as it can be: "straddles" when it spans the
 * lower quartile and the upper one at once, which a £10k band rarely does.
 */
export function payPosition(band: Pick<SalaryBandOption, "min" | "max">, role: { p25: number; median: number; p75: number }): PayPosition {
  const top = band.max ?? Number.POSITIVE_INFINITY;
  if (top <= role.p25) return "below";
  if (band.min >= role.p75) return "above";
  if (band.min < role.p25 && top > role.p75) return "straddles";
  // "£100,000 or more" from inside the upper half cannot say whether it passes the upper quartile.
  if (band.max === null && band.min >= role.median) return "top";
  const mid = band.max === null ? band.min : (band.min + band.max) / 2;
  return mid < role.median ? "lower-half" : "upper-half";
}
