import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, staffActionRefusal, staffActionsFor, transition, type OrderEvent, type OrderStatus } from "./order-state";

/** Applies events in order, the way the webhook and job handlers will. */
function replay(events: OrderEvent[], from: OrderStatus = "pending"): OrderStatus {
  return events.reduce<OrderStatus>((status, e) => {
    const t = transition(status, e);
    return t.change ? t.to : status;
  }, from);
}

const paid: OrderEvent = { type: "payment_succeeded" };

describe("order state machine", () => {
  it("walks the happy path in auto and manual review", () => {
    const fulfil = (reviewMode: "auto" | "manual"): OrderEvent[] => [
      paid,
      { type: "render_started" },
      { type: "rendered", reviewMode },
      ...(reviewMode === "manual" ? [{ type: "approved" } as const] : []),
      { type: "sent" },
    ];
    expect(replay(fulfil("auto"))).toBe("delivered");
    expect(replay(fulfil("manual").slice(0, 3))).toBe("awaiting_review");
    expect(replay(fulfil("manual"))).toBe("delivered");
  });

  it("treats a repeated event as a no-op", () => {
    expect(replay([paid, paid, paid])).toBe("paid");
    expect(transition("delivered", paid)).toEqual({ change: false, reason: "already paid" });
  });

  it("ignores an expiry that arrives after the payment", () => {
    expect(replay([paid, { type: "session_expired" }])).toBe("paid");
  });

  it("keeps a refund final even if the payment event arrives later", () => {
    expect(replay([{ type: "refunded" }, paid])).toBe("refunded");
    expect(replay([paid, { type: "render_started" }, { type: "refunded" }, { type: "rendered", reviewMode: "auto" }])).toBe("refunded");
  });

  it("lets a late success win over an earlier async failure", () => {
    expect(replay([{ type: "payment_failed" }, paid])).toBe("paid");
  });

  it("does not refund what was never paid", () => {
    expect(replay([{ type: "session_expired" }, { type: "refunded" }])).toBe("expired");
  });

  it("waits on an unpaid completion and sends rejected blueprints back to be regenerated", () => {
    expect(replay([{ type: "payment_pending" }])).toBe("pending");
    expect(replay([paid, { type: "render_started" }, { type: "rendered", reviewMode: "manual" }, { type: "rejected" }])).toBe("paid");
  });

  it("retries a failed order from paid", () => {
    expect(replay([paid, { type: "render_started" }, { type: "fulfilment_failed" }, { type: "retry" }])).toBe("paid");
  });

  it("regenerates a delivered or failed blueprint from paid, and nothing in between", () => {
    const delivered = replay([paid, { type: "render_started" }, { type: "rendered", reviewMode: "auto" }, { type: "sent" }]);
    expect(delivered).toBe("delivered");
    expect(replay([{ type: "regenerate" }], delivered)).toBe("paid");
    expect(replay([{ type: "regenerate" }], "failed")).toBe("paid");
    for (const s of ["pending", "paid", "rendering", "awaiting_review", "sending", "expired", "payment_failed", "refunded"] as const) {
      expect(transition(s, { type: "regenerate" }).change).toBe(false);
    }
  });

  it("never leaves refunded, whatever comes next", () => {
    const events: OrderEvent[] = [
      paid,
      { type: "payment_failed" },
      { type: "session_expired" },
      { type: "render_started" },
      { type: "retry" },
      { type: "regenerate" },
      { type: "sent" },
      { type: "approved" },
    ];
    for (const e of events) expect(transition("refunded", e).change).toBe(false);
  });

  it("only ever answers with known statuses", () => {
    const events: OrderEvent[] = [
      paid,
      { type: "payment_pending" },
      { type: "payment_failed" },
      { type: "session_expired" },
      { type: "refunded" },
      { type: "render_started" },
      { type: "rendered", reviewMode: "auto" },
      { type: "rendered", reviewMode: "manual" },
      { type: "approved" },
      { type: "rejected" },
      { type: "sent" },
      { type: "fulfilment_failed" },
      { type: "retry" },
      { type: "regenerate" },
    ];
    for (const s of ORDER_STATUSES)
      for (const e of events) {
        const t = transition(s, e);
        if (t.change) expect(ORDER_STATUSES).toContain(t.to);
      }
  });
});

describe("staff actions an order allows", () => {
  const actions = (status: OrderStatus, hasPayment = true) => staffActionsFor({ status, hasPayment });

  it("offers what the state machine allows in each status, a resend once delivered, and a refund until refunded", () => {
    expect(actions("awaiting_review")).toEqual(["approve", "reject", "refund"]);
    expect(actions("failed")).toEqual(["retry", "regenerate", "refund"]);
    for (const s of ["paid", "rendering", "sending"] as const) expect(actions(s)).toEqual(["mark_failed", "refund"]);
    expect(actions("delivered")).toEqual(["regenerate", "resend", "refund"]);
    expect(actions("refunded")).toEqual([]);
    expect(actions("pending", false)).toEqual([]);
    expect(actions("delivered", false)).toEqual(["regenerate", "resend"]);
  });

  it("offers a status change exactly when the state machine would make it", () => {
    const events = {
      approve: { type: "approved" },
      reject: { type: "rejected" },
      retry: { type: "retry" },
      mark_failed: { type: "fulfilment_failed" },
      regenerate: { type: "regenerate" },
    } as const;
    for (const status of ORDER_STATUSES) {
      for (const [action, event] of Object.entries(events) as [keyof typeof events, OrderEvent][]) {
        expect(actions(status).includes(action), `${action} in ${status}`).toBe(transition(status, event).change);
      }
    }
  });

  it("says why an action is refused", () => {
    expect(staffActionRefusal({ status: "awaiting_review", hasPayment: true }, "mark_failed")).toBe(
      "Nothing changed: the order is awaiting_review (not in fulfilment).",
    );
    expect(staffActionRefusal({ status: "paid", hasPayment: true }, "resend")).toBe("Only a delivered order's email can be sent again.");
    expect(staffActionRefusal({ status: "refunded", hasPayment: true }, "refund")).toBe("This order is already refunded.");
    expect(staffActionRefusal({ status: "delivered", hasPayment: false }, "refund")).toBe("This order has no payment to refund.");
    expect(staffActionRefusal({ status: "delivered", hasPayment: true }, "refund")).toBeNull();
  });
});
