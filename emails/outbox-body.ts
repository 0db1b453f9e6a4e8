import { openToken, sealToken } from "../lib/secrets";

/**
 * The local outbox keeps what it would have sent, and those bodies hold result and download
 * links: they are stored sealed (AES-GCM under the app secret) so a copy of the database opens
 * nobody's result or PDF. Staff (the outbox view) and the person (their data export) read them
 * through `openOutboxBody`.
 */
export function sealOutboxBody(body: string): string {
  return sealToken(body, "outbox-body");
}

/** Null when the row was sealed under a secret no longer configured (or was never sealed). */
export function openOutboxBody(stored: string | null): string | null {
  return stored === null ? null : openToken(stored, "outbox-body");
}
