import Stripe from "stripe";
import { getEnv } from "../../lib/env";
import { localWebhookSecret } from "../../lib/secrets";
import { singleton } from "../../lib/singleton";
import { PaymentsUnavailableError, type CheckoutSessionView, type PaymentsGateway } from "./gateway-contract";

/** Stripe: the SDK client, its Checkout Sessions as the app sees them, and the webhook secret. */

export function toSessionView(s: Stripe.Checkout.Session): CheckoutSessionView {
  const pi = s.payment_intent;
  const metaOrder = s.metadata?.order_id ?? null;
  // We set both to the order id; a session where they disagree was not made by this checkout.
  const orderId =
    metaOrder && s.client_reference_id && metaOrder !== s.client_reference_id ? null : (metaOrder ?? s.client_reference_id ?? null);
  return {
    id: s.id,
    url: s.url,
    // Newer API versions may add values; anything unknown is treated as not (yet) paid.
    status: s.status === "complete" ? "complete" : s.status === "expired" ? "expired" : "open",
    paymentStatus: s.payment_status === "paid" ? "paid" : s.payment_status === "no_payment_required" ? "no_payment_required" : "unpaid",
    orderId,
    paymentIntentId: typeof pi === "string" ? pi : (pi?.id ?? null),
    customerEmail: s.customer_details?.email ?? s.customer_email ?? null,
    amountTotal: s.amount_total,
    currency: s.currency,
    expiresAt: new Date(s.expires_at * 1000),
  };
}

/** The real SDK; STRIPE_API_BASE points it at another Stripe-compatible server (tests). */
export function stripeClient(): Stripe {
  return singleton("stripe", () => {
    const env = getEnv();
    const base = env.stripeApiBase ? new URL(env.stripeApiBase) : undefined;
    return new Stripe(env.stripeSecretKey ?? "sk_test_local_simulator", {
      maxNetworkRetries: 2,
      timeout: 10_000,
      ...(base
        ? {
            host: base.hostname,
            port: Number(base.port || (base.protocol === "https:" ? 443 : 80)),
            protocol: base.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
  });
}

export function createStripeGateway(stripe: Stripe): PaymentsGateway {
  const wrap = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      const unavailable = new PaymentsUnavailableError(error instanceof Error ? error.message : String(error));
      unavailable.idempotencyConflict = error instanceof Stripe.errors.StripeIdempotencyError;
      throw unavailable;
    }
  };
  return {
    mode: "stripe",
    createCheckoutSession: (input, idempotencyKey) =>
      wrap(async () =>
        toSessionView(
          await stripe.checkout.sessions.create(
            {
              mode: "payment",
              line_items: [
                {
                  quantity: 1,
                  price_data: { currency: input.currency, unit_amount: input.amount, product_data: { name: input.productName } },
                },
              ],
              client_reference_id: input.orderId,
              metadata: { order_id: input.orderId },
              // Charges inherit this, so a refund can find its order even before the payment event.
              payment_intent_data: { metadata: { order_id: input.orderId } },
              ...(input.customerEmail ? { customer_email: input.customerEmail } : {}),
              // No promotion codes (ADR 011): a discounted or free session would not match the order and
              // would be held for staff rather than fulfilled.
              allow_promotion_codes: false,
              success_url: input.successUrl,
              cancel_url: input.cancelUrl,
            },
            { idempotencyKey },
          ),
        ),
      ),
    retrieveCheckoutSession: (id) =>
      wrap(async () => {
        try {
          return toSessionView(await stripe.checkout.sessions.retrieve(id));
        } catch (error) {
          if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null;
          throw error;
        }
      }),
    refundPayment: (paymentIntentId, idempotencyKey) =>
      wrap(async () => ({ id: (await stripe.refunds.create({ payment_intent: paymentIntentId }, { idempotencyKey })).id })),
  };
}

/** The secret `/webhooks/stripe` verifies against: Stripe's, or (never in production) the simulator's local one. */
export function webhookSecret(): string {
  const env = getEnv();
  if (env.stripeWebhookSecret) return env.stripeWebhookSecret;
  if (env.isProduction) throw new Error("production has no STRIPE_WEBHOOK_SECRET");
  return localWebhookSecret();
}
