import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { openToken } from "../utils/secrets.server";
import { paymentsGateway } from "./gateway.server";
import { applyCheckoutSession } from "./webhook.server";

export const SESSION_ID_PATTERN = /^cs_[A-Za-z0-9_]{8,250}$/;

export type CheckoutStatus = {
  status: OrderStatus;
  occupationTitle: string;
  email: string | null;
  paidAt: Date | null;
  downloadPath: string | null;
};

type OrderRow = {
  id: string;
  status: OrderStatus;
  email: string | null;
  paidAt: Date | null;
  occupationTitle: string;
  downloadTokenSealed: string;
};

async function readOrder(sessionId: string): Promise<OrderRow | undefined> {
  const [row] = await getSql()<OrderRow[]>`
    select o.id, o.status, o.email, o.paid_at as "paidAt", oc.title as "occupationTitle", o.download_token_sealed as "downloadTokenSealed"
    from orders o join occupations oc on oc.id = o.occupation_id
    where o.stripe_session_id = ${sessionId}`;
  return row;
}

/**
 * The success page's view of an order. When the webhook has not arrived yet, the session is
 * retrieved from Stripe and, if paid, applied through the same transitions as the webhook
 * (Stripe's fulfilment guide): whichever arrives second changes nothing.
 */
export async function getCheckoutStatus(sessionId: string): Promise<CheckoutStatus | null> {
  if (!SESSION_ID_PATTERN.test(sessionId)) return null;
  let order = await readOrder(sessionId);
  if (!order) return null;
  if (order.status === "pending") {
    const session = await paymentsGateway()
      .retrieveCheckoutSession(sessionId)
      .catch(() => null);
    if (session?.status === "complete" && session.paymentStatus !== "unpaid") {
      await getSql().begin((tx) => applyCheckoutSession(tx, "completed", session, "success-page"));
      order = (await readOrder(sessionId)) ?? order;
    }
  }
  const token = order.status === "delivered" ? openToken(order.downloadTokenSealed, "download") : null;
  return {
    status: order.status,
    occupationTitle: order.occupationTitle,
    email: order.email,
    paidAt: order.paidAt,
    downloadPath: token ? `/blueprints/${token}` : null,
  };
}
