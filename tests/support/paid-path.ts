import { PDFDocument } from "pdf-lib";
import type { Sql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import type { FormClient } from "./browserless";

export const WEBHOOK_SECRET = "whsec_testsecret0123456789abcdef";

/** Environment for an app server whose Stripe and Resend are the local HTTP fakes. */
export function paidPathEnv(stripeUrl: string, resendUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: "sk_test_fake123",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: stripeUrl,
    RESEND_API_KEY: "re_fake123",
    RESEND_BASE_URL: resendUrl,
    SESSION_SECRET: "integration-test-secret-0123456789abcdef",
    WORKER: "inline",
    JOB_POLL_SECONDS: "0.5",
    JOB_RETRY_DELAY_SECONDS: "1",
    JOB_RETRY_LIMIT: "6",
    JOB_EXPIRE_SECONDS: "30",
    JOB_MAINTENANCE_SECONDS: "1",
    PDF_RENDER_THREADS: "1",
    // These tests create many respondents from one address; abuse limits have their own test.
    RATE_LIMIT_SCALE: "100",
    ...extra,
  };
}

/** Presses "Get your Blueprint" (with consent) and returns the Checkout Session id it redirects to. */
export async function startCheckout(client: FormClient, token: string): Promise<string> {
  const res = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
  if (res.status !== 303) throw new Error(`checkout answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const location = res.headers.get("location")!;
  const id = /(cs_[A-Za-z0-9_]+)/.exec(location)?.[1];
  if (!id) throw new Error(`checkout redirected to ${location}`);
  return id;
}

export async function postWebhook(baseUrl: string, body: string, signature: string | null): Promise<Response> {
  return fetch(`${baseUrl}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
    body,
  });
}

export async function orderBySession(sql: Sql, sessionId: string) {
  const [o] = await sql<{ id: string; status: OrderStatus; email: string | null; lastError: string | null }[]>`
    select id, status, email, last_error as "lastError" from orders where stripe_session_id = ${sessionId}`;
  return o;
}

/** Polls until the order reaches `status` (or a final state that is not it, which fails fast). */
export async function waitForStatus(sql: Sql, sessionId: string, status: OrderStatus, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  while (Date.now() < deadline) {
    const o = await orderBySession(sql, sessionId);
    last = o?.status;
    if (last === status) return;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`order for ${sessionId} is ${last}, expected ${status}`);
}

export async function pdfPageCount(pdf: Buffer | Uint8Array): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}
