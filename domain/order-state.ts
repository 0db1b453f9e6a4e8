/**
 * The order state machine (docs/decisions/006-order-state-and-sla.md). Pure: given the current status and an event,
 * say which status to move to, or that the event changes nothing. Callers apply the answer as
 * one conditional UPDATE (… WHERE status = current), so a repeated or late event converges
 * instead of moving an order backwards.
 */
export const ORDER_STATUSES = [
  "pending",
  "paid",
  "rendering",
  "awaiting_review",
  "sending",
  "delivered",
  "expired",
  "payment_failed",
  "failed",
  "refunded",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderEvent =
  | { type: "payment_succeeded" } // checkout.session.completed (paid) or async_payment_succeeded
  | { type: "payment_pending" } // checkout.session.completed with payment_status = unpaid
  | { type: "payment_failed" } // checkout.session.async_payment_failed
  | { type: "session_expired" } // checkout.session.expired
  | { type: "refunded" } // charge.refunded (full)
  | { type: "render_started" }
  | { type: "rendered"; reviewMode: "auto" | "manual" }
  | { type: "approved" }
  | { type: "rejected" }
  | { type: "sent" }
  | { type: "fulfilment_failed" }
  | { type: "retry" }
  | { type: "regenerate" }; // staff: render a delivered (or failed) blueprint again

export type Transition = { change: true; to: OrderStatus } | { change: false; reason: string };

const to = (status: OrderStatus): Transition => ({ change: true, to: status });
const stay = (reason: string): Transition => ({ change: false, reason });

/** Statuses in which we hold the buyer's money and owe them a blueprint. */
export const PAID_STATUSES: readonly OrderStatus[] = ["paid", "rendering", "awaiting_review", "sending", "delivered", "failed"];

export function transition(status: OrderStatus, event: OrderEvent): Transition {
  if (status === "refunded") return stay("refunded is final");
  switch (event.type) {
    case "payment_succeeded":
      // Stripe says the money arrived: that wins over an expiry or a failure seen earlier,
      // because events can arrive out of order. Later steps are not moved back.
      return status === "pending" || status === "expired" || status === "payment_failed" ? to("paid") : stay("already paid");
    case "payment_pending":
      return stay("waiting for the asynchronous payment to settle");
    case "payment_failed":
      return status === "pending" ? to("payment_failed") : stay("not awaiting payment");
    case "session_expired":
      return status === "pending" ? to("expired") : stay("not awaiting payment");
    case "refunded":
      // Money returned, whatever we had seen before (a refund can overtake the payment event).
      return status === "expired" || status === "payment_failed" ? stay("nothing was paid") : to("refunded");
    case "render_started":
      return status === "paid" ? to("rendering") : stay("not ready to render");
    case "rendered":
      return status === "rendering" ? to(event.reviewMode === "manual" ? "awaiting_review" : "sending") : stay("not rendering");
    case "approved":
      return status === "awaiting_review" ? to("sending") : stay("not awaiting review");
    case "rejected":
      return status === "awaiting_review" ? to("paid") : stay("not awaiting review");
    case "sent":
      return status === "sending" ? to("delivered") : stay("not sending");
    case "fulfilment_failed":
      return status === "rendering" || status === "sending" || status === "paid" ? to("failed") : stay("not in fulfilment");
    case "retry":
      return status === "failed" ? to("paid") : stay("not failed");
    case "regenerate":
      // A new version goes through the same steps (and review) as the first one.
      return status === "delivered" || status === "failed" ? to("paid") : stay("only a delivered or failed blueprint is regenerated");
  }
}

/** What staff can do to an order from its page. Which role may do which is app/staff's business. */
export const STAFF_ACTIONS = ["approve", "reject", "retry", "mark_failed", "regenerate", "resend", "refund"] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** The event each status-changing staff action puts to the state machine. */
export const STAFF_ACTION_EVENTS = {
  approve: { type: "approved" },
  reject: { type: "rejected" },
  retry: { type: "retry" },
  mark_failed: { type: "fulfilment_failed" },
  regenerate: { type: "regenerate" },
} as const satisfies Partial<Record<StaffAction, OrderEvent>>;

/** What decides which staff actions an order allows. */
export type StaffActionSubject = { status: OrderStatus; hasPayment: boolean };

/**
 * Why staff cannot do `action` to the order now, as a sentence for them; null when they can. A
 * status change is possible when the state machine would make it; a delivery email can be sent
 * again once delivered; a refund while a payment is held and not yet refunded.
 */
export function staffActionRefusal(order: StaffActionSubject, action: StaffAction): string | null {
  if (action === "resend") return order.status === "delivered" ? null : "Only a delivered order's email can be sent again.";
  if (action === "refund") {
    if (order.status === "refunded") return "This order is already refunded.";
    return order.hasPayment ? null : "This order has no payment to refund.";
  }
  const t = transition(order.status, STAFF_ACTION_EVENTS[action]);
  return t.change ? null : `Nothing changed: the order is ${order.status} (${t.reason}).`;
}

/** The staff actions the order allows now, in the order the page offers them. */
export function staffActionsFor(order: StaffActionSubject): StaffAction[] {
  return STAFF_ACTIONS.filter((action) => staffActionRefusal(order, action) === null);
}
