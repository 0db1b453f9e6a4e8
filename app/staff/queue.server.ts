import { z } from "zod";
import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { orderReference } from "../../domain/order-reference";
import { atRiskHorizon, slaState, type SlaState } from "../../domain/sla";
import { OPEN_STATUSES, QUEUE_STATUSES } from "./statuses";

export const PAGE_SIZE = 50;

const cursorSchema = z
  .string()
  .regex(/^\d{13}_[0-9a-f-]{36}$/)
  .transform((c) => ({ dueAt: new Date(Number(c.slice(0, 13))), id: c.slice(14) }));

export const queueFilterSchema = z.object({
  status: z.enum(["open", "all", ...QUEUE_STATUSES]).catch("open"),
  sla: z.enum(["any", "on_track", "at_risk", "breached"]).catch("any"),
  after: cursorSchema.optional().catch(undefined),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export type QueueRow = {
  id: string;
  reference: string;
  status: OrderStatus;
  email: string | null;
  occupation: string;
  paidAt: Date | null;
  dueAt: Date;
  deliveredAt: Date | null;
  sla: SlaState | "met" | "late" | null;
};

export type QueuePage = { rows: QueueRow[]; nextCursor: string | null };

const cursorOf = (r: { dueAt: Date; id: string }) => `${String(r.dueAt.getTime()).padStart(13, "0")}_${r.id}`;

function badge(status: OrderStatus, dueAt: Date, deliveredAt: Date | null, now: Date): QueueRow["sla"] {
  if ((OPEN_STATUSES as readonly string[]).includes(status)) return slaState(now, dueAt);
  if (status === "delivered" && deliveredAt) return deliveredAt <= dueAt ? "met" : "late";
  return null;
}

/**
 * One page of the queue, oldest due first, keyset-paginated on (due_at, id). Each status is read
 * as its own branch in `orders_status_due_idx` order and the branches are merged, so a page costs
 * a few index probes however many orders exist (an `IN (…)` list would sort every open order).
 * The SLA filter becomes a due-time range: breached < now ≤ at risk ≤ horizon < on track.
 */
export async function listQueue(filter: QueueFilter, now = new Date()): Promise<QueuePage> {
  const sql = getSql();
  const statuses: readonly OrderStatus[] =
    filter.status === "open" ? OPEN_STATUSES : filter.status === "all" ? QUEUE_STATUSES : [filter.status];
  const withSla = filter.sla === "any" ? statuses : statuses.filter((s) => (OPEN_STATUSES as readonly string[]).includes(s));
  if (withSla.length === 0) return { rows: [], nextCursor: null };
  const horizon = atRiskHorizon(now);
  const range =
    filter.sla === "breached"
      ? sql`and o.due_at < ${now}`
      : filter.sla === "at_risk"
        ? sql`and o.due_at >= ${now} and o.due_at <= ${horizon}`
        : filter.sla === "on_track"
          ? sql`and o.due_at > ${horizon}`
          : sql``;
  const after = filter.after
    ? sql`and o.due_at >= ${filter.after.dueAt} and (o.due_at > ${filter.after.dueAt} or o.id > ${filter.after.id})`
    : sql``;
  const limit = PAGE_SIZE + 1;
  const branches = withSla.map(
    (status) => sql`(select o.id, o.due_at from orders o
      where o.status = ${status} and o.due_at is not null ${range} ${after}
      order by o.due_at, o.id limit ${limit})`,
  );
  const union = branches.slice(1).reduce((acc, b) => sql`${acc} union all ${b}`, branches[0]!);
  const found = await sql<Omit<QueueRow, "reference" | "sla">[]>`
    with page as (select * from (${union}) u order by due_at, id limit ${limit})
    select o.id, o.status, o.email, oc.title as occupation, o.paid_at as "paidAt", o.due_at as "dueAt", o.delivered_at as "deliveredAt"
    from page p join orders o on o.id = p.id join occupations oc on oc.id = o.occupation_id
    order by p.due_at, p.id`;
  const rows = found.slice(0, PAGE_SIZE).map((r) => ({
    ...r,
    reference: orderReference(r.id),
    sla: badge(r.status, r.dueAt, r.deliveredAt, now),
  }));
  return { rows, nextCursor: found.length > PAGE_SIZE ? cursorOf(rows.at(-1)!) : null };
}

export type LiveCounts = { orders: Record<string, number>; jobs: { queue: string; waiting: number; active: number; failed: number }[] };

/** Orders per status and pg-boss jobs per queue (waiting = created or retry). */
export async function liveCounts(): Promise<LiveCounts> {
  const sql = getSql();
  const [orders, jobs] = await Promise.all([
    sql<{ status: string; n: number }[]>`select status, count(*)::int as n from orders group by status`,
    sql<{ name: string; waiting: number; active: number; failed: number }[]>`
      select name,
        count(*) filter (where state in ('created', 'retry'))::int as waiting,
        count(*) filter (where state = 'active')::int as active,
        count(*) filter (where state = 'failed')::int as failed
      from pgboss.job where state in ('created', 'retry', 'active', 'failed') group by name`.catch(() => []),
  ]);
  return {
    orders: Object.fromEntries(orders.map((r) => [r.status, r.n])),
    jobs: jobs.map((j) => ({ queue: j.name, waiting: j.waiting, active: j.active, failed: j.failed })),
  };
}
