import type Stripe from "stripe";
import { getSql } from "../../db/client";
import { getEnv } from "../../lib/env";
import { logger } from "../../lib/logger";
import { metrics, outcomeLabel } from "../../lib/metrics";
import { applyOrderEvent, recordOrderNote, type Tx } from "../orders/transitions.server";
import type { CheckoutSessionView } from "./gateway-contract";
import { stripeClient, toSessionView, webhookSecret } from "./stripe.server";
import { decidePayment, formatMoney } from "./payment-check";

/** Stripe's default: a signature older than this is a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type WebhookReply = { status: 200 | 400; body: { received: boolean; outcome?: string; error?: string } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type CheckoutEventKind = "completed" | "async_payment_succeeded" | "async_payment_failed" | "expired";

/**
 * `/webhooks/stripe`: verifies the signature over the raw bytes, then records the event by id
 * and applies it in one transaction — a repeat finds its id taken and changes nothing, and a
 * crash before commit leaves nothing behind, so Stripe's retry starts clean.
 */
export async function receiveStripeWebhook(rawBody: string, signature: string | null): Promise<WebhookReply> {
  if (!signature) return { status: 400, body: { received: false, error: "Missing Stripe-Signature header." } };
  let event: Stripe.Event;
  try {
    event = await stripeClient().webhooks.constructEventAsync(rawBody, signature, webhookSecret(), SIGNATURE_TOLERANCE_SECONDS);
  } catch {
    metrics.webhookOutcomes.inc({ type: "unverified", outcome: "bad_signature" });
    return { status: 400, body: { received: false, error: "Webhook signature verification failed." } };
  }
  // A test-mode event reaching a live deployment is recorded and answered 200 but never applied:
  // a 4xx would only make Stripe retry for three days something that can never succeed.
  const refused = !event.livemode && !getEnv().stripeTestMode;
  const outcome = await getSql().begin(async (tx) => {
    const inserted = await tx`
      insert into stripe_events (id, type, outcome) values (${event.id}, ${event.type}, 'received')
      on conflict (id) do nothing returning id`;
    if (inserted.length === 0) return "duplicate";
    const applied: EventResult = refused ? { outcome: TEST_MODE_REFUSED, orderId: null } : await applyStripeEvent(tx, event);
    await tx`
      update stripe_events set outcome = ${applied.outcome}, order_id = ${applied.orderId}, payment_intent_id = ${applied.paymentIntentId ?? null},
        processed_at = ${applied.parked ? null : new Date()}
      where id = ${event.id}`;
    return applied.outcome;
  });
  metrics.webhookOutcomes.inc({ type: event.type, outcome: outcomeLabel(outcome) });
  if (refused)
    logger.warn(
      { stripeEventId: event.id, type: event.type },
      "stripe webhook: test-mode event refused by a live deployment (STRIPE_TEST_MODE is not 1)",
    );
  logger.info({ stripeEventId: event.id, type: event.type, outcome }, "stripe webhook");
  return { status: 200, body: { received: true, outcome } };
}

export const TEST_MODE_REFUSED = "ignored: test-mode event in live mode";

type EventResult = { outcome: string; orderId: string | null; paymentIntentId?: string | null; parked?: boolean };

async function applyStripeEvent(tx: Tx, event: Stripe.Event): Promise<EventResult> {
  switch (event.type) {
    case "checkout.session.completed":
      return applyCheckoutSession(tx, "completed", toSessionView(event.data.object), "stripe");
    case "checkout.session.async_payment_succeeded":
      return applyCheckoutSession(tx, "async_payment_succeeded", toSessionView(event.data.object), "stripe");
    case "checkout.session.async_payment_failed":
      return applyCheckoutSession(tx, "async_payment_failed", toSessionView(event.data.object), "stripe");
    case "checkout.session.expired":
      return applyCheckoutSession(tx, "expired", toSessionView(event.data.object), "stripe");
    case "charge.refunded":
      return applyChargeRefunded(tx, event.data.object);
    default:
      return { outcome: "ignored", orderId: null };
  }
}

/**
 * One Checkout Session fact applied to its order, from a webhook or from the success page
 * retrieving the session when the webhook is late. Both paths converge on the same conditional
 * transitions, so whichever comes second changes nothing.
 */
export async function applyCheckoutSession(
  tx: Tx,
  kind: CheckoutEventKind,
  session: CheckoutSessionView,
  actor: string,
): Promise<EventResult> {
  const orderId = session.orderId && UUID.test(session.orderId) ? session.orderId : null;
  const [order] = orderId
    ? await tx<{ id: string; stripeSessionId: string | null; amount: number; currency: string }[]>`
        select id, stripe_session_id as "stripeSessionId", amount, currency from orders where id = ${orderId}`
    : [];
  if (!order) return { outcome: "unmatched", orderId: null, paymentIntentId: session.paymentIntentId };
  if (order.stripeSessionId !== session.id) {
    logger.warn({ orderId: order.id, sessionId: session.id }, "stripe webhook: session does not belong to the order it names; not applied");
    return { outcome: "session mismatch", orderId: order.id };
  }
  const detail = {
    sessionId: session.id,
    paymentStatus: session.paymentStatus,
    amountTotal: session.amountTotal,
    currency: session.currency,
  };

  if (kind === "completed" || kind === "async_payment_succeeded") {
    await tx`
      update orders set
        email = coalesce(${session.customerEmail}, email),
        stripe_payment_intent_id = coalesce(stripe_payment_intent_id, ${session.paymentIntentId}),
        updated_at = now()
      where id = ${order.id}`;
    // A refund that overtook this event was parked; apply it first so nothing is fulfilled.
    if (session.paymentIntentId) await applyParkedRefunds(tx, order.id, session.paymentIntentId);
    const decision = decidePayment(order, session);
    if (decision.kind === "hold")
      return holdForStaff(tx, order.id, actor, decision.reason, decision.message, detail, session.paymentIntentId);
    const settled = decision.kind === "fulfil";
    const applied = await applyOrderEvent(tx, order.id, { type: settled ? "payment_succeeded" : "payment_pending" }, actor, detail);
    if (!settled) await recordOrderNote(tx, order.id, actor, "payment_pending", detail);
    return {
      outcome: applied.changed ? `order ${applied.to}` : `no change (${applied.reason})`,
      orderId: order.id,
      paymentIntentId: session.paymentIntentId,
    };
  }
  const applied = await applyOrderEvent(tx, order.id, { type: kind === "expired" ? "session_expired" : "payment_failed" }, actor, detail);
  return { outcome: applied.changed ? `order ${applied.to}` : `no change (${applied.reason})`, orderId: order.id };
}

/**
 * A session that does not pay for its order (ADR 011): the order stays pending — nothing is rendered
 * or sent — with the reason in `last_error` and one `payment_mismatch` audit row per session, which
 * staff see on the order; they refund it or contact the buyer. The success page says it is held.
 */
async function holdForStaff(
  tx: Tx,
  orderId: string,
  actor: string,
  reason: string,
  message: string,
  detail: Record<string, unknown>,
  paymentIntentId: string | null,
): Promise<EventResult> {
  const [held] =
    await tx`update orders set last_error = ${message}, checkout_url = null, updated_at = now() where id = ${orderId} and status = 'pending' returning id`;
  if (!held) return { outcome: "no change (not pending)", orderId, paymentIntentId };
  const [seen] =
    await tx`select 1 from order_events where order_id = ${orderId} and action = 'payment_mismatch' and detail->>'sessionId' = ${String(detail.sessionId)}`;
  if (!seen) {
    await recordOrderNote(tx, orderId, actor, "payment_mismatch", { ...detail, reason, note: message });
    logger.warn(
      { orderId, sessionId: detail.sessionId, reason },
      "checkout session does not match its order: held for staff, not fulfilled",
    );
  }
  return { outcome: `held: ${reason} mismatch`, orderId, paymentIntentId };
}

async function applyChargeRefunded(tx: Tx, charge: Stripe.Charge): Promise<EventResult> {
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null);
  const metaOrder = charge.metadata?.order_id;
  const [order] = await tx<{ id: string }[]>`
    select id from orders
    where (${metaOrder && UUID.test(metaOrder) ? metaOrder : null}::uuid is not null and id = ${metaOrder && UUID.test(metaOrder) ? metaOrder : null}::uuid)
       or (${paymentIntentId}::text is not null and stripe_payment_intent_id = ${paymentIntentId})
    limit 1`;
  const full = charge.amount_refunded >= charge.amount;
  // The payment event has not arrived yet: keep a full refund and apply it when it does.
  if (!order)
    return full
      ? { outcome: "parked until the payment is known", orderId: null, paymentIntentId, parked: true }
      : { outcome: "unmatched partial refund", orderId: null };
  const detail = { chargeId: charge.id, amount: charge.amount, amountRefunded: charge.amount_refunded, currency: charge.currency };
  if (!full) {
    // The buyer keeps the Blueprint and its download (ADR 011): a goodwill partial refund is not a cancellation.
    await recordOrderNote(tx, order.id, "stripe", "partial_refund", {
      ...detail,
      note: `Partial refund of ${formatMoney(charge.amount_refunded, charge.currency)} of ${formatMoney(charge.amount, charge.currency)}`,
    });
    return { outcome: "partial refund noted", orderId: order.id, paymentIntentId };
  }
  const applied = await applyOrderEvent(tx, order.id, { type: "refunded" }, "stripe", detail);
  return { outcome: applied.changed ? `order ${applied.to}` : `no change (${applied.reason})`, orderId: order.id, paymentIntentId };
}

async function applyParkedRefunds(tx: Tx, orderId: string, paymentIntentId: string) {
  const parked = await tx<{ id: string }[]>`
    select id from stripe_events
    where type = 'charge.refunded' and payment_intent_id = ${paymentIntentId} and processed_at is null
    for update`;
  for (const e of parked) {
    const applied = await applyOrderEvent(tx, orderId, { type: "refunded" }, "stripe", { stripeEventId: e.id, parked: true });
    await tx`update stripe_events set order_id = ${orderId}, processed_at = now(), outcome = ${applied.changed ? "order refunded (was parked)" : "no change"} where id = ${e.id}`;
  }
}
