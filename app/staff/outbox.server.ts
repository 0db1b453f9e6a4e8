import { getSql } from "../../db/client";
import { openOutboxBody } from "../../emails/outbox-body";
import { getEnv } from "../../lib/env";

/**
 * The local mail outbox (no RESEND_API_KEY): what would have been sent, for a person to read.
 * Not served in production, where it would expose buyers' addresses; the staff console takes it over.
 */
export function outboxEnabled(): boolean {
  const env = getEnv();
  return !env.resendApiKey && !env.isProduction;
}

export type OutboxListItem = {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: string;
  createdAt: Date;
  attachmentName: string | null;
};

export async function listOutbox(limit = 100): Promise<OutboxListItem[]> {
  return getSql()<OutboxListItem[]>`
    select id, kind, to_address as "to", subject, status, created_at as "createdAt", attachment_name as "attachmentName"
    from emails where provider = 'outbox' order by created_at desc limit ${limit}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const UNREADABLE = "(This body was sealed under a secret that is no longer configured.)";

/** One outbox email with its bodies opened (they are stored sealed: see emails/outbox-body.ts). */
export async function getOutboxEmail(id: string) {
  if (!UUID.test(id)) return null;
  const [row] = await getSql()<(OutboxListItem & { html: string | null; text: string | null })[]>`
    select id, kind, to_address as "to", subject, status, created_at as "createdAt", attachment_name as "attachmentName",
      html, text_body as "text"
    from emails where provider = 'outbox' and id = ${id}`;
  if (!row) return null;
  return {
    ...row,
    html: row.html === null ? null : (openOutboxBody(row.html) ?? `<p>${UNREADABLE}</p>`),
    text: row.text === null ? null : (openOutboxBody(row.text) ?? UNREADABLE),
  };
}

export async function getOutboxAttachment(id: string): Promise<{ filename: string; pdf: Buffer } | null> {
  if (!UUID.test(id)) return null;
  const [row] = await getSql()<{ filename: string; pdf: Buffer }[]>`
    select e.attachment_name as filename, b.pdf
    from emails e join blueprints b on b.id = e.blueprint_id
    where e.provider = 'outbox' and e.id = ${id} and e.attachment_name is not null`;
  return row ?? null;
}
