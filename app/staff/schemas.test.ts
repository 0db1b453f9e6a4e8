import { describe, expect, it } from "vitest";
import { createStaffSchema, loginSchema } from "./schemas";

const login = (email: string) => loginSchema.safeParse({ email, password: "x" });

describe("sign-in email", () => {
  it("takes the development admin's dotless address, trimmed and lower-cased", () => {
    expect(login(" Admin@LocalHost ")).toMatchObject({ success: true, data: { email: "admin@localhost" } });
    expect(login("ops@example.com").success).toBe(true);
  });

  it.each(["", "admin", "admin@", "@localhost", "a@b@c", "a b@localhost", "admin@.localhost", `${"a".repeat(250)}@localhost`])(
    "refuses %j",
    (email) => {
      expect(login(email).success).toBe(false);
    },
  );

  it("stays strict where an account is created", () => {
    const staff = (email: string) => createStaffSchema.safeParse({ email, name: "A", role: "admin", password: "long-enough-password" });
    expect(staff("admin@localhost").success).toBe(false);
    expect(staff("ops@example.com").success).toBe(true);
  });
});
