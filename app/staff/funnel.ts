/** The purchase funnel, in order. Pure helpers for the staff page's table and chart. */
export const FUNNEL_STEPS = [
  "report_view",
  "assessment_start",
  "assessment_complete",
  "checkout_started",
  "paid",
  "delivered",
  "refunded",
] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FUNNEL_LABELS: Record<FunnelStep, string> = {
  report_view: "Report views",
  assessment_start: "Assessment starts",
  assessment_complete: "Completions",
  checkout_started: "Checkouts started",
  paid: "Paid",
  delivered: "Delivered",
  refunded: "Refunded",
};

export type FunnelDay = { day: string } & Record<FunnelStep, number>;

/** Every date from `from` to `to` inclusive (YYYY-MM-DD), so days with no traffic show as zeros. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T12:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Step-to-step conversion over a period: each step's total as a share of the step before it.
 * Refunded is measured against paid (the share of sales returned), not against delivered.
 * null when the earlier step is zero (no rate to speak of).
 */
export function conversions(totals: Record<FunnelStep, number>): { step: FunnelStep; of: FunnelStep; rate: number | null }[] {
  return FUNNEL_STEPS.slice(1).map((step, i) => {
    const of: FunnelStep = step === "refunded" ? "paid" : FUNNEL_STEPS[i]!;
    return { step, of, rate: totals[of] > 0 ? totals[step] / totals[of] : null };
  });
}

export function totalsOf(days: FunnelDay[]): Record<FunnelStep, number> {
  const totals = Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as Record<FunnelStep, number>;
  for (const d of days) for (const s of FUNNEL_STEPS) totals[s] += d[s];
  return totals;
}
