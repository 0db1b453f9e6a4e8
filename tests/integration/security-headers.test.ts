import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { rawRequest } from "../support/raw-http";
import { waitUntil } from "../support/wait";

const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url, METRICS_TOKEN });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

describe("security headers", () => {
  it("sends an enforcing CSP whose nonce is on every script, and the other headers", async () => {
    const res = await fetch(`${app.url}/occupations/backend-developer`);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toBeTruthy();
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    // Development configuration: no HSTS (it would pin localhost to https).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("uses a fresh nonce per request and lets a route tighten the Referrer-Policy", async () => {
    const a = (await fetch(`${app.url}/`)).headers.get("content-security-policy");
    const b = (await fetch(`${app.url}/`)).headers.get("content-security-policy");
    expect(a).not.toBe(b);
    const download = await fetch(`${app.url}/blueprints/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    expect(download.headers.get("content-security-policy")).toBeTruthy();
  });
});

describe("readiness", () => {
  it("reports the database and the job queue", async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ready", database: "up", queue: "up" });
  });
});

describe("observability", () => {
  it("protects /metrics and exposes latency, queue depth and the paid-path counters", async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: { authorization: "Bearer wrong" } })).status).toBe(401);
    // Same length, one character off; longer; shorter; another scheme spelling.
    const wrongs = [
      `Bearer ${METRICS_TOKEN.slice(0, -1)}X`,
      `Bearer ${METRICS_TOKEN}0`,
      `Bearer ${METRICS_TOKEN.slice(0, -1)}`,
      `bearer ${METRICS_TOKEN}`,
      METRICS_TOKEN,
    ];
    for (const authorization of wrongs) expect((await fetch(`${app.url}/metrics`, { headers: { authorization } })).status).toBe(401);
    const res = await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    const body = await res.text();
    for (const name of [
      "http_request_duration_seconds_bucket",
      "job_queue_depth",
      "stripe_webhook_events_total",
      "jobs_total",
      "pdf_render_seconds",
      "emails_total",
    ]) {
      expect(body).toContain(name);
    }
  });

  it("logs JSON lines with a request id and without the bearer token in the path", async () => {
    const token = "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi";
    const res = await fetch(`${app.url}/results/${token}`, { headers: { "x-request-id": "test-request-0001" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-request-id")).toBe("test-request-0001");
    // The access-log line is written when the response finishes, which may be after fetch returns.
    const line = await waitUntil(
      "the request's access-log line",
      () =>
        app
          .output()
          .split("\n")
          .find((l) => l.includes('"test-request-0001"')),
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    expect(JSON.parse(line)).toMatchObject({ requestId: "test-request-0001", path: "/results/:token", status: 404 });
    expect(app.output()).not.toContain(token);
  });
});

describe("metric labels", () => {
  const scrape = async () =>
    (await (await fetch(`${app.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text()).split("\n");
  const httpSeries = async () => (await scrape()).filter((l) => l.startsWith("http_request_duration_seconds_count{"));
  const unknown = ["no-such-page", "assets/missing", "occupations/x/extra", "PRIVACY/confirm/a/b/c"];

  it("do not grow with unknown addresses: every 404 for one shares a label, and static files share another", async () => {
    // One request of each kind first, so the series they need exist before counting.
    for (const prefix of unknown) await fetch(`${app.url}/${prefix}-warm-up`);
    expect((await fetch(`${app.url}/favicon.svg`)).status).toBe(200);
    await httpSeries();
    const before = await httpSeries();
    for (let i = 0; i < 300; i++) expect((await fetch(`${app.url}/${unknown[i % unknown.length]}-${i}.js`)).status).toBe(404);
    const after = await httpSeries();
    expect(after.length).toBe(before.length);
    expect(after.join("\n")).not.toMatch(/no-such-page|missing|extra/);
    expect(after.some((l) => l.includes('route="unmatched"') && l.includes('status="404"'))).toBe(true);
    expect(after.some((l) => l.includes('route="static"'))).toBe(true);
  });

  it("name the matched route pattern, whatever the spelling of the address", async () => {
    await fetch(`${app.url}/Occupations/Backend-Developer/`);
    await fetch(`${app.url}/RESULTS/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi.data`);
    const series = (await httpSeries()).join("\n");
    expect(series).toContain('route="/occupations/:slug"');
    expect(series).toContain('route="/results/:token"');
    expect(series).not.toMatch(/route="[^"]*(Backend|RESULTS|Zm9v)/);
  });
});

describe("capability links in the server's output", () => {
  // A sealed privacy token (iv.tag.body), a short token and a Checkout session id: none may be logged.
  const sealed = "q1Zx8Ykq0oJfWm3R.9vTg2LsPq0aZ7bXc1dEfGg.Hh3Jk5Lm7Nn9Pp1Qq3Rr5Ss7Tt9Uu1Vv3Ww5Xx7Yy9Zz1";
  const short = "sh0rtT0k";
  const session = "cs_test_a1B2c3D4e5F6g7H8i9J0";

  it("never appear, whatever the method, letter case, escaping or .data form", async () => {
    const requests: [string, string][] = [
      ["GET", `/privacy/confirm/${sealed}`],
      ["GET", `/privacy/confirm/${sealed}.data`],
      ["POST", `/privacy/confirm/${sealed}`],
      ["POST", `/privacy/confirm/${sealed}/export`],
      ["POST", `/Privacy/Confirm/${sealed}/export.data`],
      ["GET", `/PRIVACY/CONFIRM/${sealed}`],
      ["GET", `/privacy%2Fconfirm%2F${sealed}`],
      ["GET", `/privacy/confirm/${encodeURIComponent(sealed).replace(/\./g, "%2E")}`],
      ["GET", `/results/${sealed}`],
      ["GET", `/Results/${short}`],
      ["GET", `/results/${short}.data`],
      ["GET", `/blueprints/${short}`],
      ["GET", `/BLUEPRINTS/${sealed}/`],
      ["GET", `/checkout/simulator/${session}`],
      ["GET", `/Checkout/Simulator/${short}.data`],
      ["GET", `/checkout/success?session_id=${session}`],
      ["GET", `/checkout/success.data?session_id=${session}`],
      ["GET", `/no/such/${sealed}`],
    ];
    const ids = requests.map((_, i) => `redaction-${String(i).padStart(4, "0")}`);
    for (const [i, [method, target]] of requests.entries()) {
      await rawRequest(app.url, method, target, {
        headers: { "x-request-id": ids[i]!, origin: app.url, "content-type": "application/x-www-form-urlencoded" },
        body: method === "POST" ? "confirm=yes" : undefined,
      });
    }
    // Each request's access-log line is written when its response finishes: wait for all of them.
    await waitUntil("every request's access-log line", () => ids.every((id) => app.output().includes(`"${id}"`)), {
      timeoutMs: 10_000,
      intervalMs: 50,
    });
    const output = app.output();
    for (const secret of [sealed, ...sealed.split("."), short, session]) expect(output).not.toContain(secret);
    const paths = output
      .split("\n")
      .filter((l) => l.includes('"redaction-'))
      .map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toContain("/privacy/confirm/:token");
    expect(paths).toContain("/privacy/confirm/:token/export.data");
    expect(paths).toContain("/checkout/success");
  });
});

describe("cross-site request forgery", () => {
  it("refuses a form post from another site before any route runs, but not Stripe's webhook", async () => {
    const crossSite = await fetch(`${app.url}/assessment`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
      body: "occupation=backend-developer",
      redirect: "manual",
    });
    expect(crossSite.status).toBe(403);
    expect((await t.sql`select count(*)::int as n from assessment_drafts`)[0]!.n).toBe(0);
    const nullOrigin = await fetch(`${app.url}/assessment`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "null" },
      body: "occupation=backend-developer",
      redirect: "manual",
    });
    expect(nullOrigin.status).toBe(403);
    const sameSite = await fetch(`${app.url}/assessment`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: "occupation=backend-developer",
      redirect: "manual",
    });
    expect(sameSite.status).toBe(303);
    const webhook = await fetch(`${app.url}/webhooks/stripe`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: "{}",
    });
    expect(webhook.status).toBe(400); // reached the route, refused for its missing signature
  });
});

describe("honeypot", () => {
  it("refuses a public form post whose decoy field is filled, writing nothing, and the forms carry the decoy", async () => {
    const before = (await t.sql`select count(*)::int as n from assessment_drafts`)[0]!.n;
    const res = await fetch(`${app.url}/assessment`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: "occupation=backend-developer&website=http%3A%2F%2Fspam.example",
      redirect: "manual",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("could not accept that form");
    expect((await t.sql`select count(*)::int as n from assessment_drafts`)[0]!.n).toBe(before);
    const page = await (await fetch(`${app.url}/assessment`)).text();
    expect(page).toMatch(/<input[^>]*name="website"[^>]*tabindex="-1"|<input[^>]*tabindex="-1"[^>]*name="website"/i);
  });
});

describe("NUL characters (PostgreSQL text cannot hold them)", () => {
  it("refuses them in addresses and form fields with 400 instead of failing inside a query", async () => {
    expect((await fetch(`${app.url}/assessment?occupation=%00&q=x`)).status).toBe(400);
    expect((await fetch(`${app.url}/occupations?q=a%00b`)).status).toBe(400);
    const post = await fetch(`${app.url}/assessment`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: "occupation=backend%00developer",
      redirect: "manual",
    });
    expect(post.status).toBe(400);
  });
});

describe("page cache", () => {
  it("serves a repeated public page from the cache with this request's nonce, and never caches private pages", async () => {
    const path = "/occupations/data-scientist";
    const first = await fetch(`${app.url}${path}`);
    await first.text();
    const second = await fetch(`${app.url}${path}`);
    expect(second.headers.get("x-page-cache")).toBe("hit");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(second.headers.get("content-security-policy")!)![1]!;
    const html = await second.text();
    for (const tag of [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])) expect(tag).toContain(`nonce="${nonce}"`);
    // fetch asks for gzip: the hit comes compressed (fetch unzips it above); a client that does not ask gets it plain.
    expect(second.headers.get("content-encoding")).toBe("gzip");
    expect(second.headers.get("vary")).toMatch(/Accept-Encoding/i);
    const plain = await rawRequest(app.url, "GET", path);
    expect(plain.headers["x-page-cache"]).toBe("hit");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const plainNonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(plain.headers["content-security-policy"]))![1]!;
    expect(plainNonce).not.toBe(nonce);
    expect(plain.body.replaceAll(plainNonce, nonce)).toBe(html);
    expect((await fetch(`${app.url}/assessment`)).headers.get("x-page-cache")).toBeNull();
    expect((await fetch(`${app.url}/privacy`)).headers.get("x-page-cache")).toBeNull();
  });
});
