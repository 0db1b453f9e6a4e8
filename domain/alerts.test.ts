import { describe, expect, it } from "vitest";
import { dueAfterBusinessDays } from "./business-days";
import { alertIsOpen, dueAlert, newAlert } from "./alerts";

const at = (iso: string) => new Date(iso);

describe("dueAlert with the clock moved", () => {
  // Paid Friday 14 Nov 2025, 15:00 London (GMT): two business days → due at the end of Tuesday 18.
  const paid = at("2025-11-14T15:00:00Z");
  const dueAt = dueAfterBusinessDays(paid, 2);
  const order = { status: "rendering" as const, dueAt };

  it("is due at the end of Tuesday", () => {
    expect(dueAt.toISOString()).toBe("2025-11-19T00:00:00.000Z");
  });

  it("stays quiet from Friday afternoon over the weekend and through Monday", () => {
    for (const now of [
      "2025-11-14T16:59:00Z",
      "2025-11-15T12:00:00Z",
      "2025-11-16T23:00:00Z",
      "2025-11-17T16:00:00Z",
      "2025-11-18T12:59:00Z",
    ]) {
      expect(dueAlert(at(now), order), now).toBeNull();
    }
  });

  it("warns from 13:00 on Tuesday (four working hours left) and breaches at midnight", () => {
    expect(dueAlert(at("2025-11-18T13:00:00Z"), order)).toBe("at_risk");
    expect(dueAlert(at("2025-11-18T23:59:00Z"), order)).toBe("at_risk");
    expect(dueAlert(at("2025-11-19T00:00:00Z"), order)).toBe("breached");
  });

  it("skips an England & Wales bank holiday: paid Friday before the early May bank holiday, due end of Wednesday", () => {
    // Monday 5 May 2025 is a bank holiday; London is on BST (UTC+1).
    const mayDue = dueAfterBusinessDays(at("2025-05-02T14:00:00Z"), 2);
    expect(mayDue.toISOString()).toBe("2025-05-07T23:00:00.000Z");
    const mayOrder = { status: "paid" as const, dueAt: mayDue };
    // Bank-holiday Monday and Tuesday morning count nothing toward the alarm.
    expect(dueAlert(at("2025-05-05T15:00:00Z"), mayOrder)).toBeNull();
    expect(dueAlert(at("2025-05-06T15:00:00Z"), mayOrder)).toBeNull();
    expect(dueAlert(at("2025-05-07T11:59:00Z"), mayOrder)).toBeNull(); // 12:59 BST: 4 h 01 min left
    expect(dueAlert(at("2025-05-07T12:00:00Z"), mayOrder)).toBe("at_risk"); // 13:00 BST
    expect(dueAlert(at("2025-05-07T23:00:00Z"), mayOrder)).toBe("breached");
  });

  it("alerts failed orders whatever the clock, and nothing once the buyer has the Blueprint or a refund", () => {
    expect(dueAlert(at("2025-11-14T16:00:00Z"), { status: "failed", dueAt })).toBe("failed");
    expect(dueAlert(at("2025-11-20T16:00:00Z"), { status: "delivered", dueAt })).toBeNull();
    expect(dueAlert(at("2025-11-20T16:00:00Z"), { status: "refunded", dueAt })).toBeNull();
    expect(dueAlert(at("2025-11-20T16:00:00Z"), { status: "pending", dueAt: null })).toBeNull();
  });
});

describe("newAlert", () => {
  const order = { status: "sending" as const, dueAt: at("2025-11-19T00:00:00Z") };

  it("fires each kind once: at risk, then breached, but never the same kind twice", () => {
    expect(newAlert(at("2025-11-18T14:00:00Z"), order, [])).toBe("at_risk");
    expect(newAlert(at("2025-11-18T15:00:00Z"), order, ["at_risk"])).toBeNull();
    expect(newAlert(at("2025-11-19T09:00:00Z"), order, ["at_risk"])).toBe("breached");
    expect(newAlert(at("2025-11-19T10:00:00Z"), order, ["at_risk", "breached"])).toBeNull();
  });

  it("keeps an alert open only while the order is still in that state", () => {
    expect(alertIsOpen("at_risk", "awaiting_review")).toBe(true);
    expect(alertIsOpen("breached", "delivered")).toBe(false);
    expect(alertIsOpen("failed", "failed")).toBe(true);
    expect(alertIsOpen("failed", "rendering")).toBe(false);
  });
});
