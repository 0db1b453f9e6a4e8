import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { orderBySession, paidPathEnv, pdfPageCount, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";
import { waitForOrderJobsToDrain, waitUntil } from "../support/wait";

let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  app = await startAppServer({ DATABASE_URL: t.url, ...paidPathEnv(stripe.url, resend.url) });
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

let buyers = 0;
/** A new respondent who has pressed "Get your Blueprint": their result token and session id. */
async function buyer(email = `buyer${++buyers}@example.com`) {
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  return { client, token, sessionId, email };
}

async function send(type: string, object: object, opts: { id?: string; secret?: string; timestamp?: number } = {}) {
  const event = stripe.event(type, object, opts.id ? { id: opts.id } : {});
  const { body, signature } = stripe.signedDelivery(
    event,
    opts.secret ?? WEBHOOK_SECRET,
    opts.timestamp ? { timestamp: opts.timestamp } : {},
  );
  const res = await postWebhook(app.url, body, signature);
  return { res, event, body, signature };
}

const emailsTo = (to: string, kind?: "confirmation" | "delivery") =>
  resend.emails.filter(
    (e) => e.to.includes(to) && (!kind || (kind === "delivery" ? e.attachments.length > 0 : e.attachments.length === 0)),
  );

const count = async (table: "orders" | "stripe_events" | "emails" | "blueprints") =>
  Number((await t.sql.unsafe(`select count(*)::int as n from ${table}`))[0]!.n);

describe("checkout", () => {
  it("creates a pending order and a GBP 4900 Checkout Session, and a second press reuses it", async () => {
    const { client, token, sessionId, email } = await buyer();
    const session = stripe.sessions.get(sessionId)!;
    expect(session.amount_total).toBe(4900);
    expect(session.currency).toBe("gbp");
    expect(session.mode).toBe("payment");
    // No promotion codes: a discounted session would not match the order (held, see payment-safety.test.ts).
    expect(session.allow_promotion_codes).toBe(false);
    expect(session.customer_email).toBe(email);
    expect(session.success_url).toMatch(/^http:\/\/localhost:\d+\/checkout\/success\?session_id=\{CHECKOUT_SESSION_ID\}$/);
    const order = await orderBySession(t.sql, sessionId);
    // Stripe is a third party: it gets an opaque order id, never the result link.
    expect(session.cancel_url).toMatch(new RegExp(`^http://localhost:\\d+/checkout/cancelled\\?order=${order!.id}$`));
    expect(session.cancel_url).not.toContain(token);
    expect(order?.status).toBe("pending");
    expect(session.client_reference_id).toBe(order!.id);
    expect(session.metadata).toMatchObject({ order_id: order!.id });
    const creates = stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");
    expect(creates.at(-1)?.idempotencyKey).toBe(`checkout:${order!.id}`);

    expect(await startCheckout(client, token)).toBe(sessionId);
    expect(
      (await t.sql`select count(*)::int as n from orders where result_id = (select result_id from orders where id = ${order!.id})`)[0]!.n,
    ).toBe(1);
  });

  it("refuses without the immediate-delivery consent, with a message, and writes nothing", async () => {
    const { client, token } = await completeAssessment(app.url, t.db);
    const before = await count("orders");
    const res = await client.post(`/results/${token}`, { intent: "checkout" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("tick the box");
    expect(await count("orders")).toBe(before);
  });

  it("shows a clear message when Stripe is failing; the order it leaves has no session and the next press completes it", async () => {
    const { client, token } = await completeAssessment(app.url, t.db);
    const before = await count("orders");
    stripe.failNext(5, 500);
    const res = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    stripe.failNext(0);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("could not reach our payment provider");
    expect((await t.sql`select count(*)::int as n from orders where stripe_session_id is not null`)[0]!.n).toBe(before);
    const sessionId = await startCheckout(client, token);
    expect(await count("orders")).toBe(before + 1);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("pending");
  });
});

describe("happy path", () => {
  it("checkout → webhook → a 15-page PDF emailed to the buyer, downloadable", async () => {
    const { sessionId, email } = await buyer();
    const paid = stripe.complete(sessionId, { email });
    const { res } = await send("checkout.session.completed", paid);
    expect(res.status).toBe(200);
    await waitForStatus(t.sql, sessionId, "delivered");

    const confirmation = emailsTo(email, "confirmation");
    const delivery = emailsTo(email, "delivery");
    expect(confirmation).toHaveLength(1);
    expect(delivery).toHaveLength(1);
    expect(confirmation[0]!.text).toContain("/results/");
    const pdf = delivery[0]!.attachments[0]!;
    expect(pdf.filename).toMatch(/\.pdf$/);
    expect(await pdfPageCount(pdf.content)).toBe(15);
    expect(delivery[0]!.idempotencyKey).toMatch(/^order-.+-delivery-v1$/);

    const link = /\/blueprints\/([A-Za-z0-9_-]{32})/.exec(delivery[0]!.text)![0];
    const download = await fetch(`${app.url}${link}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf.content)).toBe(true);

    const page = await (await fetch(`${app.url}/checkout/success?session_id=${sessionId}`)).text();
    expect(page).toContain("delivered");
    const [blueprint] =
      await t.sql`select page_count, byte_size, sha256, render_ms from blueprints b join orders o on o.id = b.order_id where o.stripe_session_id = ${sessionId}`;
    expect(blueprint).toMatchObject({ page_count: 15, byte_size: pdf.content.length });
    expect(blueprint!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("confirms payment from the success page when the webhook is late", async () => {
    const { sessionId, email } = await buyer();
    stripe.complete(sessionId, { email });
    const page = await fetch(`${app.url}/checkout/success?session_id=${sessionId}`);
    expect(page.status).toBe(200);
    expect((await orderBySession(t.sql, sessionId))?.status).not.toBe("pending");
    await waitForStatus(t.sql, sessionId, "delivered");
    // The webhook arriving afterwards changes nothing.
    await send("checkout.session.completed", stripe.sessions.get(sessionId)!);
    expect(emailsTo(email, "delivery")).toHaveLength(1);
  });

  it("answers unknown or malformed session ids with 4xx", async () => {
    expect((await fetch(`${app.url}/checkout/success`)).status).toBe(400);
    expect((await fetch(`${app.url}/checkout/success?session_id=cs_test_doesnotexist000`)).status).toBe(404);
    expect((await fetch(`${app.url}/checkout/success?session_id=%27%3Bdrop`)).status).toBe(404);
    expect((await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
  });
});

describe("a role taken off sale while its buyer is paying", () => {
  it("still takes the payment, but holds the Blueprint for review instead of sending it", async () => {
    const { sessionId, email } = await buyer();
    // The buyer is on the payment page when an editor switches the role off (the staff switch itself: blueprint-sale.test.ts).
    await t.sql`update occupations set blueprint_on_sale = false where slug = 'backend-developer'`;
    try {
      await send("checkout.session.completed", stripe.complete(sessionId, { email }));
      await waitForStatus(t.sql, sessionId, "awaiting_review");
      const order = (await orderBySession(t.sql, sessionId))!;
      const [rendered] = await t.sql<{ detail: Record<string, unknown> }[]>`
        select detail from order_events where order_id = ${order.id} and action = 'rendered'`;
      expect(rendered!.detail).toMatchObject({ heldForReview: "The role was taken off sale after this buyer's checkout began." });
      expect(emailsTo(email, "confirmation")).toHaveLength(1);
      expect(emailsTo(email, "delivery")).toHaveLength(0);
    } finally {
      await t.sql`update occupations set blueprint_on_sale = true where slug = 'backend-developer'`;
    }
  });
});

describe("repeated and interleaved events", () => {
  it("delivers each order once when each event arrives ten times, interleaved", async () => {
    const orders = await Promise.all([buyer(), buyer(), buyer()]);
    const events = orders.map((o) => stripe.event("checkout.session.completed", stripe.complete(o.sessionId, { email: o.email })));
    const deliveries = events.flatMap((e) => Array.from({ length: 10 }, () => e)).sort(() => Math.random() - 0.5);
    const replies = await Promise.all(
      deliveries.map((e) => {
        const { body, signature } = stripe.signedDelivery(e, WEBHOOK_SECRET);
        return postWebhook(app.url, body, signature);
      }),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    for (const o of orders) await waitForStatus(t.sql, o.sessionId, "delivered");
    // No duplicate left to send anything: every job of these orders has finished.
    for (const o of orders) await waitForOrderJobsToDrain(t.sql, (await orderBySession(t.sql, o.sessionId))!.id);
    for (const o of orders) {
      expect(emailsTo(o.email, "delivery")).toHaveLength(1);
      expect(emailsTo(o.email, "confirmation")).toHaveLength(1);
    }
    const recorded = await t.sql`select count(*)::int as n from stripe_events where id in ${t.sql(events.map((e) => e.id))}`;
    expect(recorded[0]!.n).toBe(3);
  });
});

describe("events out of order", () => {
  it("ignores checkout.session.expired after completed", async () => {
    const { sessionId, email } = await buyer();
    const paid = stripe.complete(sessionId, { email });
    await send("checkout.session.completed", paid);
    await send("checkout.session.expired", { ...paid, status: "expired" });
    await waitForStatus(t.sql, sessionId, "delivered");
    expect(emailsTo(email, "delivery")).toHaveLength(1);
  });

  it("a refund that overtakes the payment event wins: nothing is fulfilled and the download is revoked", async () => {
    const { sessionId, email } = await buyer();
    const paid = stripe.complete(sessionId, { email });
    const refundedCharge = stripe.refundCharge(sessionId);
    const refund = await send("charge.refunded", { ...refundedCharge, metadata: {} });
    expect(refund.res.status).toBe(200);
    await send("checkout.session.completed", paid);
    await waitForStatus(t.sql, sessionId, "refunded");
    await waitForOrderJobsToDrain(t.sql, (await orderBySession(t.sql, sessionId))!.id);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("refunded");
    expect(emailsTo(email)).toHaveLength(0);
  });

  it("a refund after delivery revokes the download link (410)", async () => {
    const { sessionId, email } = await buyer();
    await send("checkout.session.completed", stripe.complete(sessionId, { email }));
    await waitForStatus(t.sql, sessionId, "delivered");
    const link = /\/blueprints\/[A-Za-z0-9_-]{32}/.exec(emailsTo(email, "delivery")[0]!.text)![0];
    expect((await fetch(`${app.url}${link}`)).status).toBe(200);
    await send("charge.refunded", stripe.refundCharge(sessionId));
    await waitForStatus(t.sql, sessionId, "refunded");
    expect((await fetch(`${app.url}${link}`)).status).toBe(410);
  });

  it("an asynchronous payment: pending, failed, then succeeded after all → delivered once", async () => {
    const { sessionId, email } = await buyer();
    const unpaid = stripe.complete(sessionId, { email, paymentStatus: "unpaid" });
    await send("checkout.session.completed", unpaid);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("pending");
    await send("checkout.session.async_payment_failed", unpaid);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("payment_failed");
    await send("checkout.session.async_payment_succeeded", { ...unpaid, payment_status: "paid" });
    await waitForStatus(t.sql, sessionId, "delivered");
    expect(emailsTo(email, "delivery")).toHaveLength(1);
  });

  it("an expired session with no payment expires its order", async () => {
    const { sessionId } = await buyer();
    await send("checkout.session.expired", { ...stripe.sessions.get(sessionId)!, status: "expired" });
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("expired");
  });
});

describe("signatures", () => {
  it("rejects forged, tampered, stale and missing signatures with 400 and writes nothing", async () => {
    const { sessionId, email } = await buyer();
    const paid = stripe.complete(sessionId, { email });
    const before = await count("stripe_events");
    const event = stripe.event("checkout.session.completed", paid);

    const forged = stripe.signedDelivery(event, "whsec_wrongsecret000000000000");
    expect((await postWebhook(app.url, forged.body, forged.signature)).status).toBe(400);

    const good = stripe.signedDelivery(event, WEBHOOK_SECRET);
    const tampered = good.body.replace(email, "attacker@example.com");
    expect(tampered).not.toBe(good.body);
    expect((await postWebhook(app.url, tampered, good.signature)).status).toBe(400);

    const stale = stripe.signedDelivery(event, WEBHOOK_SECRET, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect((await postWebhook(app.url, stale.body, stale.signature)).status).toBe(400);

    expect((await postWebhook(app.url, good.body, null)).status).toBe(400);
    expect((await postWebhook(app.url, "not json", "t=1,v1=abc")).status).toBe(400);

    expect(await count("stripe_events")).toBe(before);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("pending");
  });
});

describe("email provider failures", () => {
  it("retries through Resend answering 500 and 429, and delivers once", async () => {
    const { sessionId, email } = await buyer();
    const requestsBefore = resend.requests;
    resend.failNext(2, 500);
    await send("checkout.session.completed", stripe.complete(sessionId, { email }));
    await waitUntil("two requests to the failing Resend", () => resend.requests - requestsBefore >= 2, { intervalMs: 50 });
    resend.failNext(2, 429);
    await waitForStatus(t.sql, sessionId, "delivered", 60_000);
    // The confirmation retries on its own schedule: it may still be backing off when the order is delivered.
    await waitForOrderJobsToDrain(t.sql, (await orderBySession(t.sql, sessionId))!.id);
    // Two 500s, two 429s, then one accepted confirmation and one accepted delivery.
    expect(resend.requests - requestsBefore).toBeGreaterThanOrEqual(6);
    expect(emailsTo(email, "delivery")).toHaveLength(1);
    expect(emailsTo(email, "confirmation")).toHaveLength(1);
  });
});
