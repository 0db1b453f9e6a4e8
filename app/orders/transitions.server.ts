import type postgres from "postgres";
import { dueAfterBusinessDays } from "../../domain/business-days";
import { transition, type OrderEvent, type OrderStatus } from "../../domain/order-state";
import { enqueueOrderJob, JOB } from "../../lib/queue";

export type Tx = postgres.TransactionSql;

/** Working days after payment by which a blueprint is due (the staff SLA). */
export const SLA_BUSINESS_DAYS = 2;

export type Applied = { changed: boolean; from: OrderStatus | null; to: OrderStatus | null; reason?: string };

/**
 * Applies one event to an order inside the caller's transaction: the pure state machine decides,
 * one conditional UPDATE (… WHERE status = current) moves the order, an audit row records it, and
 * the job for the next step is enqueued in the same transaction. A repeated or late event finds
 * the order elsewhere and changes nothing.
 */
export async function applyOrderEvent(
  tx: Tx,
  orderId: string,
  event: OrderEvent,
  actor: string,
  detail: Record<string, unknown> = {},
): Promise<Applied> {
  const [row] = await tx<{ status: OrderStatus }[]>`select status from orders where id = ${orderId} for update`;
  if (!row) return { changed: false, from: null, to: null, reason: "no such order" };
  const decision = transition(row.status, event);
  if (!decision.change) return { changed: false, from: row.status, to: row.status, reason: decision.reason };

  const to = decision.to;
  const now = new Date();
  const updated = await tx`
    update orders set
      status = ${to},
      updated_at = ${now},
      paid_at = case when ${to} = 'paid' then coalesce(paid_at, ${now}) else paid_at end,
      due_at = case when ${to} = 'paid' then coalesce(due_at, ${dueAfterBusinessDays(now, SLA_BUSINESS_DAYS)}) else due_at end,
      delivered_at = case when ${to} = 'delivered' then ${now} else delivered_at end,
      refunded_at = case when ${to} = 'refunded' then ${now} else refunded_at end,
      last_error = case when ${to} in ('paid', 'delivered') then null else last_error end
    where id = ${orderId} and status = ${row.status}`;
  if (updated.count !== 1) return { changed: false, from: row.status, to: row.status, reason: "status changed concurrently" };

  const [audit] = await tx<{ id: number }[]>`
    insert into order_events (order_id, from_status, to_status, actor, action, detail)
    values (${orderId}, ${row.status}, ${to}, ${actor}, ${event.type}, ${tx.json(detail as postgres.JSONValue)})
    returning id`;
  // The job's singleton key names this transition: the conditional UPDATE already makes each
  // transition enqueue once, and a later identical one (a second rejection, a regenerate, a retry
  // within pg-boss's 60 s singleton window) must still get its job rather than be dropped.
  const step = (name: string) => `${name}:e${audit!.id}`;

  if (to === "paid") {
    await enqueueOrderJob(tx, JOB.renderBlueprint, orderId, step(`render:after-${row.status}`));
    await enqueueOrderJob(tx, JOB.sendConfirmation, orderId, "confirmation");
  }
  if (to === "sending") await enqueueOrderJob(tx, JOB.sendDelivery, orderId, step(`delivery:after-${row.status}`));
  return { changed: true, from: row.status, to };
}

/** An audit row for something that is not a status change (an email sent, a refund noted). */
export async function recordOrderNote(
  tx: Tx | postgres.Sql,
  orderId: string,
  actor: string,
  action: string,
  detail: Record<string, unknown> = {},
) {
  await tx`
    insert into order_events (order_id, actor, action, detail)
    values (${orderId}, ${actor}, ${action}, ${tx.json(detail as postgres.JSONValue)})`;
}
