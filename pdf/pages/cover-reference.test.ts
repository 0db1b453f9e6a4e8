import { describe, expect, it } from "vitest";
import { selectCoverPage } from "./cover.data";
import { analyst, modelOf } from "./test-fixture";

describe("the cover's order reference", () => {
  it("is the one the emails, success page and staff console quote", () => {
    const input = { ...analyst(), orderId: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d" };
    expect(selectCoverPage(modelOf(input)).reference).toBe("CP-1A2B3C4D-5E6F");
  });

  it("falls back to a sample document's own id", () => {
    expect(selectCoverPage(modelOf({ ...analyst(), orderId: "order-0001" })).reference).toBe("order-0001");
  });
});
