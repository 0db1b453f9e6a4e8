import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("applies the documented defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ port: 3000, appUrl: "http://localhost:3000", reviewMode: "auto", worker: "inline", mode: "development" });
    expect(env.databaseUrl).toBeUndefined();
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

  it("never echoes a secret in the error", () => {
    expect(() => parseEnv({ SESSION_SECRET: "short-secret-value" })).toThrow(/SESSION_SECRET/);
    expect(() => parseEnv({ SESSION_SECRET: "short-secret-value" })).not.toThrow(/short-secret-value/);
  });
});
