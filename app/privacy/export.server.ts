import type postgres from "postgres";
import { openOutboxBody } from "../../emails/outbox-body";
import { addressDigests } from "./links.server";
import { findPersonalRecords, listPersonalJobs } from "./personal-data.server";

/**
 * Everything we hold that is tied to the address, as one portable JSON document (UK GDPR art. 15
 * and 20): results (direct and through an order) with the drafts they came from, orders with
 * their audit trail and Blueprint PDFs, the emails we sent (bodies where we keep them) and the
 * background jobs that concerned them.
 */
export async function exportPersonalData(db: postgres.Sql | postgres.TransactionSql, email: string) {
  const { resultIds, orderIds } = await findPersonalRecords(db, email);
  const assessmentResults = await db`
    select r.id, r.created_at as "createdAt", o.title as occupation, r.scoring_version as "scoringVersion", r.answers, r.outcome,
      r.email, r.email_consent_at as "emailConsentAt", r.email_consent_text as "emailConsentText"
    from assessment_results r join occupations o on o.id = r.occupation_id where r.id = any(${resultIds}::uuid[]) order by r.created_at`;
  const assessmentDrafts = await db`
    select d.result_id as "resultId", o.title as occupation, d.answers, d.created_at as "createdAt", d.updated_at as "updatedAt"
    from assessment_drafts d join occupations o on o.id = d.occupation_id where d.result_id = any(${resultIds}::uuid[]) order by d.created_at`;
  const orders = await db`
    select o.id, o.result_id as "resultId", o.status, o.amount, o.currency, o.email, o.created_at as "createdAt", o.paid_at as "paidAt",
      o.delivered_at as "deliveredAt", o.refunded_at as "refundedAt", o.consent_at as "consentAt", o.consent_text as "consentText",
      oc.title as occupation, o.stripe_session_id as "stripeSessionId", o.stripe_payment_intent_id as "stripePaymentIntentId"
    from orders o join occupations oc on oc.id = o.occupation_id where o.id = any(${orderIds}::uuid[]) order by o.created_at`;
  const orderEvents = await db`
    select order_id as "orderId", created_at as "at", actor, action, from_status as "from", to_status as "to", detail
    from order_events where order_id = any(${orderIds}::uuid[]) order by created_at, id`;
  const blueprints = await db<{ orderId: string; version: number; pageCount: number; createdAt: Date; pdf: Buffer }[]>`
    select order_id as "orderId", version, page_count as "pageCount", created_at as "createdAt", pdf
    from blueprints where order_id = any(${orderIds}::uuid[]) order by created_at`;
  const emails = await db<{ html: string | null; text: string | null }[]>`
    select kind, to_address as "to", subject, status, created_at as "createdAt", sent_at as "sentAt", attachment_name as "attachmentName",
      html, text_body as "text"
    from emails where lower(to_address) = ${email} or order_id = any(${orderIds}::uuid[]) order by created_at`;
  const backgroundJobs = await listPersonalJobs(db, [email, ...resultIds, ...orderIds], addressDigests(email));
  return {
    exportedAt: new Date().toISOString(),
    email,
    assessmentResults,
    assessmentDrafts,
    orders: orders.map((o) => ({ ...o, events: orderEvents.filter((e) => e.orderId === o.id) })),
    blueprints: blueprints.map(({ pdf, ...b }) => ({
      ...b,
      filename: `career-pivot-blueprint-v${b.version}.pdf`,
      pdfBase64: pdf.toString("base64"),
    })),
    // Bodies exist only for the local outbox; a provider keeps its own copy.
    emails: emails.map((e) => ({ ...e, html: openOutboxBody(e.html), text: openOutboxBody(e.text) })),
    backgroundJobs,
  };
}

export type PersonalDataExport = Awaited<ReturnType<typeof exportPersonalData>>;
