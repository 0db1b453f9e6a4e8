import { z } from "zod";
import { getSql } from "../../db/client";
import {
  STAFF_ACTION_EVENTS,
  staffActionRefusal,
  staffActionsFor,
  type OrderStatus,
  type StaffAction,
  type StaffActionSubject,
} from "../../domain/order-state";
import { renderBlueprintDelivery } from "../../emails/render";
import { sendOrderEmail } from "../../emails/send";
import { loadOrderEmailContext } from "../orders/email-context.server";
import { applyOrderEvent, recordOrderNote, type Tx } from "../orders/transitions.server";
import { PaymentsUnavailableError } from "../payments/gateway-contract";
import { paymentsGateway } from "../payments/gateway.server";
import { logger } from "../../lib/logger";
import { can, type Permission, type StaffRole } from "./roles";
import { fieldErrors } from "../utils/form-errors";
import { formObject, uuidSchema } from "./schemas";
import type { StaffIdentity } from "./sessions.server";

export type OrderAction = StaffAction;

/** Who may do what: reviewers approve and reject; everything else is for admins. */
export const ACTION_PERMISSION: Record<OrderAction, Permission> = {
  approve: "review",
  reject: "review",
  retry: "operate",
  mark_failed: "operate",
  regenerate: "operate",
  resend: "operate",
  refund: "refund",
};

const confirm = z.literal("yes", { error: "Tick the box to confirm." });
const actionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve"), confirm }),
  z.object({
    action: z.literal("reject"),
    confirm,
    note: z
      .string({ error: "Say what is wrong, so the next version fixes it." })
      .trim()
      .min(3, { error: "Say what is wrong, so the next version fixes it." })
      .max(2000, { error: "Keep the note under 2,000 characters." }),
  }),
  z.object({ action: z.literal("retry"), confirm }),
  z.object({
    action: z.literal("mark_failed"),
    confirm,
    note: z.string().trim().max(2000, { error: "Keep the reason under 2,000 characters." }).optional(),
  }),
  z.object({ action: z.literal("regenerate"), confirm }),
  // n: the resend number the page offered; the same n twice is the same email (a double submit).
  z.object({
    action: z.literal("resend"),
    confirm,
    n: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(1000),
  }),
  z.object({ action: z.literal("refund"), confirm }),
]);

export type ActionOutcome =
  { ok: true; message: string } | { ok: false; status: 400 | 403 | 404 | 409 | 502; message: string; fieldErrors: Record<string, string> };

const fail = (status: 400 | 403 | 404 | 409 | 502, message: string, errors: Record<string, string> = {}): ActionOutcome => ({
  ok: false,
  status,
  message,
  fieldErrors: errors,
});

/**
 * The actions the order page offers this role for this order: those the order's status allows
 * (domain/order-state.ts) that the role may do. performOrderAction refuses anything else.
 */
export function offeredOrderActions(role: StaffRole, order: StaffActionSubject): OrderAction[] {
  return staffActionsFor(order).filter((action) => can(role, ACTION_PERMISSION[action]));
}

const DONE: Record<OrderAction, string> = {
  approve: "Approved: the Blueprint is being emailed to the buyer.",
  reject: "Rejected: a new version is being rendered.",
  retry: "Retrying: the order is back in the queue.",
  mark_failed: "Marked as failed.",
  regenerate: "A new version is being rendered.",
  resend: "The delivery email was sent again.",
  refund: "Refund requested: the order becomes refunded when the payment provider confirms it (usually within seconds).",
};

/**
 * One staff action on one order. Status changes go through applyOrderEvent (conditional update,
 * audit row with the actor, next job, one transaction), so a double submit finds the order moved
 * on and changes nothing. Role checked here as well as in the route.
 */
export async function performOrderAction(staff: StaffIdentity, orderId: string, form: FormData): Promise<ActionOutcome> {
  if (!uuidSchema.safeParse(orderId).success) return fail(404, "No such order.");
  const parsed = actionSchema.safeParse(formObject(form));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return fail(
      400,
      errors.action ? "That action is not available." : (errors.confirm ?? errors.note ?? errors.n ?? "Check the form."),
      errors,
    );
  }
  const input = parsed.data;
  if (!can(staff.role, ACTION_PERMISSION[input.action])) return fail(403, "Your role does not allow this action.");
  const actor = `staff:${staff.userId}`;
  const [order] = await getSql()<{ status: OrderStatus; hasPayment: boolean }[]>`
    select status, stripe_payment_intent_id is not null as "hasPayment" from orders where id = ${orderId}`;
  if (!order) return fail(404, "No such order.");
  if (!offeredOrderActions(staff.role, order).includes(input.action))
    return fail(409, staffActionRefusal(order, input.action) ?? "That action is not available.");

  if (input.action === "resend") return resendDelivery(orderId, input.n, actor);
  if (input.action === "refund") return requestRefund(orderId, actor);

  // The order may have moved on since it was read: applyOrderEvent checks the status again.
  const event = STAFF_ACTION_EVENTS[input.action];
  const detail = "note" in input && input.note ? { note: input.note } : {};
  const applied = await getSql().begin((tx) => applyOrderEvent(tx, orderId, event, actor, detail));
  if (!applied.changed)
    return fail(409, `Nothing changed: the order is ${applied.from ?? "unknown"} (${applied.reason ?? "not possible now"}).`);
  return { ok: true, message: DONE[input.action] };
}

async function resendDelivery(orderId: string, n: number, actor: string): Promise<ActionOutcome> {
  const order = await loadOrderEmailContext(orderId);
  if (!order) return fail(404, "No such order.");
  // Checked again: the order may have moved on since the page was read (a resend needs no payment).
  const refusal = staffActionRefusal({ status: order.status, hasPayment: true }, "resend");
  if (refusal) return fail(409, refusal);
  if (!order.email) return fail(409, "The order has no email address.");
  const [blueprint] = await getSql()<{ id: string; version: number; pdf: Buffer; pageCount: number; slug: string }[]>`
    select b.id, b.version, b.pdf, b.page_count as "pageCount", oc.slug
    from blueprints b join orders o on o.id = b.order_id join occupations oc on oc.id = o.occupation_id
    where b.order_id = ${orderId} order by b.version desc limit 1`;
  if (!blueprint) return fail(409, "There is no rendered Blueprint to send.");
  const message = await renderBlueprintDelivery({
    occupationTitle: order.occupationTitle,
    downloadUrl: order.downloadUrl,
    resultUrl: order.resultUrl,
    orderReference: order.reference,
    pageCount: blueprint.pageCount,
  });
  const idempotencyKey = `order-${orderId}-delivery-v${blueprint.version}-resend-${n}`;
  // Two submits of one form race to the same key: the lock makes the second see "already sent".
  return getSql().begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${idempotencyKey}))`;
    return sendResend(tx, { orderId, idempotencyKey, actor, email: order.email!, message, blueprint });
  });
}

async function sendResend(
  tx: Tx,
  r: {
    orderId: string;
    idempotencyKey: string;
    actor: string;
    email: string;
    message: { subject: string; html: string; text: string };
    blueprint: { id: string; version: number; pdf: Buffer; slug: string };
  },
): Promise<ActionOutcome> {
  const { orderId, idempotencyKey, actor, message, blueprint } = r;
  try {
    const sent = await sendOrderEmail({
      orderId,
      kind: "delivery",
      idempotencyKey,
      to: r.email,
      ...message,
      attachment: { filename: `career-pivot-blueprint-${blueprint.slug}.pdf`, content: blueprint.pdf, blueprintId: blueprint.id },
    });
    if (sent.alreadySent) return { ok: true, message: "That resend was already sent (the form was submitted twice)." };
    await recordOrderNote(tx, orderId, actor, "resend_delivery", {
      idempotencyKey,
      providerId: sent.providerId,
      version: blueprint.version,
    });
    return { ok: true, message: DONE.resend };
  } catch (error) {
    await recordOrderNote(getSql(), orderId, actor, "resend_delivery_failed", {
      idempotencyKey,
      error: error instanceof Error ? error.message : String(error),
    });
    return fail(502, "The email provider refused the email. Nothing was sent; try again in a minute.");
  }
}

/**
 * Asks the payment provider for a full refund (idempotency key `refund:<order>`, so a repeat is the
 * same refund). The order itself moves to refunded when `charge.refunded` arrives, through the
 * webhook. No transaction waits on the provider (ADR 011): a short one checks the order and claims
 * the refund (`refund_started`), the provider is called with no connection held, and a second short
 * one records `refund_requested` once. A crash in between leaves a claim without a request, and
 * the next press calls the provider again with the same key, which returns the same refund.
 */
async function requestRefund(orderId: string, actor: string): Promise<ActionOutcome> {
  const key = `refund:${orderId}`;
  const claim = await getSql().begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${key}))`;
    const [order] = await tx<{ status: OrderStatus; pi: string | null }[]>`
      select status, stripe_payment_intent_id as pi from orders where id = ${orderId}`;
    // Checked again under the lock: a second press or the provider's webhook may have come first.
    const refusal = staffActionRefusal({ status: order!.status, hasPayment: Boolean(order!.pi) }, "refund");
    if (refusal || !order!.pi) return fail(409, refusal ?? "This order has no payment to refund.");
    if (await refundRequested(tx, orderId)) return { ok: true as const, message: ALREADY_REQUESTED };
    const [claimed] = await tx`select 1 from order_events where order_id = ${orderId} and action = 'refund_started'`;
    if (!claimed) await recordOrderNote(tx, orderId, actor, "refund_started", { idempotencyKey: key });
    return { pi: order!.pi };
  });
  if (!("pi" in claim)) return claim;
  let refundId: string;
  try {
    refundId = (await paymentsGateway().refundPayment(claim.pi, key)).id;
  } catch (error) {
    const message = error instanceof PaymentsUnavailableError ? error.message : String(error);
    logger.error({ err: message, orderId }, "refund request failed");
    await recordOrderNote(getSql(), orderId, actor, "refund_failed", { idempotencyKey: key, error: message });
    return fail(502, "The payment provider did not accept the refund. Nothing was refunded; try again in a minute.");
  }
  return getSql().begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${key}))`;
    // Two presses at once both got this refund back from the provider: record it once.
    if (await refundRequested(tx, orderId)) return { ok: true as const, message: ALREADY_REQUESTED };
    await recordOrderNote(tx, orderId, actor, "refund_requested", { refundId });
    return { ok: true as const, message: DONE.refund };
  });
}

const ALREADY_REQUESTED = "A refund was already requested for this order; waiting for the provider to confirm it.";

async function refundRequested(tx: Tx, orderId: string): Promise<boolean> {
  const [row] = await tx`select 1 from order_events where order_id = ${orderId} and action = 'refund_requested'`;
  return Boolean(row);
}
