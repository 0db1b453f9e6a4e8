import { describe, expect, it } from "vitest";
import { scrubEventDetail } from "./ledger";

describe("scrubEventDetail", () => {
  it("keeps payment references and drops free text", () => {
    expect(
      scrubEventDetail({
        sessionId: "cs_1",
        amountTotal: 4900,
        paymentStatus: "paid",
        note: "Buyer jane@example.com phoned about her career change",
        error: "Resend refused jane@example.com",
        lastError: "render failed for Jane",
        idempotencyKey: "order-1-delivery-v2",
        version: 2,
      }),
    ).toEqual({ sessionId: "cs_1", amountTotal: 4900, paymentStatus: "paid", version: 2 });
  });

  it("drops a nested value even under an allowed key", () => {
    expect(scrubEventDetail({ kind: { text: "jane@example.com" }, refundId: "re_1" })).toEqual({ refundId: "re_1" });
  });
});
