import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import type express from "express";
import { getSql } from "../db/client";
import { logContext, logger, redactPath } from "../lib/logger";
import { metrics } from "../lib/metrics";
import { JOB } from "../lib/queue";
import { matchedRoute } from "./route-match";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

const staticResponses = new WeakSet<object>();

/** For express.static's `setHeaders`: this response is a file, labelled as one in metrics. */
export function markStatic(res: object): void {
  staticResponses.add(res);
}

/**
 * The `route` label: the matched route pattern, so the number of series is bounded by the route
 * table, never by what clients type. Every 404 for an unknown address shares one label, every
 * static file another.
 */
export function metricRoute(req: express.Request, res: express.Response): string {
  if (staticResponses.has(res)) return "static";
  if (req.path === "/metrics") return "/metrics";
  const route = matchedRoute(req);
  return route && route.methods !== null ? route.pattern : "unmatched";
}

/**
 * A request id on every log line written while handling a request (taken from a sane incoming
 * X-Request-Id, else generated, and echoed back), one access-log line, and the latency histogram.
 * Paths are logged with capability tokens replaced, so no bearer token reaches a log or a metric.
 */
export function requestObservability(): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpDuration.observe({ method: req.method, route: metricRoute(req, res), status: String(res.statusCode) }, seconds);
      logContext.run({ requestId }, () =>
        logger.info(
          { method: req.method, path: redactPath(req.originalUrl), status: res.statusCode, ms: Math.round(seconds * 1000) },
          "request",
        ),
      );
    });
    logContext.run({ requestId }, () => next());
  };
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compares in constant time (equal-length digests), so response timing reveals nothing of the token. */
export function bearerMatches(authorization: string | undefined, token: string): boolean {
  return timingSafeEqual(digest(authorization ?? ""), digest(`Bearer ${token}`));
}

/**
 * `/metrics` in Prometheus format, only with `Authorization: Bearer $METRICS_TOKEN`; without a
 * configured token the endpoint does not exist (404), so metrics are never public by accident.
 */
export function metricsEndpoint(token: string | undefined): express.RequestHandler {
  return async (req, res) => {
    if (!token) return void res.status(404).type("text/plain").send("Not found");
    if (!bearerMatches(req.get("authorization"), token))
      return void res.status(401).set("WWW-Authenticate", "Bearer").type("text/plain").send("Unauthorized");
    await refreshQueueDepth().catch(() => undefined);
    res
      .set("Cache-Control", "no-store")
      .type(metrics.registry.contentType)
      .send(await metrics.registry.metrics());
  };
}

async function refreshQueueDepth() {
  const rows = await getSql()<{ name: string; state: string; n: number }[]>`
    select name, state::text, count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') group by name, state`;
  for (const queue of Object.values(JOB)) for (const state of ["created", "retry", "active"]) metrics.queueDepth.set({ queue, state }, 0);
  for (const r of rows) metrics.queueDepth.set({ queue: r.name, state: r.state }, r.n);
}
