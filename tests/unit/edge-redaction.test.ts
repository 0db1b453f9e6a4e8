import { describe, expect, it } from "vitest";
import { redactPath } from "../../lib/logger";
import { bearerMatches } from "../../server/observability";
import { routerPathname } from "../../server/route-match";

describe("redactPath", () => {
  const sealed = "q1Zx8Ykq0oJfWm3R.9vTg2LsPq0aZ7bXc1dEfGg.Hh3Jk5Lm7Nn9Pp1Qq3Rr5Ss7Tt9Uu1Vv3Ww5Xx7Yy9Zz1";

  it("keeps only the shape of every capability path, whatever the token looks like", () => {
    expect(redactPath(`/privacy/confirm/${sealed}`)).toBe("/privacy/confirm/:token");
    expect(redactPath(`/privacy/confirm/${sealed}/export`)).toBe("/privacy/confirm/:token/export");
    expect(redactPath(`/Privacy/Confirm/${sealed}/export.data?x=1`)).toBe("/privacy/confirm/:token/export.data");
    expect(redactPath(`/PRIVACY%2FCONFIRM%2F${sealed}`)).toBe("/privacy/confirm/:token");
    expect(redactPath("/results/abc")).toBe("/results/:token");
    expect(redactPath("/RESULTS/abc.data")).toBe("/results/:token.data");
    expect(redactPath("/blueprints/x")).toBe("/blueprints/:token");
    expect(redactPath("/checkout/simulator/cs_sim_1")).toBe("/checkout/simulator/:token");
    expect(redactPath("/x/..\\results/abc")).toBe("/x/../results/:token");
  });

  it("drops the query (a Checkout session id lives there) and any other long segment that is not a word", () => {
    expect(redactPath("/checkout/success?session_id=cs_test_123")).toBe("/checkout/success");
    expect(redactPath(`/no/such/${sealed}`)).toBe("/no/such/:token");
    expect(redactPath("/staff/orders/0b9b1f0e-1111-2222-3333-444455556666")).toBe("/staff/orders/:token");
    expect(redactPath("/occupations/financial-managers-and-directors")).toBe("/occupations/financial-managers-and-directors");
    expect(redactPath("/assets/entry.client-AbC123xyz.js")).toBe("/assets/entry.client-AbC123xyz.js");
    expect(redactPath("/bad%zz/results")).toBe("/bad%zz/results");
  });
});

describe("routerPathname", () => {
  it("is the path React Router routes by", () => {
    expect(routerPathname("/Privacy/")).toBe("/Privacy");
    expect(routerPathname("/privacy.data?index")).toBe("/privacy");
    expect(routerPathname("/privacy/.data")).toBe("/privacy");
    expect(routerPathname("/_.data")).toBe("/");
    expect(routerPathname("/privacy/_.data?index")).toBe("/privacy");
    // The format before future.v8_trailingSlashAwareDataRequests: React Router answers it 404 now.
    expect(routerPathname("/_root.data")).toBe("/_root");
    expect(routerPathname("/x/../privacy")).toBe("/privacy");
    expect(routerPathname("/x/%2e%2e/privacy")).toBe("/privacy");
    expect(routerPathname("/x\\..\\privacy")).toBe("/privacy");
    expect(routerPathname("//privacy")).toBe("/privacy");
  });
});

describe("bearerMatches (the /metrics token check)", () => {
  const token = "metrics-token-for-tests-0123456789";
  it("accepts the right token and refuses a wrong one of any length", () => {
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`Bearer ${token.slice(0, -1)}X`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}0`, token)).toBe(false);
    expect(bearerMatches("Bearer x", token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
    expect(bearerMatches("", token)).toBe(false);
  });
});
