import Stripe from "stripe";
import { getEnv } from "../../lib/env";
import { localWebhookSecret } from "../../lib/secrets";
import { singleton } from "../../lib/singleton";
import { createSimulatorGateway } from "./simulator.server";

/** What the app needs from a Checkout Session, whichever gateway produced it. */
export type CheckoutSessionView = {
  id: string;
  url: string | null;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  orderId: string | null;
  paymentIntentId: string | null;
  customerEmail: string | null;
  amountTotal: number | null;
  /** Lower-case ISO code, as Stripe writes it. */
  currency: string | null;
  expiresAt: Date;
};

export type NewCheckoutSession = {
  orderId: string;
  amount: number;
  currency: "gbp";
  productName: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
};

export type PaymentsGateway = {
  mode: "stripe" | "simulator";
  createCheckoutSession: (input: NewCheckoutSession, idempotencyKey: string) => Promise<CheckoutSessionView>;
  retrieveCheckoutSession: (id: string) => Promise<CheckoutSessionView | null>;
  refundPayment: (paymentIntentId: string, idempotencyKey: string) => Promise<{ id: string }>;
};

/** Stripe's or the simulator's failure to do what we asked; the caller shows a calm message. */
export class PaymentsUnavailableError extends Error {
  /** Stripe refused an idempotency key reused with other parameters: retrying with it can never work. */
  idempotencyConflict = false;
}

export function toSessionView(s: Stripe.Checkout.Session): CheckoutSessionView {
  const pi = s.payment_intent;
  const metaOrder = s.metadata?.order_id ?? null;
  // We set both to the order id; a session where they disagree was not made by this checkout.
  const orderId = metaOrder && s.client_reference_id && metaOrder !== s.client_reference_id ? null : (metaOrder ?? s.client_reference_id ?? null);
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
        ? { host: base.hostname, port: Number(base.port || (base.protocol === "https:" ? 443 : 80)), protocol: base.protocol === "https:" ? "https" : "http" }
        : {}),
    });
  });
}

function createStripeGateway(stripe: Stripe): PaymentsGateway {
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
                { quantity: 1, price_data: { currency: input.currency, unit_amount: input.amount, product_data: { name: input.productName } } },
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

export function paymentsGateway(): PaymentsGateway {
  return singleton("paymentsGateway", () => {
    const env = getEnv();
    if (env.stripeSecretKey) return createStripeGateway(stripeClient());
    // env.server.ts already refuses to start like this; if it ever did, nobody may "pay" for free.
    if (env.isProduction) throw new PaymentsUnavailableError("production has no STRIPE_SECRET_KEY; the checkout simulator never runs there");
    return createSimulatorGateway();
  });
}

/** The secret `/webhooks/stripe` verifies against: Stripe's, or (never in production) the simulator's local one. */
export function webhookSecret(): string {
  const env = getEnv();
  if (env.stripeWebhookSecret) return env.stripeWebhookSecret;
  if (env.isProduction) throw new Error("production has no STRIPE_WEBHOOK_SECRET");
  return localWebhookSecret();
}
