import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { orderReference, referencePrefix } from "./order-reference";

describe("orderReference", () => {
  it("is CP- and the first 12 hex digits of the id, upper case, grouped as in the id", () => {
    expect(orderReference("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")).toBe("CP-1A2B3C4D-5E6F");
  });

  it("starts with the 8-digit reference older emails quoted, so those stay findable", () => {
    const id = randomUUID();
    expect(orderReference(id).startsWith(`CP-${id.slice(0, 8).toUpperCase()}`)).toBe(true);
  });

  it("refuses anything that is not an order id", () => {
    expect(() => orderReference("not-a-uuid")).toThrow();
  });
});

describe("referencePrefix", () => {
  it.each([
    ["CP-1A2B3C4D-5E6F", "CP-1A2B3C4D-5E6F"],
    ["cp-1a2b3c4d-5e6f", "CP-1A2B3C4D-5E6F"],
    ["1a2b3c4d5e6f", "CP-1A2B3C4D-5E6F"],
    [" CP 1A2B 3C4D 5E6F ", "CP-1A2B3C4D-5E6F"],
    ["CP-1A2B3C4D", "CP-1A2B3C4D"],
    ["cp1a2b3c4d", "CP-1A2B3C4D"],
    ["1A2B3C4D", "CP-1A2B3C4D"],
  ])("reads %j as %j", (typed, prefix) => {
    expect(referencePrefix(typed)).toBe(prefix);
  });

  it.each(["", "CP-", "CP-1A2B3C", "CP-1A2B3C4D-5E", "CP-1A2B3C4D-5E6F7", "CP-1A2B3C4G", "CP-%", "CP-1A2B3C4_"])(
    "is not a reference: %j",
    (typed) => {
      expect(referencePrefix(typed)).toBeNull();
    },
  );

  it("finds every order's own reference", () => {
    for (let i = 0; i < 100; i += 1) {
      const ref = orderReference(randomUUID());
      expect(referencePrefix(ref)).toBe(ref);
      expect(referencePrefix(ref.toLowerCase().replace("cp-", ""))).toBe(ref);
    }
  });
});
