/**
 * Whether a Checkout Session pays for the order it names (pure; ADR 011). The order records the
 * price it was created for; Stripe's session says what the buyer actually paid. Only the exact
 * amount, in the order's currency, actually paid, fulfils the order. Anything else — a discount we
 * never offered, a 100 % code (`no_payment_required`), another currency — is held for staff.
 */
export type OrderPrice = { amount: number; currency: string };
export type SessionPayment = {
  amountTotal: number | null;
  currency: string | null;
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
};

export type PaymentDecision =
  | { kind: "fulfil" }
  /** An asynchronous method (e.g. Bacs) that has not settled: wait for its own event. */
  | { kind: "wait" }
  | { kind: "hold"; reason: "currency" | "amount" | "payment_status"; message: string };

export function formatMoney(minor: number | null, currency: string | null): string {
  if (minor === null || !currency) return "an unknown amount";
  try {
    return new Intl.NumberFormat("en-GB", { style: "currency", currency: currency.toUpperCase() }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
}

export function decidePayment(order: OrderPrice, session: SessionPayment): PaymentDecision {
  const paid = formatMoney(session.amountTotal, session.currency);
  const due = formatMoney(order.amount, order.currency);
  if (session.currency?.toLowerCase() !== order.currency.toLowerCase()) {
    return {
      kind: "hold",
      reason: "currency",
      message: `Payment held for checking: Stripe's session is in ${paid}, the order is for ${due}.`,
    };
  }
  if (session.amountTotal !== order.amount) {
    return {
      kind: "hold",
      reason: "amount",
      message: `Payment held for checking: Stripe's session totals ${paid}, the order is for ${due}.`,
    };
  }
  if (session.paymentStatus === "no_payment_required") {
    return {
      kind: "hold",
      reason: "payment_status",
      message: `Payment held for checking: Stripe says no payment was required for an order of ${due}.`,
    };
  }
  return session.paymentStatus === "paid" ? { kind: "fulfil" } : { kind: "wait" };
}
