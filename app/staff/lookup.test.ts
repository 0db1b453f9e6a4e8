import { describe, expect, it } from "vitest";
import { classifyLookup, LOOKUP_HELP, lookupSchema } from "./lookup";

describe("classifyLookup", () => {
  it("reads an email case-insensitively", () => {
    expect(classifyLookup("  Buyer@Example.COM ")).toEqual({ kind: "email", email: "buyer@example.com" });
  });
  it("reads references with or without CP-, in any case", () => {
    expect(classifyLookup("cp-1a2b3c4d")).toEqual({ kind: "reference", prefix: "CP-1A2B3C4D" });
    expect(classifyLookup("1A2B3C4D-5E6F")).toEqual({ kind: "reference", prefix: "CP-1A2B3C4D-5E6F" });
  });
  it("reads Stripe checkout session and payment intent ids as typed", () => {
    expect(classifyLookup("cs_test_sim_AbCdEfGhIjKlMnOpQrStUvWx")).toEqual({
      kind: "checkout_session",
      id: "cs_test_sim_AbCdEfGhIjKlMnOpQrStUvWx",
    });
    expect(classifyLookup("pi_3PqRsTuVwXyZ")).toEqual({ kind: "payment_intent", id: "pi_3PqRsTuVwXyZ" });
  });
  it("reads a whole order id", () => {
    expect(classifyLookup("1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D")).toEqual({
      kind: "order_id",
      id: "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    });
  });
  it.each(["jane", "cs_", "pi_short", "re_123456789", "'; drop table orders; --", "CP-XYZ"])("knows no key in %j", (typed) => {
    expect(classifyLookup(typed)).toBeNull();
  });
});

describe("lookupSchema", () => {
  it("answers empty, overlong and unrecognised text with the same plain help", () => {
    for (const q of ["", "   ", "x".repeat(255), "hello"]) {
      const parsed = lookupSchema.safeParse({ q });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain(LOOKUP_HELP);
    }
    expect(lookupSchema.safeParse({}).success).toBe(false);
  });
});
