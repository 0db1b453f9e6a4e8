import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { orderReference } from "../../domain/order-reference";
import { slaState } from "../../domain/sla";
import { offeredOrderActions, type OrderAction } from "./order-actions.server";
import type { StaffRole } from "./roles";
import { OPEN_STATUSES } from "./statuses";
import { uuidSchema } from "./schemas";

export type OrderDetail = {
  id: string;
  reference: string;
  status: OrderStatus;
  email: string | null;
  occupation: string;
  amount: number;
  currency: string;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
  createdAt: Date;
  paidAt: Date | null;
  dueAt: Date | null;
  deliveredAt: Date | null;
  refundedAt: Date | null;
  lastError: string | null;
  sla: string | null;
  timeline: {
    id: number;
    at: Date;
    actor: string;
    action: string;
    from: string | null;
    to: string | null;
    detail: Record<string, unknown>;
  }[];
  emails: {
    id: string;
    kind: string;
    to: string;
    subject: string;
    provider: string;
    providerId: string | null;
    status: string;
    attempts: number;
    lastError: string | null;
    createdAt: Date;
    sentAt: Date | null;
    idempotencyKey: string;
  }[];
  blueprints: { id: string; version: number; sha256: string; pageCount: number; byteSize: number; renderMs: number; createdAt: Date }[];
  /** Resends so far: the next resend's idempotency key uses this + 1, so a double submit sends once. */
  resendCount: number;
  /** What the viewer may do to the order now (its status and their role decide). */
  actions: OrderAction[];
};

/** Everything the order page shows `role`: facts, audit timeline (with staff names), emails, PDF versions, actions. */
export async function getOrderDetail(id: string, role: StaffRole, now = new Date()): Promise<OrderDetail | null> {
  if (!uuidSchema.safeParse(id).success) return null;
  const sql = getSql();
  const [o] = await sql<Omit<OrderDetail, "reference" | "sla" | "timeline" | "emails" | "blueprints" | "resendCount" | "actions">[]>`
    select o.id, o.status, o.email, oc.title as occupation, o.amount, o.currency, o.stripe_session_id as "stripeSessionId",
      o.stripe_payment_intent_id as "stripePaymentIntentId", o.created_at as "createdAt", o.paid_at as "paidAt", o.due_at as "dueAt",
      o.delivered_at as "deliveredAt", o.refunded_at as "refundedAt", o.last_error as "lastError"
    from orders o join occupations oc on oc.id = o.occupation_id where o.id = ${id}`;
  if (!o) return null;
  const [timeline, emails, blueprints] = await Promise.all([
    sql<OrderDetail["timeline"]>`
      select e.id, e.created_at as at,
        case when e.actor like 'staff:%' then coalesce((select 'staff: ' || u.email from staff_users u where u.id::text = substr(e.actor, 7)), e.actor) else e.actor end as actor,
        e.action, e.from_status as from, e.to_status as to, e.detail
      from order_events e where e.order_id = ${id} order by e.created_at, e.id`,
    sql<OrderDetail["emails"]>`
      select id, kind, to_address as to, subject, provider, provider_id as "providerId", status, attempts, last_error as "lastError",
        created_at as "createdAt", sent_at as "sentAt", idempotency_key as "idempotencyKey"
      from emails where order_id = ${id} order by created_at`,
    sql<OrderDetail["blueprints"]>`
      select id, version, sha256, page_count as "pageCount", byte_size as "byteSize", render_ms as "renderMs", created_at as "createdAt"
      from blueprints where order_id = ${id} order by version desc`,
  ]);
  const open = (OPEN_STATUSES as readonly string[]).includes(o.status);
  return {
    ...o,
    reference: orderReference(o.id),
    sla: o.dueAt && open ? slaState(now, o.dueAt) : null,
    timeline,
    emails,
    blueprints,
    resendCount: emails.filter((e) => e.idempotencyKey.includes("-resend-")).length,
    actions: offeredOrderActions(role, { status: o.status, hasPayment: o.stripePaymentIntentId !== null }),
  };
}

/** One stored PDF version, for the in-page preview. */
export async function getBlueprintPdf(orderId: string, version: number): Promise<{ pdf: Buffer; sha256: string } | null> {
  if (!uuidSchema.safeParse(orderId).success || !Number.isInteger(version) || version < 1 || version > 10_000) return null;
  const [row] = await getSql()<{ pdf: Buffer; sha256: string }[]>`
    select pdf, sha256 from blueprints where order_id = ${orderId} and version = ${version}`;
  return row ?? null;
}
