import type { IncomingMessage, ServerResponse } from "node:http";
import Stripe from "stripe";
import { payPage, redirectAfterPayment } from "./stripe-pay-page";
import { bearer, FailureQueue, header, IdempotencyStore, listen, randomId, readBody, send, type Reply } from "./http";
import {
  type FakeCharge,
  type FakeCheckoutSession,
  type FakeEvent,
  type FakeLineItem,
  type FakeRefund,
  int,
  isRecord,
  nowSeconds,
  type Params,
  parseForm,
  str,
  stringRecord,
  stripeError,
} from "./stripe-objects";

/**
 * A stateful, in-memory stand-in for the slice of Stripe the app uses (Checkout Sessions,
 * refunds, signed webhooks), driven over real HTTP by the real `stripe` SDK:
 *
 *   const fake = await startFakeStripe();
 *   const stripe = new Stripe("sk_test_x", { ...fake.sdkOptions, maxNetworkRetries: 0 });
 *
 * stripe 23 accepts `host`, `port` (number or string) and `protocol: "http"` in its config and
 * builds every request URL from them (basePath stays `/v1`).
 * Note: with `maxNetworkRetries > 0` (the SDK default is 2) the SDK retries 5xx and 409 answers
 * itself after a 0.5–1 s back-off and adds its own Idempotency-Key to every POST.
 */

export type { FakeCharge, FakeCheckoutSession, FakeEvent, FakeLineItem, FakeRefund, StripeErrorBody } from "./stripe-objects";

export type StripeRequestLog = { method: string; path: string; idempotencyKey: string | null; status: number; params: Params };

type SessionRecord = {
  session: FakeCheckoutSession;
  lineItems: FakeLineItem[];
  paymentIntentMetadata: Record<string, string>;
  charge: FakeCharge | null;
};

const snapshot = <T>(value: T): T => structuredClone(value);

export class FakeStripe {
  readonly requests: StripeRequestLog[] = [];
  /** Live session objects by id (mutated as the fake changes them). */
  readonly sessions = new Map<string, FakeCheckoutSession>();
  readonly refunds = new Map<string, FakeRefund>();
  private records = new Map<string, SessionRecord>();
  private failures = new FailureQueue();
  private idempotency = new IdempotencyStore<Reply>();
  private unreachable = false;
  private holds: Hold[] = [];

  constructor(
    readonly url: string,
    readonly sdkOptions: { host: string; port: number; protocol: "http" },
    readonly close: () => Promise<void>,
    /** Live mode: takes `sk_live_` keys (only) and its objects and events say `livemode: true`. */
    readonly livemode = false,
  ) {}

  // ---- test controls -------------------------------------------------------------------------

  /**
   * What Checkout does when the buyer pays: the session completes and gains a PaymentIntent.
   * `amountTotal` stands for a discount the buyer applied (0 and `no_payment_required` for a
   * 100 % code), `currency` for a session presented in another currency.
   */
  complete(
    sessionId: string,
    options: { paymentStatus?: "paid" | "unpaid" | "no_payment_required"; email?: string; amountTotal?: number; currency?: string } = {},
  ): FakeCheckoutSession {
    const record = this.record(sessionId);
    const { session } = record;
    session.status = "complete";
    if (options.amountTotal !== undefined) session.amount_total = options.amountTotal;
    if (options.currency !== undefined) session.currency = options.currency;
    session.payment_status = options.paymentStatus ?? (session.amount_total === 0 ? "no_payment_required" : "paid");
    session.payment_intent ??= randomId("pi_");
    session.customer_details = { email: options.email ?? session.customer_email ?? "buyer@example.test" };
    session.url = null;
    if (session.payment_status === "paid") this.createCharge(record);
    return snapshot(session);
  }

  /** An asynchronous payment method (e.g. Bacs) settling later: `async_payment_succeeded`. */
  markPaid(sessionId: string): FakeCheckoutSession {
    const record = this.record(sessionId);
    if (record.session.status !== "complete") throw new Error(`markPaid: ${sessionId} is not complete`);
    record.session.payment_status = "paid";
    this.createCharge(record);
    return snapshot(record.session);
  }

  expire(sessionId: string): FakeCheckoutSession {
    const { session } = this.record(sessionId);
    if (session.status !== "open") throw new Error(`expire: ${sessionId} is ${session.status}`);
    session.status = "expired";
    session.url = null;
    return snapshot(session);
  }

  chargeFor(sessionId: string): FakeCharge {
    const { charge } = this.record(sessionId);
    if (!charge) throw new Error(`chargeFor: ${sessionId} has not been paid`);
    return snapshot(charge);
  }

  /**
   * A refund made outside the app (e.g. in the Stripe dashboard): the `charge.refunded` case.
   * Refunds what is left, or `amount` (a partial refund).
   */
  refundCharge(sessionId: string, amount?: number): FakeCharge {
    const charge = this.record(sessionId).charge;
    if (!charge) throw new Error(`refundCharge: ${sessionId} has not been paid`);
    const remaining = charge.amount - charge.amount_refunded;
    const refund = Math.min(amount ?? remaining, remaining);
    if (refund > 0) this.createRefund(charge, refund);
    return snapshot(charge);
  }

  /**
   * Holds the next API request to `method path` (a path prefix) until `release()`: `arrived`
   * resolves when the request is in, so a test can look at the app while it waits on Stripe.
   */
  hold(method: string, pathPrefix: string): { arrived: Promise<void>; release: () => void } {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const released = new Promise<void>((r) => (release = r));
    this.holds.push({ method, pathPrefix, arrive, released });
    return { arrived, release };
  }

  /** API requests (not the hosted pay page) that retrieved this Checkout Session. */
  retrievesOf(sessionId: string): number {
    return this.requests.filter((r) => r.method === "GET" && r.path === `/v1/checkout/sessions/${sessionId}`).length;
  }

  lineItems(sessionId: string): FakeLineItem[] {
    return snapshot(this.record(sessionId).lineItems);
  }

  /** The object is copied, so later changes to the fake do not rewrite an event already made. */
  event<T>(type: string, object: T, options: { id?: string; livemode?: boolean } = {}): FakeEvent<T> {
    return {
      id: options.id ?? randomId("evt_"),
      object: "event",
      type,
      created: nowSeconds(),
      livemode: options.livemode ?? this.livemode,
      api_version: Stripe.API_VERSION,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: snapshot(object) },
    };
  }

  /** A webhook POST as Stripe sends it: the exact bytes and their `Stripe-Signature` header. */
  signedDelivery(event: FakeEvent, secret: string, options: { timestamp?: number } = {}): { body: string; signature: string } {
    const body = JSON.stringify(event, null, 2);
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp: options.timestamp ?? nowSeconds() });
    return { body, signature };
  }

  /**
   * The next `count` API requests answer `status` with Stripe's error JSON, before any other check.
   * Replaces failures still pending; `failNext(0)` clears them.
   */
  failNext(count: number, status = 500): void {
    this.failures.set(count, status);
  }

  /** While set, every connection is dropped as it arrives: the SDK sees a network error. */
  setUnreachable(unreachable: boolean): void {
    this.unreachable = unreachable;
  }

  // ---- HTTP ----------------------------------------------------------------------------------

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.unreachable) {
      req.socket.destroy();
      return;
    }
    const method = req.method ?? "GET";
    const path = new URL(req.url ?? "/", this.url).pathname;
    const pay = /^\/pay\/([^/]+)$/.exec(path);
    if (pay) return this.hostedCheckout(method, decodeURIComponent(pay[1]!), res);
    const idempotencyKey = header(req, "idempotency-key");
    const raw = method === "POST" ? await readBody(req) : "";
    const held = this.holds.findIndex((h) => h.method === method && path.startsWith(h.pathPrefix));
    if (held >= 0) {
      const [hold] = this.holds.splice(held, 1);
      hold!.arrive();
      await hold!.released;
    }
    const params = parseForm(raw);
    const reply = this.answer(req, method, path, raw, params, idempotencyKey);
    this.requests.push({ method, path, idempotencyKey, status: reply.status, params });
    send(res, { ...reply, headers: { "Request-Id": randomId("req_", 14), ...reply.headers } });
  }

  /** The buyer's side (not the API): no key, no injected failures, not logged in `requests`. */
  private hostedCheckout(method: string, sessionId: string, res: ServerResponse): void {
    const session = this.sessions.get(sessionId);
    if (!session) return send(res, { status: 404, body: { error: "no such session" } });
    if (method === "POST" && session.status === "open") {
      this.complete(sessionId);
      return redirectAfterPayment(res, session);
    }
    payPage(res, session);
  }

  private answer(req: IncomingMessage, method: string, path: string, raw: string, params: Params, key: string | null): Reply {
    const injected = this.failures.take();
    if (injected !== null) return injectedError(injected);

    const apiKey = bearer(req);
    if (!apiKey) return stripeError(401, "invalid_request_error", "You did not provide an API key.");
    if (!apiKey.startsWith(this.livemode ? "sk_live_" : "sk_test_"))
      return stripeError(401, "invalid_request_error", `Invalid API Key provided: ${apiKey.slice(0, 8)}****`);

    if (method !== "POST") return this.route(method, path, params);
    const fingerprint = `${method} ${path}\n${raw}`;
    const seen = this.idempotency.lookup(key, fingerprint);
    if (seen.kind === "replay") return { ...seen.value, headers: { ...seen.value.headers, "Idempotent-Replayed": "true" } };
    if (seen.kind === "conflict") {
      return stripeError(
        400,
        "idempotency_error",
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    const reply = this.route(method, path, params);
    // Stripe keeps the outcome of requests that ran; these fakes run only when they succeed.
    if (reply.status < 400) this.idempotency.remember(key, fingerprint, reply);
    return reply;
  }

  private route(method: string, path: string, params: Params): Reply {
    if (method === "POST" && path === "/v1/checkout/sessions") return this.createSession(params);
    const sessionPath = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (sessionPath) {
      const record = this.records.get(decodeURIComponent(sessionPath[1]!));
      if (!record) return missing("checkout.session", decodeURIComponent(sessionPath[1]!), "session");
      if (method === "GET" && !sessionPath[2]) return { status: 200, body: record.session };
      if (method === "POST" && sessionPath[2]) {
        if (record.session.status !== "open") {
          return stripeError(
            400,
            "invalid_request_error",
            `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${record.session.status}".`,
          );
        }
        return { status: 200, body: this.expire(record.session.id) };
      }
    }
    if (method === "POST" && path === "/v1/refunds") return this.createRefundFromApi(params);
    return stripeError(404, "invalid_request_error", `Unrecognized request URL (${method}: ${path}).`);
  }

  private createSession(params: Params): Reply {
    const mode = str(params.mode);
    if (!mode)
      return stripeError(400, "invalid_request_error", "Missing required param: mode.", { code: "parameter_missing", param: "mode" });
    const lineItems = parseLineItems(params.line_items);
    if (lineItems instanceof Error) return stripeError(400, "invalid_request_error", lineItems.message, { param: "line_items" });
    const currency = lineItems[0]?.currency ?? str(params.currency);
    if (!currency)
      return stripeError(400, "invalid_request_error", "You must specify either `line_items` or `currency`.", { param: "line_items" });
    const amount = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
    const created = nowSeconds();
    const id = randomId(this.livemode ? "cs_live_" : "cs_test_", 58);
    const session: FakeCheckoutSession = {
      id,
      object: "checkout.session",
      mode,
      status: "open",
      payment_status: "unpaid",
      amount_total: amount,
      amount_subtotal: amount,
      currency,
      client_reference_id: str(params.client_reference_id),
      metadata: stringRecord(params.metadata),
      customer_email: str(params.customer_email),
      customer_details: null,
      payment_intent: null,
      success_url: str(params.success_url),
      cancel_url: str(params.cancel_url),
      url: `${this.url}/pay/${id}`,
      expires_at: int(params.expires_at) ?? created + 24 * 60 * 60,
      created,
      allow_promotion_codes: params.allow_promotion_codes === undefined ? null : params.allow_promotion_codes === "true",
      livemode: this.livemode,
    };
    const paymentIntentData = isRecord(params.payment_intent_data) ? params.payment_intent_data : {};
    this.records.set(id, { session, lineItems, paymentIntentMetadata: stringRecord(paymentIntentData.metadata), charge: null });
    this.sessions.set(id, session);
    return { status: 200, body: session };
  }

  private createRefundFromApi(params: Params): Reply {
    const paymentIntent = str(params.payment_intent);
    const chargeId = str(params.charge);
    if (!paymentIntent && !chargeId) {
      return stripeError(
        400,
        "invalid_request_error",
        "One of the following params should be provided for this request: payment_intent or charge.",
        {
          code: "parameter_missing",
        },
      );
    }
    const charge = [...this.records.values()]
      .map((r) => r.charge)
      .find((c) => c && (c.id === chargeId || c.payment_intent === paymentIntent));
    if (!charge) return chargeId ? missing("charge", chargeId, "charge") : missing("payment_intent", paymentIntent!, "payment_intent");
    const remaining = charge.amount - charge.amount_refunded;
    if (remaining === 0)
      return stripeError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, {
        code: "charge_already_refunded",
      });
    const amount = int(params.amount) ?? remaining;
    if (amount <= 0 || amount > remaining) {
      return stripeError(
        400,
        "invalid_request_error",
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining}).`,
        {
          code: "amount_too_large",
          param: "amount",
        },
      );
    }
    return { status: 200, body: this.createRefund(charge, amount, stringRecord(params.metadata)) };
  }

  private createCharge(record: SessionRecord): void {
    if (record.charge) return;
    record.charge = {
      id: randomId("ch_"),
      object: "charge",
      amount: record.session.amount_total,
      amount_refunded: 0,
      currency: record.session.currency,
      paid: true,
      status: "succeeded",
      refunded: false,
      payment_intent: record.session.payment_intent!,
      metadata: { ...record.paymentIntentMetadata },
      created: nowSeconds(),
      livemode: this.livemode,
    };
  }

  private createRefund(charge: FakeCharge, amount: number, metadata: Record<string, string> = {}): FakeRefund {
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded >= charge.amount;
    const refund: FakeRefund = {
      id: randomId("re_"),
      object: "refund",
      amount,
      currency: charge.currency,
      status: "succeeded",
      payment_intent: charge.payment_intent,
      charge: charge.id,
      metadata,
      created: nowSeconds(),
    };
    this.refunds.set(refund.id, refund);
    return refund;
  }

  private record(sessionId: string): SessionRecord {
    const record = this.records.get(sessionId);
    if (!record) throw new Error(`Fake Stripe: no checkout session ${sessionId}`);
    return record;
  }
}

function parseLineItems(value: unknown): FakeLineItem[] | Error {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return new Error("Invalid array: line_items");
  const items: FakeLineItem[] = [];
  for (const [i, item] of value.entries()) {
    const priceData = isRecord(item) && isRecord(item.price_data) ? item.price_data : null;
    const currency = str(priceData?.currency);
    const unitAmount = int(priceData?.unit_amount);
    // Prices by id (`price: "price_…"`) would need a price catalogue, which the app does not use.
    if (!priceData || !currency || unitAmount === null)
      return new Error(`line_items[${i}] needs price_data with currency and unit_amount.`);
    const productData = isRecord(priceData.product_data) ? priceData.product_data : {};
    items.push({
      quantity: int(isRecord(item) ? item.quantity : undefined) ?? 1,
      currency: currency.toLowerCase(),
      unitAmount,
      name: str(productData.name),
    });
  }
  return items;
}

function missing(objectName: string, id: string, param: string): Reply {
  return stripeError(404, "invalid_request_error", `No such ${objectName}: '${id}'`, { code: "resource_missing", param });
}

function injectedError(status: number): Reply {
  if (status === 429) {
    return stripeError(
      429,
      "invalid_request_error",
      "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
      { code: "rate_limit" },
    );
  }
  if (status >= 500) return stripeError(status, "api_error", "An unknown error occurred (injected by the Stripe fake).");
  return stripeError(status, "invalid_request_error", `Injected ${status} from the Stripe fake.`);
}

type Hold = { method: string; pathPrefix: string; arrive: () => void; released: Promise<void> };

export async function startFakeStripe(options: { livemode?: boolean } = {}): Promise<FakeStripe> {
  // Nobody knows the port before `listen` resolves, so no request can arrive before `fake` exists.
  const server = await listen((req, res) => {
    fake.handle(req, res).catch((error: unknown) => res.destroy(error instanceof Error ? error : new Error(String(error))));
  });
  const fake = new FakeStripe(
    server.url,
    { host: server.host, port: server.port, protocol: "http" },
    server.close,
    options.livemode ?? false,
  );
  return fake;
}
