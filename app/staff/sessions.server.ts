import { randomBytes } from "node:crypto";
import { getSql } from "../../db/client";
import { hashToken } from "../utils/tokens.server";
import type { StaffRole } from "./roles";

export const IDLE_TIMEOUT_MS = 12 * 3_600_000;
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 3_600_000;
/** last_seen_at is refreshed at most this often, so browsing does not write on every request. */
const TOUCH_EVERY_MS = 60_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type StaffIdentity = { sessionId: string; userId: string; email: string; name: string; role: StaffRole };

/** A new session: 256 random bits in the cookie, only their SHA-256 in the database. */
export async function createSession(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await getSql()`
    insert into staff_sessions (token_hash, staff_user_id, expires_at)
    values (${hashToken(token)}, ${userId}, ${new Date(Date.now() + ABSOLUTE_TIMEOUT_MS)})`;
  return token;
}

/** The signed-in staff member for a cookie token, or null when missing, expired, idle or disabled. */
export async function findSession(token: string | null, now = new Date()): Promise<StaffIdentity | null> {
  if (!token || !TOKEN.test(token)) return null;
  const sql = getSql();
  const [row] = await sql<(StaffIdentity & { lastSeenAt: Date; expiresAt: Date; disabledAt: Date | null })[]>`
    select s.id as "sessionId", u.id as "userId", u.email, u.name, u.role, s.last_seen_at as "lastSeenAt",
      s.expires_at as "expiresAt", u.disabled_at as "disabledAt"
    from staff_sessions s join staff_users u on u.id = s.staff_user_id
    where s.token_hash = ${hashToken(token)}`;
  if (!row) return null;
  if (row.disabledAt || row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > IDLE_TIMEOUT_MS) {
    await sql`delete from staff_sessions where id = ${row.sessionId}`;
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await sql`update staff_sessions set last_seen_at = ${now} where id = ${row.sessionId}`;
  }
  return { sessionId: row.sessionId, userId: row.userId, email: row.email, name: row.name, role: row.role };
}

export async function deleteSessionByToken(token: string | null): Promise<void> {
  if (token && TOKEN.test(token)) await getSql()`delete from staff_sessions where token_hash = ${hashToken(token)}`;
}

export async function deleteUserSessions(userId: string): Promise<void> {
  await getSql()`delete from staff_sessions where staff_user_id = ${userId}`;
}
