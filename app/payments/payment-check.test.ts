import { describe, expect, it } from "vitest";
import { decidePayment } from "./payment-check";

const order = { amount: 4900, currency: "gbp" };

describe("decidePayment", () => {
  it("fulfils the exact amount in pounds, paid", () => {
    expect(decidePayment(order, { amountTotal: 4900, currency: "gbp", paymentStatus: "paid" })).toEqual({ kind: "fulfil" });
    expect(decidePayment(order, { amountTotal: 4900, currency: "GBP", paymentStatus: "paid" })).toEqual({ kind: "fulfil" });
  });

  it("waits for an asynchronous payment that has not settled", () => {
    expect(decidePayment(order, { amountTotal: 4900, currency: "gbp", paymentStatus: "unpaid" })).toEqual({ kind: "wait" });
  });

  it("holds a lower amount (a discount), a 100 % code and a higher amount", () => {
    const lower = decidePayment(order, { amountTotal: 2450, currency: "gbp", paymentStatus: "paid" });
    expect(lower).toMatchObject({ kind: "hold", reason: "amount" });
    expect(lower.kind === "hold" && lower.message).toBe(
      "Payment held for checking: Stripe's session totals £24.50, the order is for £49.00.",
    );
    expect(decidePayment(order, { amountTotal: 0, currency: "gbp", paymentStatus: "no_payment_required" })).toMatchObject({
      kind: "hold",
      reason: "amount",
    });
    expect(decidePayment(order, { amountTotal: 4900, currency: "gbp", paymentStatus: "no_payment_required" })).toMatchObject({
      kind: "hold",
      reason: "payment_status",
    });
    expect(decidePayment(order, { amountTotal: 9900, currency: "gbp", paymentStatus: "paid" })).toMatchObject({
      kind: "hold",
      reason: "amount",
    });
    expect(decidePayment(order, { amountTotal: null, currency: "gbp", paymentStatus: "paid" })).toMatchObject({
      kind: "hold",
      reason: "amount",
    });
  });

  it("holds another currency, even when the number matches", () => {
    const usd = decidePayment(order, { amountTotal: 4900, currency: "usd", paymentStatus: "paid" });
    expect(usd).toMatchObject({ kind: "hold", reason: "currency" });
    expect(usd.kind === "hold" && usd.message).toContain("US$49.00");
    expect(decidePayment(order, { amountTotal: 4900, currency: null, paymentStatus: "paid" })).toMatchObject({
      kind: "hold",
      reason: "currency",
    });
    expect(decidePayment(order, { amountTotal: 4900, currency: "zzz1", paymentStatus: "paid" })).toMatchObject({
      kind: "hold",
      reason: "currency",
    });
  });
});
