import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { orderBySession, paidPathEnv, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";

/**
 * The money path as a live deployment runs it (issue 14, items 1, 5, 12, 15): NODE_ENV=production,
 * a live key, and a Stripe fake in live mode, so `livemode: false` events are foreign here.
 */
const ADMIN = { email: "admin@example.com", password: "admin-password-0123" };
let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;

// Fixed, as a deployment's is: Stripe's return URLs (part of the idempotent request) outlive a restart.
const APP_URL = "https://careerpivot.example";
const appEnv = () => ({
  DATABASE_URL: t.url,
  NODE_ENV: "production",
  APP_URL,
  ...paidPathEnv(stripe.url, resend.url, {
    STRIPE_SECRET_KEY: "sk_live_fake123",
    STAFF_EMAIL: ADMIN.email,
    STAFF_PASSWORD: ADMIN.password,
  }),
});

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe({ livemode: true });
  resend = await startFakeResend();
  app = await startAppServer(appEnv());
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

let buyers = 0;
async function buyer() {
  const email = `safety${++buyers}@example.com`;
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  const order = (await orderBySession(t.sql, sessionId))!;
  return { client, token, sessionId, email, orderId: order.id };
}

async function send(type: string, object: object, options: { livemode?: boolean } = {}) {
  const { body, signature } = stripe.signedDelivery(stripe.event(type, object, options), WEBHOOK_SECRET);
  const res = await postWebhook(app.url, body, signature);
  return { status: res.status, body: (await res.json()) as { outcome?: string } };
}

const auditOf = (orderId: string) =>
  t.sql<
    { action: string; detail: Record<string, unknown> }[]
  >`select action, detail from order_events where order_id = ${orderId} order by id`;
const emailsTo = (to: string) => resend.emails.filter((e) => e.to.includes(to));
const ordersOfResult = async (token: string) =>
  t.sql<{ id: string; stripeSessionId: string | null }[]>`
    select o.id, o.stripe_session_id as "stripeSessionId" from orders o
    join assessment_results r on r.id = o.result_id
    where r.token_hash = encode(sha256(convert_to(${token}, 'UTF8')), 'hex')`;

/** True if nobody holds this advisory lock: the test takes it for an instant and lets go. */
async function lockIsFree(key: string, fn: "hashtext" | "hashtextextended"): Promise<boolean> {
  const expr = fn === "hashtext" ? t.sql`hashtext(${key})` : t.sql`hashtextextended(${key}, 0)`;
  return t.sql.begin(async (tx) => {
    const [row] = await tx<{ free: boolean }[]>`select pg_try_advisory_xact_lock(${expr}) as free`;
    return row!.free;
  });
}

async function signInAdmin(): Promise<FormClient> {
  const client = new FormClient(app.url);
  const res = await client.post("/staff/login", ADMIN);
  expect(res.status).toBe(303);
  return client;
}

describe("production never sells through the simulator (item 1)", () => {
  it("checkout goes to Stripe, and the simulator's page and actions answer 404 even for a session that exists", async () => {
    const { sessionId, orderId } = await buyer();
    expect(sessionId).toMatch(/^cs_live_/);
    const simulated = "cs_test_sim_AAAAAAAAAAAAAAAAAAAAAAAA";
    await t.sql`
      insert into simulated_checkout_sessions (id, order_id, idempotency_key, amount, currency, product_name, success_url, cancel_url, expires_at)
      values (${simulated}, ${orderId}, ${`checkout:${orderId}:sim`}, 4900, 'gbp', 'Blueprint', 'http://x/s', 'http://x/c', now() + interval '1 day')`;
    const stranger = new FormClient(app.url);
    expect((await stranger.get(`/checkout/simulator/${simulated}`)).status).toBe(404);
    const pay = await stranger.post(`/checkout/simulator/${simulated}`, { intent: "pay", email: "free@example.com" });
    expect(pay.status).toBe(404);
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("pending");
    expect((await t.sql`select count(*)::int as n from stripe_events`)[0]!.n).toBe(0);
  });

  it("a test-mode event is recorded, answered 200 and never applied; the live one fulfils", async () => {
    const { sessionId, email } = await buyer();
    const paid = stripe.complete(sessionId, { email });
    const test = await send("checkout.session.completed", paid, { livemode: false });
    expect(test).toEqual({ status: 200, body: { received: true, outcome: "ignored: test-mode event in live mode" } });
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("pending");
    const [recorded] = await t.sql`select outcome, order_id from stripe_events where outcome like 'ignored: test-mode%'`;
    expect(recorded).toMatchObject({ order_id: null });

    expect((await send("checkout.session.completed", paid)).body.outcome).toBe("order paid");
    await waitForStatus(t.sql, sessionId, "delivered");
  });
});

describe("a session that does not pay for its order is held, not fulfilled (items 1, 15)", () => {
  it("a 100 % code (0, no payment required) stays pending with one audit row staff see, and the buyer is told", async () => {
    const { sessionId, email, orderId } = await buyer();
    const free = stripe.complete(sessionId, { email, amountTotal: 0 });
    expect(free.payment_status).toBe("no_payment_required");
    expect((await send("checkout.session.completed", free)).body.outcome).toBe("held: amount mismatch");
    // The same facts again (another event id) and the success page: still held, one audit row.
    expect((await send("checkout.session.async_payment_succeeded", free)).body.outcome).toBe("held: amount mismatch");
    const page = await fetch(`${app.url}/checkout/success?session_id=${sessionId}`);
    expect(await page.text()).toContain("We are checking your payment");
    expect(stripe.retrievesOf(sessionId)).toBe(0);

    const order = (await orderBySession(t.sql, sessionId))!;
    expect(order.status).toBe("pending");
    expect(order.lastError).toBe("Payment held for checking: Stripe's session totals £0.00, the order is for £49.00.");
    const holds = (await auditOf(orderId)).filter((e) => e.action === "payment_mismatch");
    expect(holds).toHaveLength(1);
    expect(holds[0]!.detail).toMatchObject({ reason: "amount", amountTotal: 0, sessionId });
    expect(emailsTo(email)).toHaveLength(0);
    const staffPage = await (await (await signInAdmin()).get(`/staff/orders/${orderId}`)).text();
    expect(staffPage).toContain("Payment held for checking");
    expect(staffPage).toContain("payment_mismatch");
  });

  it("a lower amount, paid, and a session in another currency are held too", async () => {
    const discounted = await buyer();
    const lower = stripe.complete(discounted.sessionId, { email: discounted.email, amountTotal: 2450 });
    expect((await send("checkout.session.completed", lower)).body.outcome).toBe("held: amount mismatch");

    const dollars = await buyer();
    const usd = stripe.complete(dollars.sessionId, { email: dollars.email, currency: "usd" });
    expect((await send("checkout.session.completed", usd)).body.outcome).toBe("held: currency mismatch");
    // The late-webhook path (the success page retrieving the session) holds it the same way.
    const viaPage = await buyer();
    stripe.complete(viaPage.sessionId, { email: viaPage.email, currency: "eur" });
    expect(await (await fetch(`${app.url}/checkout/success?session_id=${viaPage.sessionId}`)).text()).toContain(
      "We are checking your payment",
    );

    for (const b of [discounted, dollars, viaPage]) {
      expect((await orderBySession(t.sql, b.sessionId))?.status).toBe("pending");
      expect(emailsTo(b.email)).toHaveLength(0);
    }
    expect((await orderBySession(t.sql, dollars.sessionId))?.lastError).toContain("US$49.00");
  });

  it("a session that names another order (metadata) fulfils neither", async () => {
    const a = await buyer();
    const b = await buyer();
    const paidB = stripe.complete(b.sessionId, { email: b.email });
    const pointsAtA = { ...paidB, metadata: { order_id: a.orderId }, client_reference_id: a.orderId };
    expect((await send("checkout.session.completed", pointsAtA)).body.outcome).toBe("session mismatch");
    const disagreeing = { ...paidB, metadata: { order_id: a.orderId } };
    expect((await send("checkout.session.completed", disagreeing)).body.outcome).toBe("unmatched");
    expect((await orderBySession(t.sql, a.sessionId))?.status).toBe("pending");
    expect((await orderBySession(t.sql, b.sessionId))?.status).toBe("pending");
  });
});

describe("a shared result link does not reveal the buyer (item 5)", () => {
  it("a paid result answers 'already purchased' to anyone, without session id, email or download link", async () => {
    const { client, token, sessionId, email } = await buyer();
    await send("checkout.session.completed", stripe.complete(sessionId, { email }));
    await waitForStatus(t.sql, sessionId, "delivered");
    for (const who of [new FormClient(app.url), client]) {
      const res = await who.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
      expect(res.status).toBe(409);
      expect(res.headers.get("location")).toBeNull();
      const body = await res.text();
      expect(body).toContain("already been purchased");
      expect(body).toContain("check your email");
      expect(body).not.toContain(sessionId);
      expect(body).not.toContain(email);
      expect(body).not.toContain("/blueprints/");
    }
  });

  it("Stripe's cancel_url carries an opaque order id; only the browser that started checkout is led back to the result", async () => {
    const first = await buyer();
    const cancelUrl = stripe.sessions.get(first.sessionId)!.cancel_url!;
    expect(cancelUrl).toBe(`${APP_URL}/checkout/cancelled?order=${first.orderId}`);
    expect(cancelUrl).not.toContain(first.token);
    for (const session of stripe.sessions.values()) expect(JSON.stringify(session)).not.toContain("/results/");

    const path = `/checkout/cancelled?order=${first.orderId}`;
    const back = await first.client.get(path);
    expect(back.status).toBe(303);
    expect(back.headers.get("location")).toBe(`/results/${first.token}?checkout=cancelled`);

    const stranger = await new FormClient(app.url).get(path);
    expect(stranger.status).toBe(200);
    const page = await stranger.text();
    expect(page).toContain("You have not been charged");
    expect(page).not.toContain("/results/");
    // Another buyer's cookie does not open this order's result, nor send them to their own.
    const other = await buyer();
    const crossed = await other.client.get(path);
    expect(crossed.status).toBe(200);
    expect(await crossed.text()).not.toContain("/results/");
  });
});

describe("the success page does not call Stripe on every GET (item 12)", () => {
  it("many GETs of a pending order cause at most one retrieve per interval, and a payment is still confirmed", async () => {
    const { sessionId } = await buyer();
    const started = Date.now();
    for (let i = 0; i < 25; i++) expect((await fetch(`${app.url}/checkout/success?session_id=${sessionId}`)).status).toBe(200);
    await Promise.all(Array.from({ length: 10 }, () => fetch(`${app.url}/checkout/success?session_id=${sessionId}`)));
    const intervals = Math.ceil((Date.now() - started) / 5_000);
    expect(stripe.retrievesOf(sessionId)).toBeGreaterThanOrEqual(1);
    expect(stripe.retrievesOf(sessionId)).toBeLessThanOrEqual(1 + intervals);

    stripe.complete(sessionId);
    const deadline = Date.now() + 30_000;
    while ((await orderBySession(t.sql, sessionId))?.status === "pending" && Date.now() < deadline) {
      await fetch(`${app.url}/checkout/success?session_id=${sessionId}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await orderBySession(t.sql, sessionId))?.status).not.toBe("pending");
  });
});

describe("no database transaction waits on Stripe (item 15)", () => {
  it("checkout: while Stripe answers, the result's lock is free; two clicks at once make one order and one session", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { email: `concurrent${++buyers}@example.com` });
    const [result] = await t.sql<
      { id: string }[]
    >`select id from assessment_results where token_hash = encode(sha256(convert_to(${token}, 'UTF8')), 'hex')`;
    const held = stripe.hold("POST", "/v1/checkout/sessions");
    const first = client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    await held.arrived;
    expect(await lockIsFree(`checkout:${result!.id}`, "hashtextextended")).toBe(true);
    // The second click reaches Stripe while the first is still waiting there: same order, same key.
    const second = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    held.release();
    const firstRes = await first;
    expect([firstRes.status, second.status]).toEqual([303, 303]);
    expect(firstRes.headers.get("location")).toBe(second.headers.get("location"));

    const orders = await ordersOfResult(token);
    expect(orders).toHaveLength(1);
    const sessions = [...stripe.sessions.values()].filter((s) => s.metadata.order_id === orders[0]!.id);
    expect(sessions).toHaveLength(1);
    expect(orders[0]!.stripeSessionId).toBe(sessions[0]!.id);
    expect((await auditOf(orders[0]!.id)).filter((e) => e.action === "checkout_started")).toHaveLength(1);
  });

  it("checkout: after Stripe fails, the next press takes up the same order", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { email: `retry${++buyers}@example.com` });
    stripe.failNext(3, 500);
    expect((await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" })).status).toBe(503);
    stripe.failNext(0);
    const [unrecorded] = await ordersOfResult(token);
    expect(unrecorded?.stripeSessionId).toBeNull();
    const sessionId = await startCheckout(client, token);
    const orders = await ordersOfResult(token);
    expect(orders).toEqual([{ id: unrecorded!.id, stripeSessionId: sessionId }]);
  });

  it("checkout: a key Stripe already used with other parameters (e.g. APP_URL changed) drops the unrecorded order; the next press starts afresh", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { email: `conflict${++buyers}@example.com` });
    stripe.failNext(3, 500);
    expect((await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" })).status).toBe(503);
    stripe.failNext(0);
    const [unrecorded] = await ordersOfResult(token);
    const other = new Stripe("sk_live_fake123", { ...stripe.sdkOptions, maxNetworkRetries: 0 });
    await other.checkout.sessions.create(
      {
        mode: "payment",
        line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 4900, product_data: { name: "Old" } } }],
        success_url: "https://old.example/s",
        cancel_url: "https://old.example/c",
      },
      { idempotencyKey: `checkout:${unrecorded!.id}` },
    );
    expect((await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" })).status).toBe(503);
    expect(await ordersOfResult(token)).toEqual([]);
    const sessionId = await startCheckout(client, token);
    const [fresh] = await ordersOfResult(token);
    expect(fresh).toEqual({ id: expect.not.stringMatching(unrecorded!.id), stripeSessionId: sessionId });
  });

  it("refund: the provider is called with no lock held; the audit shows one claim and one request; a partial refund keeps the download", async () => {
    const { sessionId, email, orderId } = await buyer();
    await send("checkout.session.completed", stripe.complete(sessionId, { email }));
    await waitForStatus(t.sql, sessionId, "delivered");
    const link = /\/blueprints\/[A-Za-z0-9_-]{32}/.exec(emailsTo(email).find((e) => e.attachments.length > 0)!.text)![0];

    // A partial refund (made in Stripe's dashboard): noted for staff, the order stays delivered.
    const partial = await send("charge.refunded", stripe.refundCharge(sessionId, 1000));
    expect(partial.body.outcome).toBe("partial refund noted");
    expect((await orderBySession(t.sql, sessionId))?.status).toBe("delivered");
    const noted = (await auditOf(orderId)).filter((e) => e.action === "partial_refund");
    expect(noted).toHaveLength(1);
    expect(noted[0]!.detail).toMatchObject({ amount: 4900, amountRefunded: 1000, note: "Partial refund of £10.00 of £49.00" });
    expect((await fetch(`${app.url}${link}`)).status).toBe(200);

    const admin = await signInAdmin();
    const held = stripe.hold("POST", "/v1/refunds");
    const pressed = admin.post(`/staff/orders/${orderId}`, { action: "refund", confirm: "yes" });
    await held.arrived;
    expect(await lockIsFree(`refund:${orderId}`, "hashtext")).toBe(true);
    held.release();
    expect((await pressed).status).toBe(200);
    const again = await admin.post(`/staff/orders/${orderId}`, { action: "refund", confirm: "yes" });
    expect(await again.text()).toContain("already requested");
    expect(stripe.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(1);
    const actions = (await auditOf(orderId)).map((e) => e.action);
    expect(actions.filter((a) => a === "refund_started")).toHaveLength(1);
    expect(actions.filter((a) => a === "refund_requested")).toHaveLength(1);

    await send("charge.refunded", stripe.chargeFor(sessionId));
    await waitForStatus(t.sql, sessionId, "refunded");
    expect((await fetch(`${app.url}${link}`)).status).toBe(410);
  });

  it("checkout converges when the process dies while Stripe creates the session: the restarted app gets the same session back", async () => {
    const { token } = await completeAssessment(app.url, t.db, { email: `crash${++buyers}@example.com` });
    const held = stripe.hold("POST", "/v1/checkout/sessions");
    const doomed = new FormClient(app.url).post(`/results/${token}`, { intent: "checkout", consent: "yes" }).catch(() => null);
    await held.arrived;
    await app.kill();
    await doomed;
    held.release();
    // The fake made the session for a caller that is gone: only its idempotency key remembers it.
    const deadline = Date.now() + 10_000;
    const [orphan] = await ordersOfResult(token);
    let made = [...stripe.sessions.values()].filter((s) => s.metadata.order_id === orphan!.id);
    while (made.length === 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      made = [...stripe.sessions.values()].filter((s) => s.metadata.order_id === orphan!.id);
    }
    expect(made).toHaveLength(1);
    expect(orphan!.stripeSessionId).toBeNull();

    app = await startAppServer(appEnv());
    const sessionId = await startCheckout(new FormClient(app.url), token);
    expect(sessionId).toBe(made[0]!.id);
    expect(await ordersOfResult(token)).toEqual([{ id: orphan!.id, stripeSessionId: sessionId }]);
    expect([...stripe.sessions.values()].filter((s) => s.metadata.order_id === orphan!.id)).toHaveLength(1);
  });
});
