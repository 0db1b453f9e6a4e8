import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { orderBySession, paidPathEnv, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";

let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  // Two attempts per step, one second apart, so running out of retries takes seconds.
  app = await startAppServer({
    DATABASE_URL: t.url,
    ...paidPathEnv(stripe.url, resend.url, { JOB_RETRY_LIMIT: "1", JOB_RETRY_DELAY_SECONDS: "1" }),
  });
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

it("puts the order in failed, keeping the error, when the email provider never recovers", async () => {
  const email = "unlucky@example.com";
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  resend.failNext(1000, 500);
  const { body, signature } = stripe.signedDelivery(
    stripe.event("checkout.session.completed", stripe.complete(sessionId, { email })),
    WEBHOOK_SECRET,
  );
  expect((await postWebhook(app.url, body, signature)).status).toBe(200);

  await waitForStatus(t.sql, sessionId, "failed", 60_000);
  const order = await orderBySession(t.sql, sessionId);
  expect(order?.lastError).toMatch(/Resend refused the delivery email/);
  const [audit] = await t.sql`select actor, detail from order_events where order_id = ${order!.id} and to_status = 'failed'`;
  expect(audit).toMatchObject({ actor: "worker" });
  expect(resend.emails).toHaveLength(0);
  // The PDF was made and kept: staff can retry the send without rendering again.
  expect((await t.sql`select count(*)::int as n from blueprints where order_id = ${order!.id}`)[0]!.n).toBe(1);
  const [row] = await t.sql`select status, attempts, last_error from emails where order_id = ${order!.id} and kind = 'delivery'`;
  expect(row).toMatchObject({ status: "sending", attempts: 2 });
});
