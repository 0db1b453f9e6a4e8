import { createHash, createHmac, randomBytes } from "node:crypto";
import type postgres from "postgres";
import { appSecrets, openToken, sealToken } from "../../lib/secrets";
import { privacyTokenSchema, type PrivacyToken } from "./schemas";

export const LINK_VALID_HOURS = 24;

/** A new confirmation link's token: the request sealed (AES-GCM), so the URL reveals nothing. */
export function issuePrivacyToken(email: string, action: PrivacyToken["a"], now = Date.now()): { token: string; nonce: string } {
  const nonce = randomBytes(12).toString("base64url");
  const payload = { e: email, a: action, x: now + LINK_VALID_HOURS * 3600_000, n: nonce } satisfies PrivacyToken;
  return { token: sealToken(JSON.stringify(payload), "privacy"), nonce };
}

/** The link's request, or null when it was tampered with, made with another secret, or has expired. */
export function readPrivacyToken(token: string, now = Date.now()): PrivacyToken | null {
  const opened = openPrivacyToken(token);
  return opened && opened.x > now ? opened : null;
}

function openPrivacyToken(token: string): PrivacyToken | null {
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
  return parsed.success ? parsed.data : null;
}

/**
 * Keyed by the sealed nonce rather than the URL: base64url decoding ignores stray bits in the last
 * character, so one link has several spellings that open to the same request.
 */
function nonceHash(link: PrivacyToken): string {
  return createHash("sha256").update(`privacy-link:${link.n}`).digest("base64url");
}

export type PrivacyLinkState = { status: "valid"; link: PrivacyToken } | { status: "used" } | { status: "invalid" };

export async function privacyLinkState(sql: postgres.Sql, token: string, now = Date.now()): Promise<PrivacyLinkState> {
  const link = openPrivacyToken(token);
  if (!link) return { status: "invalid" };
  const [used] = await sql`select 1 from privacy_links_used where nonce_hash = ${nonceHash(link)}`;
  if (used) return { status: "used" };
  return link.x > now ? { status: "valid", link } : { status: "invalid" };
}

/**
 * Marks the link used, in the caller's transaction with the export or erasure it authorises, so a
 * rollback leaves it usable. False when it was used already (two clicks at once: one wins).
 */
export async function consumePrivacyLink(tx: postgres.TransactionSql, link: PrivacyToken): Promise<boolean> {
  const rows = await tx`insert into privacy_links_used (nonce_hash) values (${nonceHash(link)}) on conflict do nothing returning 1`;
  return rows.length === 1;
}

/** Used links are forgotten once they would have expired anyway. */
export async function forgetExpiredLinkUses(sql: postgres.Sql | postgres.TransactionSql, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - (LINK_VALID_HOURS + 1) * 3600_000);
  return (await sql`delete from privacy_links_used where used_at < ${cutoff}`).count;
}

/**
 * Keyed digests of an address (one per secret in rotation, newest first): a queued privacy request
 * carries one so erasure can find and delete it, while its address stays sealed.
 */
export function addressDigests(email: string): string[] {
  return appSecrets().map((secret) => createHmac("sha256", secret).update(`privacy-address:${email}`).digest("base64url"));
}
