import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies the documented defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ port: 3000, appUrl: "http://localhost:3000", reviewMode: "auto", worker: "inline", mode: "development" });
    expect(env.databaseUrl).toBeUndefined();
  });

  it("paces email at Resend's default 2 requests/s unless told otherwise; alerts need an address", () => {
    expect(parseEnv({}).emailRatePerSecond).toBe(2);
    expect(parseEnv({ EMAIL_RATE_PER_SECOND: "10" }).emailRatePerSecond).toBe(10);
    expect(parseEnv({}).staffAlertEmail).toBeUndefined();
    expect(parseEnv({ STAFF_ALERT_EMAIL: "ops@careerpivot.example" }).staffAlertEmail).toBe("ops@careerpivot.example");
  });

  it("derives APP_URL from PORT and strips a trailing slash from an explicit one", () => {
    expect(parseEnv({ PORT: "4000" }).appUrl).toBe("http://localhost:4000");
    expect(parseEnv({ APP_URL: "https://careerpivot.example/" }).appUrl).toBe("https://careerpivot.example");
  });

  it.each([
    [{ PORT: "eighty" }, /PORT/],
    [{ REVIEW_MODE: "sometimes" }, /REVIEW_MODE/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ WORKER: "maybe" }, /WORKER/],
    [{ STAFF_EMAIL: "a@b.co" }, /STAFF_PASSWORD/],
    [{ EMAIL_RATE_PER_SECOND: "0" }, /EMAIL_RATE_PER_SECOND/],
    [{ EMAIL_RATE_PER_SECOND: "fast" }, /EMAIL_RATE_PER_SECOND/],
    [{ STAFF_ALERT_EMAIL: "staff" }, /STAFF_ALERT_EMAIL/],
    [{ NODE_ENV: "production" }, /SESSION_SECRET/],
    [{ STRIPE_SECRET_KEY: "sk_test_abc" }, /STRIPE_WEBHOOK_SECRET/],
  ])("fails with one line naming the variable for %o", (source, name) => {
    expect(() => parseEnv(source)).toThrow(name);
    try {
      parseEnv(source);
    } catch (error) {
      expect((error as Error).message.split("\n")).toHaveLength(1);
    }
  });

  describe("production never sells through the simulator", () => {
    const prod = { NODE_ENV: "production", SESSION_SECRET: "s".repeat(32), DATABASE_URL: "postgres://db.example/app" };
    const live = { STRIPE_SECRET_KEY: "sk_live_abc", STRIPE_WEBHOOK_SECRET: "whsec_abc", RESEND_API_KEY: "re_abc" };

    it("refuses to start without both Stripe keys, naming them on one line", () => {
      expect(() => parseEnv(prod)).toThrow(
        /^Invalid configuration: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are both required in production/,
      );
      expect(() => parseEnv({ ...prod, STRIPE_SECRET_KEY: "sk_live_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET/);
      expect(() => parseEnv({ ...prod, STRIPE_WEBHOOK_SECRET: "whsec_abc" })).toThrow(/STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET/);
    });

    it("refuses test-mode keys unless STRIPE_TEST_MODE=1 marks staging", () => {
      for (const key of ["sk_test_abc", "rk_test_abc"]) {
        expect(() => parseEnv({ ...prod, ...live, STRIPE_SECRET_KEY: key })).toThrow(/STRIPE_SECRET_KEY is a test-mode key/);
        expect(parseEnv({ ...prod, ...live, STRIPE_SECRET_KEY: key, STRIPE_TEST_MODE: "1" }).stripeTestMode).toBe(true);
      }
      expect(parseEnv({ ...prod, ...live }).stripeTestMode).toBe(false);
      expect(parseEnv({}).stripeTestMode).toBe(true);
      expect(() => parseEnv({ ...prod, ...live, STRIPE_TEST_MODE: "yes" })).toThrow(/STRIPE_TEST_MODE/);
    });

    it("refuses to start without RESEND_API_KEY rather than keep a local outbox", () => {
      expect(() => parseEnv({ ...prod, ...live, RESEND_API_KEY: undefined })).toThrow(
        /^Invalid configuration: RESEND_API_KEY is required in production/,
      );
      expect(parseEnv({ ...live, RESEND_API_KEY: undefined }).resendApiKey).toBeUndefined();
    });

    it("refuses the embedded database in production", () => {
      expect(() => parseEnv({ ...prod, ...live, DATABASE_URL: undefined })).toThrow(/DATABASE_URL is required in production/);
      expect(parseEnv({ ...prod, ...live }).isProduction).toBe(true);
    });
  });

  it("never echoes a secret in the error", () => {
    expect(() => parseEnv({ SESSION_SECRET: "short-secret-value" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ SESSION_SECRET: "short-secret-value" })).not.toThrow(/short-secret-value/);
  });
});
