import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { simulatedCheckoutSessions, type SimulatedCheckoutSession } from "../../db/schema";
import { getEnv } from "../../lib/env";
import type { CheckoutSessionView } from "./gateway-contract";

/**
 * The local checkout simulator (no STRIPE_SECRET_KEY): sessions live in the database so every
 * process sees them, and paying produces the same signed webhook Stripe would send. Test mode only.
 */
export const SIMULATOR_SESSION_PATTERN = /^cs_test_sim_[A-Za-z0-9]{24}$/;

/**
 * The simulator takes "payments" nobody makes: it exists only outside production and only while no
 * Stripe key is configured. Its page, its actions and its gateway all ask this first.
 */
export function simulatorEnabled(): boolean {
  const env = getEnv();
  return !env.isProduction && !env.stripeSecretKey;
}

const id = (prefix: string) => `${prefix}${randomBytes(18).toString("base64url").replace(/[-_]/g, "0").slice(0, 24)}`;

export function simulatorUrl(sessionId: string): string {
  return `${getEnv().appUrl}/checkout/simulator/${sessionId}`;
}

export function simulatedSessionView(s: SimulatedCheckoutSession): CheckoutSessionView {
  return {
    id: s.id,
    url: s.status === "open" ? simulatorUrl(s.id) : null,
    status: s.status,
    paymentStatus: s.paymentStatus,
    orderId: s.orderId,
    paymentIntentId: s.paymentIntentId,
    customerEmail: s.customerEmail,
    amountTotal: s.amount,
    currency: s.currency,
    expiresAt: s.expiresAt,
  };
}

/** The Stripe JSON shape of a simulated session, as it appears inside a webhook event. */
export function stripeShapedSession(s: SimulatedCheckoutSession) {
  return {
    id: s.id,
    object: "checkout.session",
    livemode: false,
    mode: "payment",
    status: s.status,
    payment_status: s.paymentStatus,
    amount_total: s.amount,
    amount_subtotal: s.amount,
    currency: s.currency,
    client_reference_id: s.orderId,
    metadata: { order_id: s.orderId },
    customer_email: s.customerEmail,
    customer_details: s.customerEmail ? { email: s.customerEmail } : null,
    payment_intent: s.paymentIntentId,
    success_url: s.successUrl,
    cancel_url: s.cancelUrl,
    url: s.status === "open" ? simulatorUrl(s.id) : null,
    created: Math.floor(s.createdAt.getTime() / 1000),
    expires_at: Math.floor(s.expiresAt.getTime() / 1000),
  };
}

export async function findSimulatedSession(sessionId: string): Promise<SimulatedCheckoutSession | null> {
  if (!simulatorEnabled() || !SIMULATOR_SESSION_PATTERN.test(sessionId)) return null;
  const [row] = await getDb().select().from(simulatedCheckoutSessions).where(eq(simulatedCheckoutSessions.id, sessionId));
  return row ?? null;
}

export function newPaymentIntentId(): string {
  return id("pi_sim_");
}

export function newSimulatedSessionId(): string {
  return id("cs_test_sim_");
}
