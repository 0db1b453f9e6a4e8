import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { orderReference } from "../../domain/order-reference";
import { openToken } from "../../lib/secrets";
import { singleton } from "../../lib/singleton";
import { paymentsGateway } from "./gateway.server";
import { RetrieveThrottle } from "./retrieve-throttle";
import { applyCheckoutSession } from "./webhook.server";

export const SESSION_ID_PATTERN = /^cs_[A-Za-z0-9_]{8,250}$/;

/** How often the success page may ask Stripe about one pending session (it polls every 1.5 s). */
export const RETRIEVE_INTERVAL_MS = 5_000;

export type CheckoutStatus = {
  status: OrderStatus;
  /** What to quote to support (domain/order-reference.ts). */
  reference: string;
  /** Paid for something other than the order (ADR 011): staff check it; nothing is made meanwhile. */
  held: boolean;
  occupationTitle: string;
  email: string | null;
  paidAt: Date | null;
  downloadPath: string | null;
};

type OrderRow = {
  id: string;
  status: OrderStatus;
  held: boolean;
  email: string | null;
  paidAt: Date | null;
  occupationTitle: string;
  downloadTokenSealed: string;
};

async function readOrder(sessionId: string): Promise<OrderRow | undefined> {
  const [row] = await getSql()<OrderRow[]>`
    select o.id, o.status, o.email, o.paid_at as "paidAt", oc.title as "occupationTitle", o.download_token_sealed as "downloadTokenSealed",
      exists (select 1 from order_events e where e.order_id = o.id and e.action = 'payment_mismatch') as held
    from orders o join occupations oc on oc.id = o.occupation_id
    where o.stripe_session_id = ${sessionId}`;
  return row;
}

const throttle = () => singleton("checkoutRetrieveThrottle", () => new RetrieveThrottle(RETRIEVE_INTERVAL_MS, 10_000));

/**
 * The success page's view of an order. When the webhook has not arrived yet, the session is
 * retrieved from Stripe (at most once per RETRIEVE_INTERVAL_MS per session) and, if paid, applied
 * through the same transitions as the webhook (Stripe's fulfilment guide): whichever arrives
 * second changes nothing.
 */
export async function getCheckoutStatus(sessionId: string): Promise<CheckoutStatus | null> {
  if (!SESSION_ID_PATTERN.test(sessionId)) return null;
  let order = await readOrder(sessionId);
  if (!order) return null;
  if (order.status === "pending" && !order.held && throttle().take(sessionId)) {
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
    reference: orderReference(order.id),
    held: order.held && order.status === "pending",
    occupationTitle: order.occupationTitle,
    email: order.email,
    paidAt: order.paidAt,
    downloadPath: token ? `/blueprints/${token}` : null,
  };
}
