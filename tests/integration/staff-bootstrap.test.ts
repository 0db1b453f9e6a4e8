import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Users from "../../app/staff/users.server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let users: typeof Users;
let closeDb: () => Promise<void>;

beforeAll(async () => {
  t = await createTestDatabase();
  // The service's client reads DATABASE_URL on first use: import it after pointing it here.
  process.env.DATABASE_URL = t.url;
  users = await import("../../app/staff/users.server");
  closeDb = (await import("../../db/client")).closeDb;
});

afterAll(async () => {
  await closeDb?.();
  await t?.drop();
});

describe("bootstrap admin", () => {
  it("in production without STAFF_EMAIL creates nobody", async () => {
    expect(await users.ensureBootstrapAdmin({ isProduction: true })).toEqual({ created: false });
    expect((await t.sql`select count(*)::int as n from staff_users`)[0]!.n).toBe(0);
  });

  it("in development generates admin@localhost once, with a password that signs in; later starts create and print nothing", async () => {
    const first = await users.ensureBootstrapAdmin({ isProduction: false });
    expect(first).toMatchObject({ created: true, email: "admin@localhost" });
    const password = first.created ? first.generatedPassword! : "";
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await users.authenticate("admin@localhost", password)).not.toBeNull();
    expect(await users.ensureBootstrapAdmin({ isProduction: false })).toEqual({ created: false });
    // Configuring STAFF_EMAIL later still adds that admin, without printing its password.
    expect(await users.ensureBootstrapAdmin({ email: "Ops@Example.com", password: "ops-password-0123", isProduction: false })).toEqual({ created: true, email: "ops@example.com" });
    expect(await users.ensureBootstrapAdmin({ email: "ops@example.com", password: "changed-password-0123", isProduction: false })).toEqual({ created: false });
    expect(await users.authenticate("ops@example.com", "ops-password-0123")).not.toBeNull();
  });
});
