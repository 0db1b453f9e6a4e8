import { recordOrderNote } from "../app/orders/transitions.server";
import { getSql } from "../db/client";
import { renderOrderConfirmation } from "../emails/render";
import { sendOrderEmail } from "../emails/send";
import { loadOrderEmailContext } from "../app/orders/email-context.server";
import type { OrderJobData } from "../lib/queue";

const NOT_OWED = new Set(["pending", "expired", "payment_failed", "refunded"]);

/** "Payment received" right after payment, once per order whatever the retries. */
export async function sendConfirmationJob({ orderId }: OrderJobData): Promise<void> {
  const order = await loadOrderEmailContext(orderId);
  if (!order || NOT_OWED.has(order.status) || !order.email) return;
  const message = await renderOrderConfirmation({
    occupationTitle: order.occupationTitle,
    amountPence: order.amount,
    currency: "gbp",
    resultUrl: order.resultUrl,
    statusUrl: order.statusUrl,
    orderReference: order.reference,
  });
  const sent = await sendOrderEmail({
    orderId,
    kind: "confirmation",
    idempotencyKey: `order-${orderId}-confirmation`,
    to: order.email,
    ...message,
  });
  if (!sent.alreadySent)
    await recordOrderNote(getSql(), orderId, "worker", "email_sent", { kind: "confirmation", providerId: sent.providerId });
}
