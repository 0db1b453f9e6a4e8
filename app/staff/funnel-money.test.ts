import { describe, expect, it } from "vitest";
import { gbp, moneyByDay, moneyTotals, refundIncrements, type MoneyOrder } from "./funnel-money";

const at = (iso: string) => new Date(iso);
const order = (id: string, paidAt: string | null, refunds: MoneyOrder["refunds"] = [], amount = 4900): MoneyOrder => ({
  id,
  amount,
  paidAt: paidAt ? at(paidAt) : null,
  refunds,
});
const day = (days: ReturnType<typeof moneyByDay>, d: string) => days.find((x) => x.day === d)!;

describe("moneyByDay", () => {
  it("counts a refund on the day it happened, not on the sale's day", () => {
    const days = moneyByDay(
      [order("a", "2026-03-02T10:00:00Z", [{ at: at("2026-03-05T09:00:00Z"), amountRefunded: 4900 }]), order("b", "2026-03-02T11:00:00Z")],
      {
        from: "2026-03-01",
        to: "2026-03-06",
      },
    );
    expect(day(days, "2026-03-02")).toEqual({ day: "2026-03-02", orders: 2, gross: 9800, refunds: 0, net: 9800, averageOrderValue: 4900 });
    expect(day(days, "2026-03-05")).toEqual({ day: "2026-03-05", orders: 0, gross: 0, refunds: 4900, net: -4900, averageOrderValue: null });
    expect(moneyTotals(days)).toEqual({ orders: 2, gross: 9800, refunds: 4900, net: 4900, averageOrderValue: 4900 });
  });

  it("counts a refund in the range even when the sale was before it, and a sale whose refund falls after it", () => {
    const orders = [
      order("early", "2026-02-20T10:00:00Z", [{ at: at("2026-03-01T10:00:00Z"), amountRefunded: 4900 }]),
      order("late", "2026-03-03T10:00:00Z", [{ at: at("2026-03-09T10:00:00Z"), amountRefunded: 4900 }]),
    ];
    expect(moneyTotals(moneyByDay(orders, { from: "2026-03-01", to: "2026-03-07" }))).toEqual({
      orders: 1,
      gross: 4900,
      refunds: 4900,
      net: 0,
      averageOrderValue: 4900,
    });
  });

  it("buckets by London day: 23:30 UTC in summer is the next day in London", () => {
    const days = moneyByDay([order("a", "2026-07-01T23:30:00Z")], { from: "2026-07-01", to: "2026-07-02" });
    expect(day(days, "2026-07-01").orders).toBe(0);
    expect(day(days, "2026-07-02").orders).toBe(1);
  });

  it("shows every day of the range, zeros included", () => {
    expect(moneyByDay([], { from: "2026-03-30", to: "2026-04-02" }).map((d) => d.day)).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
  });

  it("leaves out orders never accepted as paid, and their refunds", () => {
    const held = order("held", null, [{ at: at("2026-03-02T10:00:00Z"), amountRefunded: 4900 }]);
    expect(moneyTotals(moneyByDay([held], { from: "2026-03-01", to: "2026-03-03" }))).toEqual({
      orders: 0,
      gross: 0,
      refunds: 0,
      net: 0,
      averageOrderValue: null,
    });
  });

  it("rounds the average order value to the penny", () => {
    const days = moneyByDay(
      [
        order("a", "2026-03-02T10:00:00Z", [], 4900),
        order("b", "2026-03-02T10:00:00Z", [], 4901),
        order("c", "2026-03-02T10:00:00Z", [], 4901),
      ],
      { from: "2026-03-02", to: "2026-03-02" },
    );
    expect(days[0]!.averageOrderValue).toBe(4901);
  });
});

describe("refundIncrements", () => {
  it("turns Stripe's running totals into what each refund returned, on its own day", () => {
    const o = order("a", "2026-03-02T10:00:00Z", [
      { at: at("2026-03-10T10:00:00Z"), amountRefunded: 4900 },
      { at: at("2026-03-04T10:00:00Z"), amountRefunded: 1000 },
      { at: at("2026-03-06T10:00:00Z"), amountRefunded: 2500 },
    ]);
    expect(refundIncrements(o).map((r) => [r.at.toISOString().slice(0, 10), r.amount])).toEqual([
      ["2026-03-04", 1000],
      ["2026-03-06", 1500],
      ["2026-03-10", 2400],
    ]);
  });

  it("never returns more than the order's amount, and a repeated report adds nothing", () => {
    const o = order("a", "2026-03-02T10:00:00Z", [
      { at: at("2026-03-04T10:00:00Z"), amountRefunded: 4900 },
      { at: at("2026-03-05T10:00:00Z"), amountRefunded: 4900 },
      { at: at("2026-03-06T10:00:00Z"), amountRefunded: 9999 },
    ]);
    expect(refundIncrements(o).reduce((n, r) => n + r.amount, 0)).toBe(4900);
  });

  it("takes a full refund with no recorded figure (a parked refund) as the whole amount", () => {
    expect(refundIncrements(order("a", "2026-03-02T10:00:00Z", [{ at: at("2026-03-04T10:00:00Z"), amountRefunded: null }]))).toEqual([
      { at: at("2026-03-04T10:00:00Z"), amount: 4900 },
    ]);
  });
});

describe("gbp", () => {
  it("formats pence as pounds", () => {
    expect(gbp(4900)).toBe("£49.00");
    expect(gbp(123450)).toBe("£1,234.50");
    expect(gbp(-4900)).toBe("−£49.00");
    expect(gbp(0)).toBe("£0.00");
  });
});
