import { eq } from "drizzle-orm";
import { getDb } from "../../db/client";
import { simulatedCheckoutSessions } from "../../db/schema";
import type { PaymentsGateway } from "./gateway-contract";
import { refundSimulatedPayment } from "./simulator-actions.server";
import { findSimulatedSession, newSimulatedSessionId, simulatedSessionView } from "./simulator.server";

/** The gateway the app pays through when no Stripe key is configured (never in production). */
export function createSimulatorGateway(): PaymentsGateway {
  return {
    mode: "simulator",
    async createCheckoutSession(input, idempotencyKey) {
      const db = getDb();
      // Like Stripe's idempotency keys: the same key returns the session created the first time.
      await db
        .insert(simulatedCheckoutSessions)
        .values({
          id: newSimulatedSessionId(),
          orderId: input.orderId,
          idempotencyKey,
          amount: input.amount,
          currency: input.currency,
          productName: input.productName,
          customerEmail: input.customerEmail,
          successUrl: input.successUrl,
          cancelUrl: input.cancelUrl,
          expiresAt: new Date(Date.now() + 24 * 3600_000),
        })
        .onConflictDoNothing({ target: simulatedCheckoutSessions.idempotencyKey });
      const [row] = await db.select().from(simulatedCheckoutSessions).where(eq(simulatedCheckoutSessions.idempotencyKey, idempotencyKey));
      return simulatedSessionView(row!);
    },
    async retrieveCheckoutSession(sessionId) {
      const row = await findSimulatedSession(sessionId);
      return row ? simulatedSessionView(row) : null;
    },
    refundPayment: (paymentIntentId) => refundSimulatedPayment(paymentIntentId),
  };
}
