import { applyOrderEvent } from "../app/orders/transitions.server";
import { getSql } from "../db/client";
import { getEnv } from "../lib/env";
import { renderBlueprintDelivery } from "../emails/render";
import { sendOrderEmail } from "../emails/send";
import { loadOrderEmailContext } from "../app/orders/email-context.server";
import type { OrderJobData } from "../lib/queue";

/**
 * sending → delivered: the PDF goes out attached, with the download link. The idempotency key
 * names the PDF version, so a retry after a crash between "Resend accepted" and "delivered"
 * cannot send a second email, while a regenerated version would get its own.
 */
export async function sendDeliveryJob({ orderId }: OrderJobData): Promise<void> {
  const order = await loadOrderEmailContext(orderId);
  if (!order || order.status !== "sending") return;
  if (!order.email) throw new Error("The order has no email address to deliver to.");
  const [blueprint] = await getSql()<{ id: string; version: number; pdf: Buffer; pageCount: number; slug: string }[]>`
    select b.id, b.version, b.pdf, b.page_count as "pageCount", oc.slug
    from blueprints b join orders o on o.id = b.order_id join occupations oc on oc.id = o.occupation_id
    where b.order_id = ${orderId} order by b.version desc limit 1`;
  if (!blueprint) throw new Error("No rendered blueprint to send.");
  const message = await renderBlueprintDelivery({
    occupationTitle: order.occupationTitle,
    downloadUrl: order.downloadUrl,
    resultUrl: order.resultUrl,
    orderReference: order.reference,
    pageCount: blueprint.pageCount,
    resendUrl: `${getEnv().appUrl}/resend-blueprint`,
  });
  const sent = await sendOrderEmail({
    orderId,
    kind: "delivery",
    idempotencyKey: `order-${orderId}-delivery-v${blueprint.version}`,
    to: order.email,
    ...message,
    attachment: { filename: `career-pivot-blueprint-${blueprint.slug}.pdf`, content: blueprint.pdf, blueprintId: blueprint.id },
  });
  await getSql().begin((tx) =>
    applyOrderEvent(tx, orderId, { type: "sent" }, "worker", { kind: "delivery", providerId: sent.providerId, version: blueprint.version }),
  );
}
