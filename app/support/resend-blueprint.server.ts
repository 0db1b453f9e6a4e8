import { randomBytes } from "node:crypto";
import { z } from "zod";
import { getSql } from "../../db/client";
import { renderBlueprintLinks } from "../../emails/render";
import { sendOrderEmail } from "../../emails/send";
import { enqueueBlueprintResend, type BlueprintResendJobData } from "../../lib/queue";
import { orderReference } from "../../domain/order-reference";
import { getEnv } from "../../lib/env";
import { addressDigests } from "../privacy/links.server";
import { openToken, sealToken } from "../../lib/secrets";
import { fieldErrors } from "../utils/form-errors";
import { blueprintResendSchema } from "./schemas";

export type BlueprintResendOutcome =
  { ok: true; message: string } | { ok: false; status: 400; message: string; fieldErrors: Record<string, string> };

export const RESEND_ANSWER =
  "If that address bought a Blueprint, we have emailed it the download links. They can take a few minutes to arrive; check your spam folder too.";

const PURPOSE = "blueprint-resend";
const sealedRequest = z.object({ e: z.email(), n: z.string() });

/**
 * Queued and answered at once, the same way whether or not the address has bought anything, so
 * neither the answer nor its timing tells a visitor who is a customer (as for data requests).
 */
export async function requestBlueprintResend(form: FormData): Promise<BlueprintResendOutcome> {
  const parsed = blueprintResendSchema.safeParse({ email: form.get("email") ?? "" });
  if (!parsed.success)
    return { ok: false, status: 400, message: "Please correct the details marked below.", fieldErrors: fieldErrors(parsed.error) };
  const { email } = parsed.data;
  // The nonce makes each request its own email (and a retry of it the same one).
  const request = JSON.stringify({ e: email, n: randomBytes(12).toString("base64url") });
  await enqueueBlueprintResend({ sealed: sealToken(request, PURPOSE), subject: addressDigests(email)[0]! });
  return { ok: true, message: RESEND_ANSWER };
}

/** Paid orders whose Blueprint the buyer is owed (refunded ones were revoked; unpaid ones have none). */
const OWED = ["paid", "rendering", "awaiting_review", "sending", "delivered", "failed"];
const READY = new Set(["sending", "delivered"]);

/**
 * The queued half (jobs/resend-blueprint.ts): the links go only to that address. The download link
 * is the order's own, permanent until a refund or erasure, opened from its sealed copy.
 */
export async function sendBlueprintLinksIfKnown(job: BlueprintResendJobData): Promise<"sent" | "nothing held" | "stale"> {
  const opened = openToken(job.sealed, PURPOSE);
  const request = opened ? sealedRequest.safeParse(JSON.parse(opened)) : null;
  if (!request?.success) return "stale";
  const { e: email, n: nonce } = request.data;
  const orders = await getSql()<{ id: string; status: string; title: string; downloadSealed: string }[]>`
    select o.id, o.status, oc.title, o.download_token_sealed as "downloadSealed"
    from orders o join occupations oc on oc.id = o.occupation_id
    where lower(o.email) = ${email} and o.status = any(${OWED}::order_status[])
    order by o.paid_at desc nulls last`;
  if (!orders.length) return "nothing held";
  const appUrl = getEnv().appUrl;
  const blueprints = orders.map((o) => {
    const token = READY.has(o.status) ? openToken(o.downloadSealed, "download") : null;
    return { occupationTitle: o.title, orderReference: orderReference(o.id), downloadUrl: token ? `${appUrl}/blueprints/${token}` : null };
  });
  const message = await renderBlueprintLinks({ blueprints });
  await sendOrderEmail({ orderId: null, kind: "resend", idempotencyKey: `resend-${nonce}`, to: email, ...message });
  return "sent";
}
