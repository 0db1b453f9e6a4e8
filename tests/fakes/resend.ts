import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { bearer, FailureQueue, header, IdempotencyStore, listen, readBody, send, type Reply } from "./http";

/**
 * An in-memory stand-in for Resend's `POST /emails`, driven over real HTTP by the real `resend` SDK.
 *
 * How resend 6.38 finds it: the `Resend` constructor sets
 *   `baseUrl = options?.baseUrl ?? (process.env.RESEND_BASE_URL || "https://api.resend.com")`
 * and every call fetches `${baseUrl}${path}`. So RESEND_BASE_URL is read when `new Resend()` runs,
 * not when the module loads: set it (or pass `{ baseUrl: fake.url }`) before constructing the
 * client, and a client built earlier (e.g. a cached singleton) keeps its old address. `fake.url`
 * has no trailing slash, as the SDK requires.
 *
 * Attachments: the SDK turns Buffer / Uint8Array / ArrayBuffer `content` into a base64 string
 * before JSON-encoding (a string `content` is sent as given, and the API reads it as base64), so
 * this fake decodes every `content` from base64.
 *
 * Errors: the SDK never throws on an HTTP error; it parses the body as `{ statusCode, name,
 * message }` and returns `{ data: null, error }`. It does not retry.
 */

export type ReceivedEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  /** "" when the part was not sent. */
  html: string;
  text: string;
  attachments: { filename: string; content: Buffer }[];
  /** Date.now() when accepted, for latency measurements. */
  receivedAt: number;
};

export type ResendErrorBody = { statusCode: number; name: string; message: string };

const error = (statusCode: number, name: string, message: string, headers?: Record<string, string>): Reply => ({
  status: statusCode,
  body: { statusCode, name, message } satisfies ResendErrorBody,
  headers,
});

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v !== "");

export class FakeResend {
  readonly emails: ReceivedEmail[] = [];
  private requestCount = 0;
  private failures = new FailureQueue();
  private idempotency = new IdempotencyStore<Reply>();
  private unreachable = false;
  private rateLimit: number | null = null;
  private recent: number[] = [];
  private rateLimitedCount = 0;

  constructor(
    readonly url: string,
    readonly close: () => Promise<void>,
  ) {}

  /** Every request answered (dropped connections aside), failed ones included. */
  get requests(): number {
    return this.requestCount;
  }

  /**
   * The next `count` requests answer `status` (500 → internal_server_error, 429 →
   * rate_limit_exceeded). Replaces failures still pending; `failNext(0)` clears them.
   */
  failNext(count: number, status = 500): void {
    this.failures.set(count, status);
  }

  /**
   * Resend's team limit (2 requests per second by default, every key together): more than
   * `perSecond` requests within any second are answered 429 with `retry-after` and `ratelimit-*`
   * headers, and only accepted ones count. Off until asked (null turns it off again), so tests
   * about other things keep their pace.
   */
  enforceRateLimit(perSecond: number | null): void {
    this.rateLimit = perSecond;
    this.recent = [];
  }

  /** Requests answered 429 by the enforced rate limit (injected failures not included). */
  get rateLimited(): number {
    return this.rateLimitedCount;
  }

  /** While set, every connection is dropped: the SDK returns `application_error` with statusCode null. */
  setUnreachable(unreachable: boolean): void {
    this.unreachable = unreachable;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.unreachable) {
      req.socket.destroy();
      return;
    }
    const raw = req.method === "POST" ? await readBody(req) : "";
    // Counted in the same tick as it takes an injected failure: a test that has seen N requests
    // knows those N used up N failures, so its next failNext() cannot replace one still unserved.
    this.requestCount++;
    send(res, this.answer(req, raw));
  }

  private answer(req: IncomingMessage, raw: string): Reply {
    const injected = this.failures.take();
    if (injected !== null) return injectedError(injected);
    const limited = this.overRateLimit();
    if (limited) return limited;

    const key = bearer(req);
    if (!key)
      return error(
        401,
        "missing_api_key",
        "Missing API key in the authorization header. Include the following header Authorization: Bearer YOUR_API_KEY in the request.",
      );
    if (!key.startsWith("re_")) return error(403, "invalid_api_key", "API key is invalid");

    const path = new URL(req.url ?? "/", this.url).pathname;
    const byId = /^\/emails\/([^/]+)$/.exec(path);
    if (req.method === "GET" && byId) return this.retrieve(decodeURIComponent(byId[1]!));
    if (req.method !== "POST" || path !== "/emails") return error(404, "not_found", "The requested endpoint does not exist.");

    const idempotencyKey = header(req, "idempotency-key");
    if (idempotencyKey !== null && (idempotencyKey.length < 1 || idempotencyKey.length > 256)) {
      return error(400, "invalid_idempotency_key", "The key must be between 1-256 chars.");
    }
    const seen = this.idempotency.lookup(idempotencyKey, raw);
    if (seen.kind === "replay") return seen.value;
    if (seen.kind === "conflict") {
      return error(
        409,
        "invalid_idempotent_request",
        "Same idempotency key used with a different request payload. Change your idempotency key or payload.",
      );
    }
    const reply = this.accept(raw, idempotencyKey);
    if (reply.status === 200) this.idempotency.remember(idempotencyKey, raw, reply);
    return reply;
  }

  private overRateLimit(): Reply | null {
    if (this.rateLimit === null) return null;
    const now = Date.now();
    this.recent = this.recent.filter((t) => t > now - 1000);
    const headers = { "ratelimit-limit": String(this.rateLimit), "ratelimit-policy": `${this.rateLimit};w=1` };
    if (this.recent.length < this.rateLimit) {
      this.recent.push(now);
      return null;
    }
    this.rateLimitedCount++;
    const resetSeconds = String(Math.max(1, Math.ceil((this.recent[0]! + 1000 - now) / 1000)));
    return error(
      429,
      "rate_limit_exceeded",
      `Too many requests. You can only make ${this.rateLimit} requests per second. See rate limit response headers for more information.`,
      {
        ...headers,
        "ratelimit-remaining": "0",
        "ratelimit-reset": resetSeconds,
        "retry-after": resetSeconds,
      },
    );
  }

  private accept(raw: string, idempotencyKey: string | null): Reply {
    let payload: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(raw);
      if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
      payload = parsed as Record<string, unknown>;
    } catch {
      return error(400, "validation_error", "Invalid JSON body.");
    }
    const to = asList(payload.to);
    const from = typeof payload.from === "string" ? payload.from : "";
    const subject = typeof payload.subject === "string" ? payload.subject : "";
    for (const [field, present] of [
      ["from", from],
      ["to", to.length > 0],
      ["subject", subject],
    ] as const) {
      if (!present) return error(422, "missing_required_field", `Missing \`${field}\` field.`);
    }
    const html = typeof payload.html === "string" ? payload.html : "";
    const text = typeof payload.text === "string" ? payload.text : "";
    if (!html && !text) return error(422, "validation_error", "Missing `html` or `text` field.");

    const attachments: ReceivedEmail["attachments"] = [];
    for (const item of Array.isArray(payload.attachments) ? (payload.attachments as unknown[]) : []) {
      const { filename, content } = (typeof item === "object" && item !== null ? item : {}) as { filename?: unknown; content?: unknown };
      if (typeof filename !== "string" || typeof content !== "string") {
        return error(422, "invalid_attachment", "Attachments need a `filename` and base64 `content` (this fake does not fetch `path`).");
      }
      attachments.push({ filename, content: Buffer.from(content, "base64") });
    }
    const id = randomUUID();
    this.emails.push({ id, idempotencyKey, from, to, subject, html, text, attachments, receivedAt: Date.now() });
    return { status: 200, body: { id } };
  }

  private retrieve(id: string): Reply {
    const email = this.emails.find((e) => e.id === id);
    if (!email) return error(404, "not_found", "Email not found");
    const { from, to, subject, html, text } = email;
    return {
      status: 200,
      body: {
        object: "email",
        id,
        from,
        to,
        subject,
        html,
        text,
        created_at: new Date(email.receivedAt).toISOString(),
        last_event: "delivered",
      },
    };
  }
}

function injectedError(status: number): Reply {
  if (status === 429) {
    return error(
      429,
      "rate_limit_exceeded",
      "Too many requests. You can only make 2 requests per second. See rate limit response headers for more information.",
      {
        "Retry-After": "1",
      },
    );
  }
  if (status >= 500) return error(status, "internal_server_error", "An unexpected error occurred (injected by the Resend fake).");
  return error(status, "application_error", `Injected ${status} from the Resend fake.`);
}

export async function startFakeResend(): Promise<FakeResend> {
  // Nobody knows the port before `listen` resolves, so no request can arrive before `fake` exists.
  const server = await listen((req, res) => {
    fake.handle(req, res).catch((err: unknown) => res.destroy(err instanceof Error ? err : new Error(String(err))));
  });
  const fake = new FakeResend(server.url, server.close);
  return fake;
}
