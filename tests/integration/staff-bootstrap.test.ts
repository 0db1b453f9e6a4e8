import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../../lib/env";
import type * as Bootstrap from "../../app/staff/bootstrap.server";
import type * as Users from "../../app/staff/users.server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let users: typeof Users;
let bootstrap: typeof Bootstrap;
let closeDb: () => Promise<void>;

beforeAll(async () => {
  t = await createTestDatabase();
  // The service's client reads DATABASE_URL on first use: import it after pointing it here.
  process.env.DATABASE_URL = t.url;
  users = await import("../../app/staff/users.server");
  bootstrap = await import("../../app/staff/bootstrap.server");
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
    expect(await users.ensureBootstrapAdmin({ email: "Ops@Example.com", password: "ops-password-0123", isProduction: false })).toEqual({
      created: true,
      email: "ops@example.com",
    });
    expect(await users.ensureBootstrapAdmin({ email: "ops@example.com", password: "changed-password-0123", isProduction: false })).toEqual({
      created: false,
    });
    expect(await users.authenticate("ops@example.com", "ops-password-0123")).not.toBeNull();
  });
});

// Through the real `npm start` (stdout a pipe): tests/integration/staff-first-sign-in.test.ts.
describe("where the generated password is shown", () => {
  it("prints it when stdout is a terminal, and writes no file", async () => {
    await t.sql`delete from staff_users`;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-bootstrap-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await bootstrap.bootstrapStaff(parseEnv({ DATA_DIR: dataDir }), { isTTY: true });
      const printed = log.mock.calls.map((args) => args.join(" ")).join("\n");
      const password = /with password (\S+)/.exec(printed)?.[1] ?? "";
      expect(await users.authenticate("admin@localhost", password)).not.toBeNull();
      expect(existsSync(bootstrap.generatedPasswordFile(dataDir))).toBe(false);
    } finally {
      log.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("otherwise writes it to the file and keeps that file while the password still signs in", async () => {
    await t.sql`delete from staff_users`;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-bootstrap-"));
    const file = bootstrap.generatedPasswordFile(dataDir);
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await bootstrap.bootstrapStaff(parseEnv({ DATA_DIR: dataDir }), { isTTY: false });
      const [email, password] = readFileSync(file, "utf8").split("\n");
      expect(log.mock.calls.flat().join(" ")).not.toContain(password);
      expect(await users.authenticate(email!, password!)).not.toBeNull();
      await bootstrap.bootstrapStaff(parseEnv({ DATA_DIR: dataDir }), { isTTY: false });
      expect(existsSync(file)).toBe(true);
    } finally {
      log.mockRestore();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
