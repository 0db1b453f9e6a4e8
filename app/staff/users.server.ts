import { randomBytes } from "node:crypto";
import { getSql } from "../../db/client";
import { hashPassword, verifyPassword } from "./passwords.server";
import type { StaffRole } from "./roles";
import { deleteUserSessions } from "./sessions.server";

export type StaffListItem = { id: string; email: string; name: string; role: StaffRole; disabledAt: Date | null; createdAt: Date };

export async function listStaff(): Promise<StaffListItem[]> {
  return getSql()<StaffListItem[]>`
    select id, email, name, role, disabled_at as "disabledAt", created_at as "createdAt" from staff_users order by created_at`;
}

export async function staffEmailOf(userId: string): Promise<string | null> {
  const [row] = await getSql()<{ email: string }[]>`select email from staff_users where id = ${userId}`;
  return row?.email ?? null;
}

/** The account for a sign-in, or null when the email is unknown, the password wrong or the account disabled. */
export async function authenticate(email: string, password: string): Promise<{ id: string } | null> {
  const [user] = await getSql()<{ id: string; passwordHash: string; disabledAt: Date | null }[]>`
    select id, password_hash as "passwordHash", disabled_at as "disabledAt" from staff_users where email = ${email}`;
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  return ok && user && !user.disabledAt ? { id: user.id } : null;
}

export async function createStaffUser(input: { email: string; name: string; role: StaffRole; password: string }, createdBy: string | null) {
  const passwordHash = await hashPassword(input.password);
  const [row] = await getSql()<{ id: string }[]>`
    insert into staff_users (email, name, role, password_hash, created_by)
    values (${input.email}, ${input.name}, ${input.role}, ${passwordHash}, ${createdBy})
    on conflict (email) do nothing returning id`;
  return row ? { ok: true as const, id: row.id } : { ok: false as const };
}

/** Disabling also ends every session the account has, at once. */
export async function setStaffDisabled(userId: string, disabled: boolean): Promise<boolean> {
  const rows = await getSql()`
    update staff_users set disabled_at = ${disabled ? new Date() : null}, updated_at = now()
    where id = ${userId} and (disabled_at is null) = ${disabled}`;
  if (disabled) await deleteUserSessions(userId);
  return rows.count === 1;
}

export async function countActiveAdmins(): Promise<number> {
  const [row] = await getSql()<{ n: number }[]>`select count(*)::int as n from staff_users where role = 'admin' and disabled_at is null`;
  return row!.n;
}

/** Checks the current password, stores the new one and ends every session of the account. */
export async function changePassword(userId: string, current: string, next: string): Promise<boolean> {
  const sql = getSql();
  const [user] = await sql<{ passwordHash: string }[]>`select password_hash as "passwordHash" from staff_users where id = ${userId}`;
  if (!user || !(await verifyPassword(user.passwordHash, current))) return false;
  const passwordHash = await hashPassword(next);
  await sql`update staff_users set password_hash = ${passwordHash}, password_changed_at = now(), updated_at = now() where id = ${userId}`;
  await deleteUserSessions(userId);
  return true;
}

export type BootstrapOutcome = { created: false } | { created: true; email: string; generatedPassword?: string };

/**
 * The first admin: from STAFF_EMAIL/STAFF_PASSWORD, or (development only) admin@localhost with a
 * generated password the caller prints once. Does nothing when that account already exists, so
 * later starts never print or change a password.
 */
export async function ensureBootstrapAdmin(opts: { email?: string; password?: string; isProduction: boolean }): Promise<BootstrapOutcome> {
  if (!opts.email && opts.isProduction) return { created: false };
  const email = (opts.email ?? "admin@localhost").toLowerCase();
  const [existing] = await getSql()`select 1 from staff_users where email = ${email}`;
  if (existing) return { created: false };
  // In development with no STAFF_EMAIL, one generated admin is enough: later starts find any admin.
  if (!opts.email && (await countActiveAdmins()) > 0) return { created: false };
  const generatedPassword = opts.password ? undefined : randomBytes(15).toString("base64url");
  const created = await createStaffUser(
    { email, name: "Administrator", role: "admin", password: opts.password ?? generatedPassword! },
    null,
  );
  return created.ok ? { created: true, email, ...(generatedPassword ? { generatedPassword } : {}) } : { created: false };
}
