import { getSql } from "../../db/client";
import { getEnv } from "../../lib/env";
import { openToken } from "../../lib/secrets";
import type { OrderStatus } from "../../domain/order-state";
import { orderReference } from "../../domain/order-reference";

export type OrderEmailContext = {
  id: string;
  status: OrderStatus;
  email: string | null;
  amount: number;
  occupationTitle: string;
  reference: string;
  resultUrl: string;
  statusUrl: string;
  downloadUrl: string;
};

/** What both order emails need, with the sealed tokens opened into links. */
export async function loadOrderEmailContext(orderId: string): Promise<OrderEmailContext | null> {
  const [o] = await getSql()<
    {
      id: string;
      status: OrderStatus;
      email: string | null;
      amount: number;
      title: string;
      sessionId: string | null;
      resultSealed: string;
      downloadSealed: string;
    }[]
  >`
    select o.id, o.status, o.email, o.amount, oc.title, o.stripe_session_id as "sessionId",
      o.result_token_sealed as "resultSealed", o.download_token_sealed as "downloadSealed"
    from orders o join occupations oc on oc.id = o.occupation_id where o.id = ${orderId}`;
  if (!o) return null;
  const appUrl = getEnv().appUrl;
  const resultToken = openToken(o.resultSealed, "result");
  const downloadToken = openToken(o.downloadSealed, "download");
  if (!resultToken || !downloadToken)
    throw new Error("The order's links cannot be opened: was SESSION_SECRET changed without keeping the old one?");
  return {
    id: o.id,
    status: o.status,
    email: o.email,
    amount: o.amount,
    occupationTitle: o.title,
    reference: orderReference(o.id),
    resultUrl: `${appUrl}/results/${resultToken}`,
    statusUrl: `${appUrl}/checkout/success?session_id=${encodeURIComponent(o.sessionId ?? "")}`,
    downloadUrl: `${appUrl}/blueprints/${downloadToken}`,
  };
}
