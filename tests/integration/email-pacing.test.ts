import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSql } from "../../db/client";
import { reserveSendSlot, sendIntervalMs } from "../../emails/pacing";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { paidPathEnv, postWebhook, startCheckout, WEBHOOK_SECRET } from "../support/paid-path";

/**
 * Issue 18 item 6: a burst of orders against a provider that enforces Resend's team limit
 * (2 requests/s, 429 + retry-after beyond). Before pacing, 429s failed jobs: retries were used up
 * and orders ended `failed`.
 */
let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  resend.enforceRateLimit(2);
  // Two retries at most: without pacing a burst of 20 exhausts them within seconds.
  app = await startAppServer({
    DATABASE_URL: t.url,
    ...paidPathEnv(stripe.url, resend.url, {
      EMAIL_RATE_PER_SECOND: "2",
      JOB_RETRY_LIMIT: "2",
      JOB_RETRY_DELAY_SECONDS: "1",
      JOB_EXPIRE_SECONDS: "120",
    }),
  });
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

describe("the shared send slot", () => {
  it("spaces slots reserved from separate connections (processes) by the interval", async () => {
    const a = createSql(t.url, { max: 4 });
    const b = createSql(t.url, { max: 4 });
    try {
      const interval = sendIntervalMs(2);
      await t.sql`delete from email_pacing`;
      const started = Date.now();
      const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => reserveSendSlot(i % 2 ? a : b, interval)));
      const elapsed = Date.now() - started;
      // Twenty reservations hold twenty consecutive slots, whichever connection took them: the last
      // waits nineteen intervals (less the time the reservations took), none waits longer.
      expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThanOrEqual(19 * interval - elapsed);
      expect(Math.max(...waits)).toBeLessThan(20 * interval);
      const [row] = await t.sql<
        { ahead: number }[]
      >`select extract(epoch from next_at - clock_timestamp())::float8 * 1000 as ahead from email_pacing`;
      expect(row!.ahead).toBeGreaterThan(19 * interval - (Date.now() - started));
    } finally {
      // The slots reserved here were never used: the app's sends need not wait them out.
      await t.sql`delete from email_pacing`;
      await a.end();
      await b.end();
    }
  });
});

describe("a burst within the provider's limit", () => {
  it("delivers every order of a 20-order burst with no job attempt used up by a 429", async () => {
    const buyers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const email = `burst${i}@example.com`;
        const { client, token } = await completeAssessment(app.url, t.db, { email });
        return { email, sessionId: await startCheckout(client, token) };
      }),
    );
    // Someone else on the team (another key, another app) also takes from the allowance now and then.
    resend.failNext(3, 429);
    await Promise.all(
      buyers.map(async (b) => {
        const { body, signature } = stripe.signedDelivery(
          stripe.event("checkout.session.completed", stripe.complete(b.sessionId, { email: b.email })),
          WEBHOOK_SECRET,
        );
        expect((await postWebhook(app.url, body, signature)).status).toBe(200);
      }),
    );

    const deadline = Date.now() + 240_000;
    const settled = async () =>
      (
        await t.sql<{ delivered: number; failed: number }[]>`
        select count(*) filter (where status = 'delivered')::int as delivered, count(*) filter (where status = 'failed')::int as failed from orders`
      )[0]!;
    let state = await settled();
    while (state.delivered + state.failed < buyers.length && state.failed === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      state = await settled();
    }
    expect(state).toEqual({ delivered: 20, failed: 0 });
    while (resend.emails.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(resend.emails).toHaveLength(40);

    const [jobs] = await t.sql<{ retried: number; failed: number; total: number }[]>`
      select count(*) filter (where retry_count > 0)::int as retried, count(*) filter (where state = 'failed')::int as failed, count(*)::int as total
      from pgboss.job where name in ('email-confirmation', 'email-delivery')`;
    expect(jobs).toEqual({ retried: 0, failed: 0, total: 40 });
    // Every email was tried once; the 429s were waited out inside that one attempt.
    const [rows] = await t.sql<
      { max: number; sent: number }[]
    >`select max(attempts)::int as max, count(*) filter (where status = 'sent')::int as sent from emails`;
    expect(rows).toEqual({ max: 1, sent: 40 });
  }, 300_000);
});
