import { randomBytes } from "node:crypto";
import { getSql } from "../../db/client";
import { renderPrivacyLink } from "../../emails/render";
import { sendOrderEmail } from "../../emails/send";
import { getEnv } from "../env.server";
import { openToken, sealToken } from "../utils/secrets.server";
import { privacyConfirmSchema, privacyRequestSchema, privacyTokenSchema, type PrivacyToken } from "./schemas";

export const LINK_VALID_HOURS = 24;

export type PrivacyRequestOutcome =
  | { ok: true; message: string }
  | { ok: false; status: 400; message: string; fieldErrors: Record<string, string> };

/**
 * Step 1: someone gives an email address. Whether or not we hold anything for it, the answer is
 * the same (no way to probe who uses the site); a link goes only to that address, and only if
 * there is something to act on.
 */
export async function requestPrivacyLink(form: FormData): Promise<PrivacyRequestOutcome> {
  const parsed = privacyRequestSchema.safeParse({ email: form.get("email") ?? "", action: form.get("action") ?? undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, status: 400, message: "Please correct the details marked below.", fieldErrors };
  }
  const { email, action } = parsed.data;
  const sql = getSql();
  const [held] = await sql`
    select 1 from assessment_results where lower(email) = ${email}
    union all select 1 from orders where lower(email) = ${email} limit 1`;
  if (held) {
    const nonce = randomBytes(9).toString("base64url");
    const token = sealToken(JSON.stringify({ e: email, a: action, x: Date.now() + LINK_VALID_HOURS * 3600_000, n: nonce } satisfies PrivacyToken), "privacy");
    const message = await renderPrivacyLink({ action, confirmUrl: `${getEnv().appUrl}/privacy/confirm/${token}`, validHours: LINK_VALID_HOURS });
    await sendOrderEmail({ orderId: null, kind: "privacy", idempotencyKey: `privacy-${nonce}`, to: email, ...message });
  }
  return { ok: true, message: `If we hold any data for that address, we have sent it a link to confirm. It works for ${LINK_VALID_HOURS} hours.` };
}

/** Step 2: the link. Null when it was tampered with, made with another secret, or has expired. */
export function readPrivacyToken(token: string, now = Date.now()): PrivacyToken | null {
  if (token.length > 600) return null;
  const opened = openToken(token, "privacy");
  if (!opened) return null;
  let json: unknown;
  try {
    json = JSON.parse(opened);
  } catch {
    return null;
  }
  const parsed = privacyTokenSchema.safeParse(json);
  return parsed.success && parsed.data.x > now ? parsed.data : null;
}

export function confirmed(form: FormData): boolean {
  return privacyConfirmSchema.safeParse({ confirm: form.get("confirm") ?? undefined }).success;
}

/** Everything we hold that is tied to the address, as a portable JSON document (UK GDPR art. 15/20). */
export async function exportPersonalData(email: string) {
  const sql = getSql();
  const results = await sql`
    select r.created_at as "createdAt", o.title as occupation, r.scoring_version as "scoringVersion", r.answers, r.outcome,
      r.email_consent_at as "emailConsentAt", r.email_consent_text as "emailConsentText"
    from assessment_results r join occupations o on o.id = r.occupation_id where lower(r.email) = ${email} order by r.created_at`;
  const orders = await sql`
    select o.id, o.status, o.amount, o.currency, o.created_at as "createdAt", o.paid_at as "paidAt", o.delivered_at as "deliveredAt",
      o.refunded_at as "refundedAt", o.consent_at as "consentAt", o.consent_text as "consentText", oc.title as occupation
    from orders o join occupations oc on oc.id = o.occupation_id where lower(o.email) = ${email} order by o.created_at`;
  const emails = await sql`
    select kind, subject, status, created_at as "createdAt", sent_at as "sentAt" from emails where lower(to_address) = ${email} order by created_at`;
  return { exportedAt: new Date().toISOString(), email, assessmentResults: results, orders, emails };
}

/**
 * Erasure (UK GDPR art. 17): answers, results, PDFs and emails go; what the law makes us keep
 * for a sale (amount, dates, Stripe ids, status) stays on the order, with nothing that names the
 * buyer. Results behind an order are emptied and made unreachable rather than deleted, because
 * the order ledger refers to them. Idempotent: a second run finds nothing.
 */
export async function deletePersonalData(email: string): Promise<{ results: number; orders: number; emails: number }> {
  return getSql().begin(async (tx) => {
    const orders = await tx<{ id: string; resultId: string }[]>`
      select id, result_id as "resultId" from orders
      where lower(email) = ${email} or result_id in (select id from assessment_results where lower(email) = ${email})`;
    const orderIds = orders.map((o) => o.id);
    const withOrders = [...new Set(orders.map((o) => o.resultId))];
    const emails = await tx`delete from emails where lower(to_address) = ${email} or order_id in ${tx(orderIds.length ? orderIds : ["00000000-0000-0000-0000-000000000000"])}`;
    if (orderIds.length) {
      await tx`delete from blueprints where order_id in ${tx(orderIds)}`;
      await tx`update simulated_checkout_sessions set customer_email = null where order_id in ${tx(orderIds)}`;
      await tx`
        update orders set email = null, result_token_sealed = '', download_token_sealed = '', checkout_url = null,
          download_token_hash = 'erased:' || id::text, last_error = null, updated_at = now()
        where id in ${tx(orderIds)}`;
      for (const id of orderIds) {
        await tx`insert into order_events (order_id, actor, action, detail) values (${id}, 'data-subject', 'personal_data_erased', '{}'::jsonb)`;
      }
    }
    const emptied = withOrders.length
      ? await tx`
          update assessment_results set answers = '{}'::jsonb, outcome = '{}'::jsonb, email = null, email_consent_at = null,
            email_consent_text = null, token_hash = 'erased:' || id::text
          where id in ${tx(withOrders)}`
      : { count: 0 };
    const removed = await tx`
      delete from assessment_results r where lower(r.email) = ${email} and not exists (select 1 from orders o where o.result_id = r.id)`;
    return { results: emptied.count + removed.count, orders: orderIds.length, emails: emails.count };
  });
}
