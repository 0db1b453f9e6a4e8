import { Resend } from "resend";
import { getSql } from "../db/client";
import { getEnv } from "../lib/env";
import { metrics } from "../lib/metrics";
import { singleton } from "../lib/singleton";
import { sealOutboxBody } from "./outbox-body";
import { EmailDeferredError, holdSendsFor, reserveSendSlot, retryAfterSeconds, sendDeadline, sendIntervalMs } from "./pacing";

export type OutgoingEmail = {
  /** Null for emails that belong to no order (privacy links). */
  orderId: string | null;
  kind: "confirmation" | "delivery" | "privacy" | "resend" | "staff_alert";
  /** Unique per order and kind (and version): sent to Resend and the emails table's key. */
  idempotencyKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachment?: { filename: string; content: Buffer; blueprintId: string };
};

export class EmailNotSentError extends Error {}

function resend(): Resend | null {
  const env = getEnv();
  if (!env.resendApiKey) return null;
  return singleton("resend", () => new Resend(env.resendApiKey, env.resendBaseUrl ? { baseUrl: env.resendBaseUrl } : undefined));
}

/**
 * Sends one order email at most once. The row is claimed by its idempotency key first; a retry
 * after a crash re-sends with the same key, which Resend answers with the original message
 * instead of a second one. With no RESEND_API_KEY the row itself is the local outbox (bodies
 * sealed), which production never writes: there the email fails instead, so nobody believes it sent.
 * Resend reports failures as `{ error }` rather than throwing: those become EmailNotSentError so
 * the job is retried. Every request waits for its slot under the team's rate (./pacing.ts); a 429
 * is not a failure but a longer wait.
 */
export async function sendOrderEmail(email: OutgoingEmail): Promise<{ providerId: string; alreadySent: boolean }> {
  const sql = getSql();
  const client = resend();
  // lib/env.ts already refuses to start production without a key; this guards any other path.
  if (!client && getEnv().isProduction) throw new EmailNotSentError("RESEND_API_KEY is not set: production never keeps a local outbox");
  const provider = client ? "resend" : "outbox";
  await sql`
    insert into emails (order_id, kind, idempotency_key, to_address, subject, provider, html, text_body, attachment_name, blueprint_id)
    values (${email.orderId}, ${email.kind}, ${email.idempotencyKey}, ${email.to}, ${email.subject}, ${provider},
      ${client ? null : sealOutboxBody(email.html)}, ${client ? null : sealOutboxBody(email.text)},
      ${email.attachment?.filename ?? null}, ${email.attachment?.blueprintId ?? null})
    on conflict (idempotency_key) do nothing`;
  const [row] = await sql<{ id: string; status: string; providerId: string | null }[]>`
    update emails set attempts = attempts + 1 where idempotency_key = ${email.idempotencyKey}
    returning id, status, provider_id as "providerId"`;
  if (row!.status === "sent") return { providerId: row!.providerId ?? row!.id, alreadySent: true };

  let providerId = `outbox_${row!.id}`;
  if (client) {
    const { data, error } = await sendPaced(client, email, row!.id);
    if (error || !data) {
      const message = error ? `${error.name}: ${error.message}` : "no response";
      await sql`update emails set last_error = ${message} where id = ${row!.id}`;
      metrics.emails.inc({ kind: email.kind, outcome: "failed" });
      throw new EmailNotSentError(`Resend refused the ${email.kind} email: ${message}`);
    }
    providerId = data.id;
  }
  await sql`update emails set status = 'sent', provider_id = ${providerId}, sent_at = now(), last_error = null where id = ${row!.id}`;
  metrics.emails.inc({ kind: email.kind, outcome: "sent" });
  return { providerId, alreadySent: false };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request in the shared pace. A 429 holds every sender for `retry-after` and this one tries
 * again, for as long as the job's time limit allows; beyond it the job is deferred, not failed.
 */
async function sendPaced(client: Resend, email: OutgoingEmail, rowId: string) {
  const sql = getSql();
  const interval = sendIntervalMs(getEnv().emailRatePerSecond);
  const deadline = sendDeadline();
  for (;;) {
    const waitMs = await reserveSendSlot(sql, interval);
    if (Date.now() + waitMs > deadline) throw new EmailDeferredError(new Date(Date.now() + waitMs));
    if (waitMs > 0) await sleep(waitMs);
    const result = await client.emails.send(
      {
        from: getEnv().emailFrom,
        to: [email.to],
        subject: email.subject,
        html: email.html,
        text: email.text,
        ...(email.attachment ? { attachments: [{ filename: email.attachment.filename, content: email.attachment.content }] } : {}),
      },
      { idempotencyKey: email.idempotencyKey },
    );
    if (result.error?.statusCode !== 429) return result;
    metrics.emails.inc({ kind: email.kind, outcome: "rate_limited" });
    await sql`update emails set last_error = ${`${result.error.name}: waiting for the provider's rate limit`} where id = ${rowId}`;
    await holdSendsFor(sql, retryAfterSeconds(result.headers));
  }
}
