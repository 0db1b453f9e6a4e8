import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { LOOKUP_HELP, lookupSchema, type LookupKey } from "./lookup";
import { formObject } from "./schemas";

export type LookupRow = {
  id: string;
  reference: string;
  status: OrderStatus;
  email: string | null;
  occupation: string;
  amount: number;
  currency: string;
  createdAt: Date;
  paidAt: Date | null;
};

/** More than this many orders for one key is a shared mailbox or a test address: the newest show. */
export const LOOKUP_LIMIT = 25;

/**
 * Orders matching one support look-up, newest first. Each key is one index probe: lower(email)
 * (orders_email_lower_idx), a reference prefix (orders_reference_idx, text_pattern_ops), or the
 * unique Stripe ids. The look-up is audited first — who and when, and what kind of key — never
 * the text typed or what was found, so the audit log holds no buyer's data.
 */
export async function lookUpOrders(staffId: string, key: LookupKey): Promise<LookupRow[]> {
  const sql = getSql();
  await sql`insert into staff_lookup_events (actor, kind) values (${`staff:${staffId}`}, ${key.kind})`;
  const where =
    key.kind === "email"
      ? sql`lower(o.email) = ${key.email}`
      : key.kind === "reference"
        ? sql`o.reference like ${`${key.prefix}%`}`
        : key.kind === "checkout_session"
          ? sql`o.stripe_session_id = ${key.id}`
          : key.kind === "payment_intent"
            ? sql`o.stripe_payment_intent_id = ${key.id}`
            : sql`o.id = ${key.id}`;
  return sql<LookupRow[]>`
    select o.id, o.reference, o.status, o.email, oc.title as occupation, o.amount, o.currency,
      o.created_at as "createdAt", o.paid_at as "paidAt"
    from orders o join occupations oc on oc.id = o.occupation_id
    where ${where}
    order by o.created_at desc, o.id limit ${LOOKUP_LIMIT}`;
}

export type LookupOutcome = { ok: true; q: string; rows: LookupRow[] } | { ok: false; status: 400; q: string; message: string };

/** The search box's post: validate (nothing is written for bad input), then look up and audit. */
export async function searchOrders(staffId: string, form: FormData): Promise<LookupOutcome> {
  const raw = formObject(form);
  const q = (raw.q ?? "").slice(0, 300);
  const parsed = lookupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, status: 400, q, message: parsed.error.issues[0]?.message ?? LOOKUP_HELP };
  return { ok: true, q, rows: await lookUpOrders(staffId, parsed.data.q) };
}
