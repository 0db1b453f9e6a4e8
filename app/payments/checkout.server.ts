import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getSql } from "../../db/client";
import type { OccupationContent } from "../../domain/occupation-content";
import { BLUEPRINT_PRICE_GBP, offSaleExplanation, type BlueprintEdition, type OffSaleReason } from "../../domain/blueprint-availability";
import { PAID_STATUSES, type OrderStatus } from "../../domain/order-state";
import { getEnv } from "../../lib/env";
import { sealToken } from "../../lib/secrets";
import { hashToken, newToken, TOKEN_PATTERN } from "../utils/tokens.server";
import { logger } from "../../lib/logger";
import { IMMEDIATE_DELIVERY_CONSENT } from "./consent";
import { cancelledPath } from "./checkout-return.server";
import { PaymentsUnavailableError, type CheckoutSessionView } from "./gateway-contract";
import { paymentsGateway } from "./gateway.server";
import { countFunnelStep } from "../staff/funnel-count.server";
import { blueprintSaleOf } from "../catalogue/blueprint-sale.server";

export const BLUEPRINT_PRICE = { amount: BLUEPRINT_PRICE_GBP * 100, currency: "gbp" } as const;

export const checkoutFormSchema = z.object({
  consent: z.literal("yes", { error: "Please tick the box to confirm you want your Blueprint delivered straight away." }),
});

export type StartCheckoutOutcome =
  { ok: true; redirectTo: string } | { ok: false; status: 400 | 404 | 409 | 503; message: string; fieldErrors: Record<string, string> };

type ResultRow = {
  id: string;
  occupationId: number;
  occupationTitle: string;
  email: string | null;
  origin: BlueprintEdition;
  blueprintOnSale: boolean;
  socCode: string | null;
  content: OccupationContent;
  skills: string[];
};

type LatestOrder = {
  id: string;
  status: OrderStatus;
  stripeSessionId: string | null;
  checkoutUrl: string | null;
  checkoutExpiresAt: Date | null;
  createdAt: Date;
};

/** The order a Checkout Session is (to be) created for, read back from its row so a retry sends the same request. */
type OrderToPay = { id: string; amount: number; currency: "gbp"; email: string | null; occupationTitle: string };

const offSaleMessage = (title: string, reason: OffSaleReason) =>
  `The Blueprint for ${title} is not on sale. ${offSaleExplanation(reason)} You have not been charged.`;

/**
 * What anyone pressing "Get your Blueprint" on a result that was already bought sees (ADR 011): the
 * result link may have been shared, so no session id, email or download link.
 */
export const ALREADY_PURCHASED_MESSAGE =
  "This Blueprint has already been purchased. It was emailed to the address given at checkout — please check your email (and your spam folder).";

/** Minutes a reused Checkout Session must still have left, so the buyer is not sent to a dead page. */
const REUSE_MARGIN_MS = 15 * 60_000;

/**
 * How long an order whose Checkout Session was never recorded (Stripe failed, or the process died
 * between the two steps) is taken up again by the next press. Well inside the 24 hours for which
 * Stripe keeps an idempotency key, so the retry gets back the session the first call created.
 */
const RETRY_UNRECORDED_MS = 60 * 60_000;

type Claim = { kind: "outcome"; outcome: StartCheckoutOutcome } | { kind: "create"; order: OrderToPay };

const notFound = (): StartCheckoutOutcome => ({ ok: false, status: 404, message: "We could not find that result.", fieldErrors: {} });

/**
 * "Get your Blueprint" on a result page: reuses an open Checkout Session, or creates a pending
 * order and then its session, or — if this result was already bought — says so. Three short steps,
 * so no database transaction waits on Stripe (ADR 011):
 *   1. under a lock per result, pick or insert the pending order, and commit;
 *   2. ask Stripe for the session with the idempotency key `checkout:<order id>`;
 *   3. record the session on the order (once) in a second short transaction.
 * A double click finds the same order in step 1 and gets the same session from Stripe in step 2;
 * a crash or a Stripe failure after step 1 leaves an order without a session, which the next press
 * takes up with the same key, so Stripe answers with the session it may already have made.
 */
export async function startCheckout(resultToken: string, form: FormData): Promise<StartCheckoutOutcome> {
  if (!TOKEN_PATTERN.test(resultToken)) return notFound();
  const parsed = checkoutFormSchema.safeParse({ consent: form.get("consent") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Please confirm the details below.";
    return { ok: false, status: 400, message, fieldErrors: { consent: message } };
  }
  const claim = await claimOrder(resultToken);
  if (claim.kind === "outcome") return claim.outcome;
  try {
    const session = await createSession(claim.order);
    await recordSession(claim.order.id, session);
    return { ok: true, redirectTo: session.url };
  } catch (error) {
    if (!(error instanceof PaymentsUnavailableError)) throw error;
    logger.warn({ err: error.message, orderId: claim.order.id }, "checkout: payment provider unavailable");
    // The request changed since the first try (e.g. APP_URL): nobody ever saw this order's session,
    // so drop the order and let the next press start a fresh one under a new key.
    if (error.idempotencyConflict)
      await getSql()`delete from orders where id = ${claim.order.id} and status = 'pending' and stripe_session_id is null`;
    return {
      ok: false,
      status: 503,
      message: "We could not reach our payment provider, so nothing was charged. Please try again in a minute.",
      fieldErrors: {},
    };
  }
}

async function claimOrder(resultToken: string): Promise<Claim> {
  return getSql().begin(async (tx): Promise<Claim> => {
    const [result] = await tx<ResultRow[]>`
      select r.id, r.occupation_id as "occupationId", o.title as "occupationTitle", r.email,
        o.origin, o.blueprint_on_sale as "blueprintOnSale", o.soc_code as "socCode", o.content,
        array(select s.skill from occupation_skills s where s.occupation_id = o.id) as skills
      from assessment_results r join occupations o on o.id = r.occupation_id
      where r.token_hash = ${hashToken(resultToken)}`;
    if (!result) return { kind: "outcome", outcome: notFound() };
    await tx`select pg_advisory_xact_lock(hashtextextended(${`checkout:${result.id}`}, 0))`;

    const [latest] = await tx<LatestOrder[]>`
      select id, status, stripe_session_id as "stripeSessionId", checkout_url as "checkoutUrl", checkout_expires_at as "checkoutExpiresAt",
        created_at as "createdAt"
      from orders where result_id = ${result.id} order by created_at desc limit 1`;
    if (latest && PAID_STATUSES.includes(latest.status)) {
      return { kind: "outcome", outcome: { ok: false, status: 409, message: ALREADY_PURCHASED_MESSAGE, fieldErrors: {} } };
    }
    // After the paid check: whoever already bought hears so whatever the catalogue says now.
    // Before reusing an open session too: once staff take a role off sale, no press leads to a payment page.
    const sale = blueprintSaleOf(result, result.skills);
    if (!sale.onSale) {
      return {
        kind: "outcome",
        outcome: { ok: false, status: 409, message: offSaleMessage(result.occupationTitle, sale.reason), fieldErrors: {} },
      };
    }
    const now = Date.now();
    if (
      latest?.status === "pending" &&
      latest.checkoutUrl &&
      latest.checkoutExpiresAt &&
      latest.checkoutExpiresAt.getTime() > now + REUSE_MARGIN_MS
    ) {
      return { kind: "outcome", outcome: { ok: true, redirectTo: latest.checkoutUrl } };
    }
    if (latest?.status === "pending" && !latest.stripeSessionId && latest.createdAt.getTime() > now - RETRY_UNRECORDED_MS) {
      const [order] = await tx<OrderToPay[]>`
        select o.id, o.amount, o.currency, o.email, oc.title as "occupationTitle"
        from orders o join occupations oc on oc.id = o.occupation_id where o.id = ${latest.id}`;
      return { kind: "create", order: order! };
    }

    const orderId = randomUUID();
    const downloadToken = newToken();
    await tx`
      insert into orders (id, result_id, occupation_id, status, amount, currency, email, result_token_sealed,
        download_token_hash, download_token_sealed, consent_at, consent_text)
      values (${orderId}, ${result.id}, ${result.occupationId}, 'pending', ${BLUEPRINT_PRICE.amount}, ${BLUEPRINT_PRICE.currency},
        ${result.email}, ${sealToken(resultToken, "result")}, ${hashToken(downloadToken)}, ${sealToken(downloadToken, "download")},
        now(), ${IMMEDIATE_DELIVERY_CONSENT})`;
    return {
      kind: "create",
      order: {
        id: orderId,
        amount: BLUEPRINT_PRICE.amount,
        currency: BLUEPRINT_PRICE.currency,
        email: result.email,
        occupationTitle: result.occupationTitle,
      },
    };
  });
}

/** Outside any transaction: Stripe may take seconds, and the pool also serves the webhooks. */
async function createSession(order: OrderToPay): Promise<CheckoutSessionView & { url: string }> {
  const appUrl = getEnv().appUrl;
  const session = await paymentsGateway().createCheckoutSession(
    {
      orderId: order.id,
      amount: order.amount,
      currency: order.currency,
      productName: `Career Pivot Blueprint — ${order.occupationTitle}`,
      customerEmail: order.email,
      successUrl: `${appUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      // Not the result link: that is the buyer's capability and Stripe is a third party (ADR 011).
      cancelUrl: `${appUrl}${cancelledPath(order.id)}`,
    },
    `checkout:${order.id}`,
  );
  if (!session.url) throw new PaymentsUnavailableError("the Checkout Session has no URL");
  return { ...session, url: session.url };
}

async function recordSession(orderId: string, session: CheckoutSessionView & { url: string }) {
  await getSql().begin(async (tx) => {
    // Only the first of two concurrent presses records it (both got the same session from Stripe).
    const recorded = await tx`
      update orders set stripe_session_id = ${session.id}, checkout_url = ${session.url}, checkout_expires_at = ${session.expiresAt}, updated_at = now()
      where id = ${orderId} and stripe_session_id is null
      returning id`;
    if (recorded.length === 0) return;
    await tx`
      insert into order_events (order_id, to_status, actor, action, detail)
      values (${orderId}, 'pending', 'buyer', 'checkout_started', ${tx.json({ sessionId: session.id, gateway: paymentsGateway().mode })})`;
    await countFunnelStep("checkout_started", tx);
  });
}
