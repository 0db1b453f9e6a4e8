import Stripe from "stripe";
import { getEnv } from "../env.server";
import { localWebhookSecret } from "../utils/secrets.server";
import { singleton } from "../utils/singleton.server";
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
export class PaymentsUnavailableError extends Error {}

export function toSessionView(s: Stripe.Checkout.Session): CheckoutSessionView {
  const pi = s.payment_intent;
  return {
    id: s.id,
    url: s.url,
    // Newer API versions may add values; anything unknown is treated as not (yet) paid.
    status: s.status === "complete" ? "complete" : s.status === "expired" ? "expired" : "open",
    paymentStatus: s.payment_status === "paid" ? "paid" : s.payment_status === "no_payment_required" ? "no_payment_required" : "unpaid",
    orderId: s.metadata?.order_id ?? s.client_reference_id ?? null,
    paymentIntentId: typeof pi === "string" ? pi : (pi?.id ?? null),
    customerEmail: s.customer_details?.email ?? s.customer_email ?? null,
    amountTotal: s.amount_total,
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
      throw new PaymentsUnavailableError(error instanceof Error ? error.message : String(error));
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
              allow_promotion_codes: true,
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
  return singleton("paymentsGateway", () => (getEnv().stripeSecretKey ? createStripeGateway(stripeClient()) : createSimulatorGateway()));
}

/** The secret `/webhooks/stripe` verifies against: Stripe's, or the simulator's local one. */
export function webhookSecret(): string {
  return getEnv().stripeWebhookSecret ?? localWebhookSecret();
}
