import type postgres from "postgres";
import { getSql } from "../../db/client";

const STAFF_ACCOUNT_ACTIONS = ["staff_created", "staff_disabled", "staff_enabled", "sign_in_throttle_cleared"] as const;
export type StaffAuditAction = (typeof STAFF_ACCOUNT_ACTIONS)[number];

/** One row per change to a staff account, with the actor written as in order_events (`staff:<id>`). */
export async function recordStaffAudit(
  actorId: string,
  action: StaffAuditAction,
  targetId: string,
  detail: Record<string, postgres.JSONValue> = {},
): Promise<void> {
  const sql = getSql();
  await sql`
    insert into staff_audit_events (actor, action, target_staff_user_id, detail)
    values (${`staff:${actorId}`}, ${action}, ${targetId}, ${sql.json(detail)})`;
}

export type StaffAuditEntry = { id: number; at: Date; actor: string; action: StaffAuditAction; target: string | null };

/** The latest changes, newest first, with the staff emails of who did them and to whom. */
export async function recentStaffAudit(limit = 20): Promise<StaffAuditEntry[]> {
  return getSql()<StaffAuditEntry[]>`
    select e.id, e.created_at as at, e.action,
      coalesce((select u.email from staff_users u where u.id::text = substr(e.actor, 7)), e.actor) as actor,
      t.email as target
    from staff_audit_events e left join staff_users t on t.id = e.target_staff_user_id
    -- The catalogue page's changes share the table (app/staff/catalogue.server.ts) and are listed there.
    where e.action = any(${[...STAFF_ACCOUNT_ACTIONS]}::text[])
    order by e.created_at desc, e.id desc limit ${limit}`;
}
