import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { hashToken, TOKEN_PATTERN } from "../utils/tokens.server";

export type BlueprintDownload =
  { ok: true; pdf: Buffer; filename: string; sha256: string } | { ok: false; status: 404 | 409 | 410; message: string };

const READY: readonly OrderStatus[] = ["sending", "delivered"];

/** `/blueprints/:token`: the latest PDF version of a paid order; refunded orders are revoked. */
export async function getBlueprintDownload(token: string): Promise<BlueprintDownload> {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, status: 404, message: "This download link is not valid." };
  const [order] = await getSql()<{ id: string; status: OrderStatus; slug: string }[]>`
    select o.id, o.status, oc.slug from orders o join occupations oc on oc.id = o.occupation_id
    where o.download_token_hash = ${hashToken(token)}`;
  if (!order) return { ok: false, status: 404, message: "This download link is not valid." };
  if (order.status === "refunded")
    return { ok: false, status: 410, message: "This order was refunded, so its Blueprint is no longer available." };
  if (!READY.includes(order.status))
    return { ok: false, status: 409, message: "Your Blueprint is not ready yet. We will email it to you as soon as it is." };
  const [blueprint] = await getSql()<{ pdf: Buffer; sha256: string }[]>`
    select pdf, sha256 from blueprints where order_id = ${order.id} order by version desc limit 1`;
  if (!blueprint) return { ok: false, status: 409, message: "Your Blueprint is not ready yet. We will email it to you as soon as it is." };
  return { ok: true, pdf: blueprint.pdf, sha256: blueprint.sha256, filename: `career-pivot-blueprint-${order.slug}.pdf` };
}
