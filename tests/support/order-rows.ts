import { randomUUID } from "node:crypto";
import type { Sql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";

/**
 * Orders written straight into a real database with chosen timestamps, for tests of what staff
 * read (look-ups, money by day) where the days matter and the paid path is not under test.
 */
export type OrderRow = {
  status?: OrderStatus;
  email?: string | null;
  amount?: number;
  currency?: string;
  createdAt?: Date;
  paidAt?: Date | null;
  refundedAt?: Date | null;
  sessionId?: string | null;
  paymentIntentId?: string | null;
};

/** One assessment result to hang orders on (orders need one); the catalogue must be seeded. */
export async function orderParent(sql: Sql): Promise<{ resultId: string; occupationId: number }> {
  const [occ] = await sql<{ id: number }[]>`select id from occupations order by id limit 1`;
  if (!occ) throw new Error("orderParent needs a seeded catalogue");
  const [result] = await sql<{ id: string }[]>`
    insert into assessment_results (token_hash, occupation_id, scoring_version, answers, outcome)
    values (${`orders-${randomUUID()}`}, ${occ.id}, 'test', '{}', '{}') returning id`;
  return { resultId: result!.id, occupationId: occ.id };
}

export async function insertOrder(
  sql: Sql,
  parent: { resultId: string; occupationId: number },
  o: OrderRow = {},
): Promise<{ id: string; reference: string }> {
  // As ISO text with casts: a null next to a Date leaves postgres.js unable to type the Date.
  const at = (d: Date | null | undefined) => (d ? d.toISOString() : null);
  const createdAt = at(o.createdAt ?? o.paidAt ?? new Date());
  const [row] = await sql<{ id: string; reference: string }[]>`
    insert into orders (result_id, occupation_id, status, amount, currency, email, stripe_session_id, stripe_payment_intent_id,
      result_token_sealed, download_token_hash, download_token_sealed, consent_at, consent_text, created_at, paid_at, due_at, refunded_at)
    values (${parent.resultId}, ${parent.occupationId}, ${o.status ?? "delivered"}, ${o.amount ?? 4900}, ${o.currency ?? "gbp"}, ${o.email ?? null},
      ${o.sessionId ?? null}, ${o.paymentIntentId ?? null}, 'x', ${randomUUID()}, 'x', ${createdAt}::timestamptz, 'x', ${createdAt}::timestamptz,
      ${at(o.paidAt)}::timestamptz, ${at(o.paidAt)}::timestamptz, ${at(o.refundedAt)}::timestamptz)
    returning id, reference`;
  return row!;
}

/** The audit row the webhook writes: a full refund (the `refunded` transition) or a partial one (a note). */
export async function insertRefundEvent(
  sql: Sql,
  orderId: string,
  at: Date,
  r: { amount: number; amountRefunded: number; from?: OrderStatus },
): Promise<void> {
  const full = r.amountRefunded >= r.amount;
  const detail = { chargeId: `ch_${randomUUID().slice(0, 8)}`, amount: r.amount, amountRefunded: r.amountRefunded, currency: "gbp" };
  await sql`
    insert into order_events (order_id, from_status, to_status, actor, action, detail, created_at)
    values (${orderId}, ${full ? (r.from ?? "delivered") : null}::order_status, ${full ? "refunded" : null}::order_status, 'stripe',
      ${full ? "refunded" : "partial_refund"}, ${JSON.stringify(detail)}::jsonb, ${at.toISOString()}::timestamptz)`;
}
