import type postgres from "postgres";
import { getSql } from "../../db/client";
import { renderStaffAlert } from "../../emails/render";
import { sendOrderEmail } from "../../emails/send";
import { enqueueStaffAlert } from "../../lib/queue";
import { alertIsOpen, IN_FLIGHT, newAlert, type AlertKind } from "../../domain/alerts";
import { atRiskHorizon } from "../../domain/sla";
import type { OrderStatus } from "../../domain/order-state";
import { orderReference } from "../../domain/order-reference";
import { getEnv } from "../../lib/env";

type Candidate = { id: string; status: OrderStatus; dueAt: Date | null; fired: AlertKind[] };

/**
 * The scheduled minute (jobs/alert-scan.ts): orders that may have crossed a threshold — failed, or
 * in flight with a due time inside the at-risk horizon — minus the alerts they already had. The
 * decision is domain/alerts.ts's; the unique (order, kind) row makes it once whichever process
 * runs the minute, and the email is queued in the same transaction as the row.
 */
export async function raiseDueAlerts(now: Date, sql: postgres.Sql = getSql()): Promise<{ kind: AlertKind; orderId: string }[]> {
  const candidates = await sql<Candidate[]>`
    select o.id, o.status, o.due_at as "dueAt",
      coalesce((select array_agg(a.kind) from staff_alerts a where a.order_id = o.id), '{}') as fired
    from orders o
    where o.status = 'failed' or (o.status = any(${IN_FLIGHT}::order_status[]) and o.due_at <= ${atRiskHorizon(now)})`;
  const raised: { kind: AlertKind; orderId: string }[] = [];
  const emailStaff = Boolean(getEnv().staffAlertEmail);
  for (const order of candidates) {
    const kind = newAlert(now, order, order.fired);
    if (!kind) continue;
    const inserted = await sql.begin(async (tx) => {
      const [row] = await tx<{ id: number }[]>`
        insert into staff_alerts (order_id, kind) values (${order.id}, ${kind}) on conflict (order_id, kind) do nothing returning id`;
      if (row && emailStaff) await enqueueStaffAlert(tx, row.id);
      return Boolean(row);
    });
    if (inserted) raised.push({ kind, orderId: order.id });
  }
  return raised;
}

const londonTime = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", dateStyle: "medium", timeStyle: "short" });

/** The queued email to STAFF_ALERT_EMAIL: reference, state and the console link only. */
export async function emailStaffAlert(alertId: number): Promise<"sent" | "no address" | "gone"> {
  const to = getEnv().staffAlertEmail;
  if (!to) return "no address";
  const [alert] = await getSql()<{ kind: AlertKind; orderId: string; status: OrderStatus; dueAt: Date | null }[]>`
    select a.kind, a.order_id as "orderId", o.status, o.due_at as "dueAt"
    from staff_alerts a join orders o on o.id = a.order_id where a.id = ${alertId}`;
  if (!alert) return "gone";
  const message = await renderStaffAlert({
    kind: alert.kind,
    orderReference: orderReference(alert.orderId),
    status: alert.status.replace(/_/g, " "),
    dueAt: alert.dueAt ? `${londonTime.format(alert.dueAt)} (London)` : null,
    orderUrl: `${getEnv().appUrl}/staff/orders/${alert.orderId}`,
  });
  // No order id on the row: the email is the staff's, not part of the buyer's records.
  await sendOrderEmail({ orderId: null, kind: "staff_alert", idempotencyKey: `staff-alert-${alertId}`, to, ...message });
  return "sent";
}

export type OpenAlert = {
  id: number;
  kind: AlertKind;
  orderId: string;
  reference: string;
  status: OrderStatus;
  dueAt: Date | null;
  createdAt: Date;
};

/** For the top of the staff queue: alerts whose order is still in the state they were about. */
export async function listOpenAlerts(limit = 20): Promise<OpenAlert[]> {
  const rows = await getSql()<Omit<OpenAlert, "reference">[]>`
    select a.id, a.kind, a.order_id as "orderId", o.status, o.due_at as "dueAt", a.created_at as "createdAt"
    from staff_alerts a join orders o on o.id = a.order_id
    where o.status = 'failed' or o.status = any(${IN_FLIGHT}::order_status[])
    order by a.created_at desc limit ${limit * 3}`;
  return (
    rows
      .filter((r) => alertIsOpen(r.kind, r.status))
      // An order that breached also had its at-risk alert: show the latest word on each order.
      .filter((r, i, all) => all.findIndex((o) => o.orderId === r.orderId) === i)
      .slice(0, limit)
      .map((r) => ({ ...r, reference: orderReference(r.orderId) }))
  );
}
