import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { simulatedCheckoutSessions, type SimulatedCheckoutSession } from "../../db/schema";
import { stripeClient, webhookSecret } from "./stripe.server";
import { findSimulatedSession, newPaymentIntentId, simulatorEnabled, stripeShapedSession } from "./simulator.server";
import { receiveStripeWebhook } from "./webhook.server";

/**
 * What a person can do on the simulator's checkout page. Each outcome is announced the way Stripe
 * announces it: a signed event through the same verification path as a real webhook.
 */
async function deliver(type: string, object: Record<string, unknown>) {
  // In production the webhook secret is Stripe's: a simulated event signed with it would be believed.
  if (!simulatorEnabled()) throw new Error("the checkout simulator is disabled");
  const payload = JSON.stringify({
    id: `evt_sim_${randomBytes(12).toString("hex")}`,
    object: "event",
    type,
    api_version: null,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  });
  const signature = stripeClient().webhooks.generateTestHeaderString({ payload, secret: webhookSecret() });
  return receiveStripeWebhook(payload, signature);
}

const successUrlFor = (s: SimulatedCheckoutSession) => s.successUrl.replace("{CHECKOUT_SESSION_ID}", s.id);

export type SimulatorStep = { redirectTo: string } | { error: string; status: 404 | 409 };

/** Like Stripe's hosted page, the simulator asks for the buyer's email (for the receipt and delivery). */
export async function paySimulatedSession(sessionId: string, email: string): Promise<SimulatorStep> {
  const session = await findSimulatedSession(sessionId);
  if (!session) return { error: "This test checkout does not exist.", status: 404 };
  if (session.status === "expired") return { error: "This test checkout has expired. Go back and start again.", status: 409 };
  const [paid] = await getDb()
    .update(simulatedCheckoutSessions)
    .set({ status: "complete", paymentStatus: "paid", paymentIntentId: newPaymentIntentId(), customerEmail: email })
    .where(and(eq(simulatedCheckoutSessions.id, sessionId), eq(simulatedCheckoutSessions.status, "open")))
    .returning();
  // Paid already (a double click, or the back button): just show the order again.
  if (!paid) return { redirectTo: successUrlFor(session) };
  await deliver("checkout.session.completed", stripeShapedSession(paid));
  return { redirectTo: successUrlFor(paid) };
}

export async function cancelSimulatedSession(sessionId: string): Promise<SimulatorStep> {
  const session = await findSimulatedSession(sessionId);
  if (!session) return { error: "This test checkout does not exist.", status: 404 };
  return { redirectTo: session.status === "complete" ? successUrlFor(session) : session.cancelUrl };
}

/** A full refund of a simulated payment, announced as Stripe would (`charge.refunded`). */
export async function refundSimulatedPayment(paymentIntentId: string): Promise<{ id: string }> {
  if (!simulatorEnabled()) throw new Error("the checkout simulator is disabled");
  const [session] = await getDb()
    .select()
    .from(simulatedCheckoutSessions)
    .where(eq(simulatedCheckoutSessions.paymentIntentId, paymentIntentId));
  if (!session) throw new Error("No simulated payment with that id.");
  await getDb()
    .update(simulatedCheckoutSessions)
    .set({ amountRefunded: session.amount })
    .where(eq(simulatedCheckoutSessions.id, session.id));
  const refundId = `re_sim_${paymentIntentId.slice(7)}`;
  await deliver("charge.refunded", {
    id: `ch_sim_${paymentIntentId.slice(7)}`,
    object: "charge",
    amount: session.amount,
    amount_refunded: session.amount,
    refunded: true,
    currency: session.currency,
    payment_intent: paymentIntentId,
    metadata: { order_id: session.orderId },
  });
  return { id: refundId };
}
