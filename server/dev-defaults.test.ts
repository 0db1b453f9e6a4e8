import { describe, expect, it } from "vitest";
import { parseEnv } from "../lib/env";
import { developmentDefaultsWarning, isLoopbackUrl } from "./dev-defaults";

describe("development defaults warning", () => {
  it.each(["http://localhost:3000", "http://app.localhost", "http://127.0.0.1:3107", "http://127.1.2.3", "http://[::1]:3000"])(
    "stays quiet on the loopback %s",
    (url) => {
      expect(isLoopbackUrl(url)).toBe(true);
      expect(developmentDefaultsWarning(parseEnv({ APP_URL: url }))).toBeNull();
    },
  );

  it.each(["https://careerpivot.example", "http://192.168.1.10:3000", "http://localhost.example.com", "http://[2001:db8::1]"])(
    "warns on %s, naming what is in force",
    (url) => {
      expect(isLoopbackUrl(url)).toBe(false);
      const warning = developmentDefaultsWarning(parseEnv({ APP_URL: url }))!;
      expect(warning).toContain(`APP_URL (${url.replace(/\/$/, "")})`);
      expect(warning).toMatch(/without Secure/);
      expect(warning).toMatch(/local simulator/);
      expect(warning).toMatch(/admin@localhost/);
      expect(warning).toMatch(/NODE_ENV=production/);
    },
  );

  it("lists only the defaults the configuration leaves in force", () => {
    const warning = developmentDefaultsWarning(
      parseEnv({
        APP_URL: "https://staging.example",
        NODE_ENV: "development",
        STRIPE_SECRET_KEY: "sk_test_abc",
        STRIPE_WEBHOOK_SECRET: "whsec_abc",
        STAFF_EMAIL: "ops@example.com",
        STAFF_PASSWORD: "ops-password-0123",
        DATABASE_URL: "postgres://db.example/app",
      }),
    )!;
    expect(warning).toMatch(/test-mode keys/);
    expect(warning).not.toMatch(/simulator|admin@localhost|embedded/);
  });

  it("says nothing in production, whatever the address", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      APP_URL: "https://careerpivot.example",
      SESSION_SECRET: "x".repeat(32),
      STRIPE_SECRET_KEY: "sk_live_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      RESEND_API_KEY: "re_abc",
      DATABASE_URL: "postgres://db.example/app",
    });
    expect(developmentDefaultsWarning(env)).toBeNull();
  });
});
