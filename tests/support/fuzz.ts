import fc from "fast-check";

/**
 * Hostile HTTP traffic for every public endpoint: wrong types, huge and unicode strings,
 * injection strings, bad content types, malformed encodings. Used by `npm run fuzz:http` (≥10,000
 * requests) and, shorter, by the test suite. Never produces a valid submission on purpose.
 */
const INJECTIONS = [
  "' OR '1'='1",
  "'; drop table orders; --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "${7*7}",
  "{{7*7}}",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "\uFEFF\u202E",
  "𝕳𝖊𝖑𝖑𝖔 🙂",
  "NaN",
  "-1",
  "1e309",
  "[]",
  "{}",
  "null",
];

const TOKENISH = fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ maxLength: 40 }), fc.stringMatching(/^[A-Za-z0-9_-]{32}$/));

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 64, unit: "grapheme" }) },
  { weight: 1, arbitrary: fc.string({ minLength: 5000, maxLength: 20000 }) },
  { weight: 2, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const FIELD_NAMES = [
  "occupation",
  "years",
  "seniority",
  "intent",
  "consent",
  "email",
  "goal",
  "hoursPerWeek",
  "region",
  "normalise",
  "share-1",
  "share-99",
  "skill:SQL",
  "skill:<b>",
  "__proto__",
  "constructor",
];

const fields = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.string({ maxLength: 20 })), hostileString), {
  maxLength: 12,
});

export type FuzzRequest = { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string | Uint8Array };

const POST_PATHS = [
  "/assessment",
  "/assessment/experience",
  "/assessment/tasks",
  "/assessment/skills",
  "/assessment/goals",
  "/results/:token",
  "/checkout/simulator/:session",
  "/webhooks/stripe",
  "/occupations",
  "/",
];
const GET_PATHS = [
  "/",
  "/occupations",
  "/occupations/:slug",
  "/assessment",
  "/results/:token",
  "/checkout/success",
  "/checkout/simulator/:session",
  "/blueprints/:token",
  "/refund-policy",
  "/readyz",
  "/healthz",
];

const fill = (path: string, value: string) => path.replace(/:(token|session|slug)/, encodeURIComponent(value));

const postRequest = fc
  .record({
    path: fc.constantFrom(...POST_PATHS),
    param: TOKENISH,
    fields,
    kind: fc.constantFrom("form", "json", "text", "bytes", "multipart-ish", "empty", "huge"),
    extra: hostileString,
  })
  .map(({ path, param, fields: f, kind, extra }): FuzzRequest => {
    const target = fill(path, param);
    switch (kind) {
      case "form":
        return {
          method: "POST",
          path: target,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(f).toString(),
        };
      case "json":
        return {
          method: "POST",
          path: target,
          headers: { "content-type": "application/json" },
          body: JSON.stringify(Object.fromEntries(f)),
        };
      case "text":
        return { method: "POST", path: target, headers: { "content-type": "text/plain" }, body: extra };
      case "bytes":
        return {
          method: "POST",
          path: target,
          headers: { "content-type": "application/octet-stream" },
          body: new Uint8Array(Buffer.from(extra).map((b) => b ^ 0x5a)),
        };
      case "multipart-ish":
        return {
          method: "POST",
          path: target,
          headers: { "content-type": "multipart/form-data; boundary=xyz" },
          body: `--xyz\r\nContent-Disposition: form-data; name="${extra.slice(0, 20)}"\r\n\r\n${extra}\r\n--xyz`,
        };
      case "empty":
        return { method: "POST", path: target, headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" };
      default:
        return {
          method: "POST",
          path: target,
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: `intent=${"x".repeat(300 * 1024)}`,
        };
    }
  });

const getRequest = fc
  .record({
    path: fc.constantFrom(...GET_PATHS),
    param: TOKENISH,
    query: fields,
    raw: fc.constantFrom("", "%", "%E0%A4%A", "?a=%ZZ", "/%2e%2e/", "//"),
  })
  .map(({ path, param, query, raw }): FuzzRequest => ({
    method: "GET",
    path: `${fill(path, param)}${raw}?${new URLSearchParams(query).toString()}`.replace(/\?$/, ""),
    headers: {},
  }));

export function fuzzRequests(count: number, seed = 20261125): FuzzRequest[] {
  return fc.sample(fc.oneof({ weight: 3, arbitrary: postRequest }, { weight: 2, arbitrary: getRequest }), { numRuns: count, seed });
}

export type FuzzReport = { sent: number; byStatus: Record<string, number>; serverErrors: { request: string; status: number }[] };

/** Sends the requests with bounded concurrency; records every status, and any ≥ 500 in detail. */
export async function runFuzz(baseUrl: string, requests: FuzzRequest[], concurrency = 16): Promise<FuzzReport> {
  const report: FuzzReport = { sent: 0, byStatus: {}, serverErrors: [] };
  let next = 0;
  const workerLoop = async () => {
    while (next < requests.length) {
      const r = requests[next++]!;
      let status: number;
      try {
        const res = await fetch(`${baseUrl}${r.path.startsWith("/") ? r.path : `/${r.path}`}`, {
          method: r.method,
          headers: { origin: baseUrl, ...r.headers },
          body: typeof r.body === "string" || r.body === undefined ? r.body : new Blob([new Uint8Array(r.body)]),
          redirect: "manual",
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
      } catch {
        status = 0; // connection reset (e.g. the server refused an oversized body early)
      }
      report.sent++;
      report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
      if (status >= 500)
        report.serverErrors.push({ request: `${r.method} ${r.path.slice(0, 120)} ${r.headers["content-type"] ?? ""}`, status });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, workerLoop));
  return report;
}

/** Row counts of every table a public request could write to. */
export const WRITABLE_TABLES = [
  "assessment_drafts",
  "assessment_results",
  "orders",
  "order_events",
  "stripe_events",
  "emails",
  "simulated_checkout_sessions",
  "blueprints",
] as const;
