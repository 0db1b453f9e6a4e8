import { describe, expect, it } from "vitest";
import { conversions, daysBetween, FUNNEL_STEPS, totalsOf, type FunnelDay } from "./funnel";

const day = (d: string, counts: Partial<Record<(typeof FUNNEL_STEPS)[number], number>>): FunnelDay =>
  ({ day: d, ...Object.fromEntries(FUNNEL_STEPS.map((s) => [s, counts[s] ?? 0])) }) as FunnelDay;

describe("funnel helpers", () => {
  it("lists every day of a range, across a month end", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("converts each step against the one before, refunds against paid, null when nothing came before", () => {
    const totals = totalsOf([
      day("2026-11-01", {
        report_view: 100,
        assessment_start: 40,
        assessment_complete: 20,
        checkout_started: 10,
        paid: 4,
        delivered: 4,
        refunded: 1,
      }),
      day("2026-11-02", { report_view: 100 }),
    ]);
    expect(totals.report_view).toBe(200);
    const byStep = Object.fromEntries(conversions(totals).map((c) => [c.step, c]));
    expect(byStep.assessment_start).toEqual({ step: "assessment_start", of: "report_view", rate: 0.2 });
    expect(byStep.paid!.rate).toBe(0.4);
    expect(byStep.refunded).toEqual({ step: "refunded", of: "paid", rate: 0.25 });
    expect(conversions(totalsOf([day("2026-11-01", {})]))[0]!.rate).toBeNull();
  });
});
