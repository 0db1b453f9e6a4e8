import { randomBytes } from "node:crypto";
import { Resend } from "resend";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "./resend";
import { startFakeStripe, type FakeStripe } from "./stripe";

/** Both fakes driven through the real SDKs, so a change in what an SDK sends shows up here. */

describe("fake Stripe through the stripe SDK", () => {
  let fake: FakeStripe;
  let stripe: Stripe;
  const secret = "whsec_test_fake_secret";

  beforeAll(async () => {
    fake = await startFakeStripe();
    // No SDK retries, so every injected failure reaches the test; one test below turns them back on.
    stripe = new Stripe("sk_test_fake", { ...fake.sdkOptions, maxNetworkRetries: 0 });
  });
  afterAll(() => fake.close());

  const sessionParams = (orderId: string): Stripe.Checkout.SessionCreateParams => ({
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "gbp", unit_amount: 4900, product_data: { name: "Career Pivot Blueprint" } } }],
    client_reference_id: orderId,
    metadata: { order_id: orderId },
    payment_intent_data: { metadata: { order_id: orderId } },
    customer_email: "buyer@example.test",
    allow_promotion_codes: true,
    success_url: "http://localhost:3000/checkout/success?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://localhost:3000/results/tok",
  });

  it("rejects a request without a test secret key", async () => {
    const live = new Stripe("sk_live_nope", { ...fake.sdkOptions, maxNetworkRetries: 0 });
    await expect(live.checkout.sessions.retrieve("cs_test_x")).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("creates a session once per idempotency key and refuses a reused key with other params", async () => {
    const first = await stripe.checkout.sessions.create(sessionParams("order_1"), { idempotencyKey: "checkout-order_1" });
    const again = await stripe.checkout.sessions.create(sessionParams("order_1"), { idempotencyKey: "checkout-order_1" });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true");
    expect(first).toMatchObject({
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      amount_total: 4900,
      currency: "gbp",
      client_reference_id: "order_1",
      metadata: { order_id: "order_1" },
      customer_email: "buyer@example.test",
      allow_promotion_codes: true,
      url: `${fake.url}/pay/${first.id}`,
    });
    expect(first.id).toMatch(/^cs_test_/);
    expect(fake.sessions.size).toBe(1);
    expect(fake.lineItems(first.id)).toEqual([{ quantity: 1, currency: "gbp", unitAmount: 4900, name: "Career Pivot Blueprint" }]);
    expect(fake.requests.at(-1)).toMatchObject({ method: "POST", path: "/v1/checkout/sessions", idempotencyKey: "checkout-order_1" });

    const conflict = stripe.checkout.sessions.create(sessionParams("order_2"), { idempotencyKey: "checkout-order_1" });
    await expect(conflict).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it("retrieves a session and answers 404 for an unknown one", async () => {
    const created = await stripe.checkout.sessions.create(sessionParams("order_3"));
    expect((await stripe.checkout.sessions.retrieve(created.id)).id).toBe(created.id);
    const error = await stripe.checkout.sessions.retrieve("cs_test_unknown").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: "resource_missing" });
  });

  it("completes a session, then refunds it once per idempotency key", async () => {
    const created = await stripe.checkout.sessions.create(sessionParams("order_4"));
    const completed = fake.complete(created.id, { email: "paid@example.test" });
    const session = await stripe.checkout.sessions.retrieve(created.id);
    expect(session).toMatchObject({
      status: "complete",
      payment_status: "paid",
      customer_details: { email: "paid@example.test" },
      url: null,
    });
    expect(session.payment_intent).toBe(completed.payment_intent);
    expect(fake.chargeFor(created.id)).toMatchObject({
      amount: 4900,
      refunded: false,
      payment_intent: completed.payment_intent,
      metadata: { order_id: "order_4" },
    });

    const paymentIntent = completed.payment_intent!;
    const refund = await stripe.refunds.create({ payment_intent: paymentIntent }, { idempotencyKey: "refund-order_4" });
    const replay = await stripe.refunds.create({ payment_intent: paymentIntent }, { idempotencyKey: "refund-order_4" });
    expect(replay.id).toBe(refund.id);
    expect(refund).toMatchObject({
      object: "refund",
      amount: 4900,
      status: "succeeded",
      payment_intent: paymentIntent,
      charge: fake.chargeFor(created.id).id,
    });
    expect(fake.chargeFor(created.id)).toMatchObject({ amount_refunded: 4900, refunded: true });
    await expect(stripe.refunds.create({ payment_intent: paymentIntent }, { idempotencyKey: "refund-order_4-b" })).rejects.toMatchObject({
      code: "charge_already_refunded",
    });
  });

  it("builds a charge.refunded event for a refund made elsewhere", async () => {
    const created = await stripe.checkout.sessions.create(sessionParams("order_5"));
    fake.complete(created.id);
    const event = fake.event("charge.refunded", fake.refundCharge(created.id));
    expect(event).toMatchObject({ object: "event", type: "charge.refunded", livemode: false, api_version: Stripe.API_VERSION });
    expect(event.data.object).toMatchObject({ refunded: true, amount_refunded: 4900, metadata: { order_id: "order_5" } });
  });

  it("signs deliveries that the SDK verifies, and only those", async () => {
    const created = await stripe.checkout.sessions.create(sessionParams("order_6"));
    const event = fake.event("checkout.session.completed", fake.complete(created.id), { id: "evt_test_fixed" });
    const { body, signature } = fake.signedDelivery(event, secret);

    const verified = stripe.webhooks.constructEvent(body, signature, secret);
    expect(verified.id).toBe("evt_test_fixed");
    expect(verified.type).toBe("checkout.session.completed");

    const tampered = body.replace('"paid"', '"unpaid"');
    expect(tampered).not.toBe(body);
    expect(() => stripe.webhooks.constructEvent(tampered, signature, secret)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => stripe.webhooks.constructEvent(body, signature, "whsec_other")).toThrow(Stripe.errors.StripeSignatureVerificationError);
    const stale = fake.signedDelivery(event, secret, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(() => stripe.webhooks.constructEvent(stale.body, stale.signature, secret)).toThrow(/tolerance/i);
  });

  it("injects failures: surfaced without retries, absorbed by the SDK's own retry", async () => {
    fake.failNext(1, 500);
    await expect(stripe.checkout.sessions.create(sessionParams("order_7"))).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    fake.failNext(1, 429);
    await expect(stripe.checkout.sessions.create(sessionParams("order_7"))).rejects.toBeInstanceOf(Stripe.errors.StripeRateLimitError);

    fake.failNext(3, 500);
    fake.failNext(0);
    await expect(stripe.checkout.sessions.create(sessionParams("order_7"))).resolves.toMatchObject({ status: "open" });

    const retrying = new Stripe("sk_test_fake", { ...fake.sdkOptions, maxNetworkRetries: 1 });
    const before = fake.requests.length;
    fake.failNext(1, 500);
    const session = await retrying.checkout.sessions.create(sessionParams("order_7"), { idempotencyKey: "checkout-order_7" });
    expect(session.status).toBe("open");
    expect(fake.requests.slice(before).map((r) => [r.status, r.idempotencyKey])).toEqual([
      [500, "checkout-order_7"],
      [200, "checkout-order_7"],
    ]);
  });

  it("serves a hosted page whose Pay button completes the session and redirects like Checkout", async () => {
    const created = await stripe.checkout.sessions.create(sessionParams("order_8"));
    const page = await fetch(created.url!);
    expect(await page.text()).toContain("£49.00");
    const paid = await fetch(created.url!, { method: "POST", redirect: "manual" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`http://localhost:3000/checkout/success?session_id=${created.id}`);
    expect(fake.sessions.get(created.id)).toMatchObject({
      status: "complete",
      payment_status: "paid",
      customer_details: { email: "buyer@example.test" },
    });
  });

  it("can drop connections to look unreachable", async () => {
    fake.setUnreachable(true);
    try {
      await expect(stripe.checkout.sessions.retrieve("cs_test_x")).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    } finally {
      fake.setUnreachable(false);
    }
  });
});

describe("fake Resend through the resend SDK", () => {
  let fake: FakeResend;
  let resend: Resend;
  const previousBaseUrl = process.env.RESEND_BASE_URL;

  beforeAll(async () => {
    fake = await startFakeResend();
    // Read by the Resend constructor, so it must be set before `new Resend()`.
    process.env.RESEND_BASE_URL = fake.url;
    resend = new Resend("re_test_fake");
  });
  afterAll(async () => {
    if (previousBaseUrl === undefined) delete process.env.RESEND_BASE_URL;
    else process.env.RESEND_BASE_URL = previousBaseUrl;
    await fake.close();
  });

  const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(2048)]);
  const message = (subject = "Your Career Pivot Blueprint: Backend Developer (PDF attached)") => ({
    from: "Career Pivot <blueprints@localhost>",
    to: ["buyer@example.test"],
    subject,
    html: "<p>Attached.</p>",
    text: "Attached.",
    attachments: [{ filename: "career-pivot-blueprint.pdf", content: pdf }],
  });

  it("stores one email per idempotency key with the attachment bytes intact", async () => {
    const first = await resend.emails.send(message(), { idempotencyKey: "delivery/order_1/v1" });
    const second = await resend.emails.send(message(), { idempotencyKey: "delivery/order_1/v1" });
    expect(first.error).toBeNull();
    expect(second.data?.id).toBe(first.data?.id);
    expect(fake.emails).toHaveLength(1);
    const [email] = fake.emails;
    expect(email).toMatchObject({
      id: first.data?.id,
      idempotencyKey: "delivery/order_1/v1",
      to: ["buyer@example.test"],
      text: "Attached.",
    });
    expect(email!.attachments[0]!.filename).toBe("career-pivot-blueprint.pdf");
    expect(email!.attachments[0]!.content.equals(pdf)).toBe(true);
  });

  it("refuses a reused idempotency key with a different payload", async () => {
    await resend.emails.send(message("one"), { idempotencyKey: "delivery/order_2/v1" });
    const { error } = await resend.emails.send(message("two"), { idempotencyKey: "delivery/order_2/v1" });
    expect(error).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
  });

  it.each([
    [500, "internal_server_error"],
    [429, "rate_limit_exceeded"],
  ])("returns { error } for injected %i answers, then succeeds", async (status, name) => {
    const storedBefore = fake.emails.length;
    const requestsBefore = fake.requests;
    fake.failNext(2, status);
    for (let i = 0; i < 2; i++) {
      const { data, error } = await resend.emails.send(message(), { idempotencyKey: `retry-${status}` });
      expect(data).toBeNull();
      expect(error).toMatchObject({ statusCode: status, name });
    }
    const { data, error } = await resend.emails.send(message(), { idempotencyKey: `retry-${status}` });
    expect(error).toBeNull();
    expect(data?.id).toEqual(expect.any(String));
    expect(fake.emails).toHaveLength(storedBefore + 1);
    expect(fake.requests).toBe(requestsBefore + 3);
  });

  it("rejects a key that is not a Resend key", async () => {
    const { error } = await new Resend("sk_wrong", { baseUrl: fake.url }).emails.send(message());
    expect(error).toMatchObject({ statusCode: 403, name: "invalid_api_key" });
  });

  it("reports an unreachable server as { error } with no status", async () => {
    fake.setUnreachable(true);
    try {
      const { error } = await resend.emails.send(message());
      expect(error).toMatchObject({ statusCode: null, name: "application_error" });
    } finally {
      fake.setUnreachable(false);
    }
  });
});
