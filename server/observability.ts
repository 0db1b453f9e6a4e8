import { randomUUID } from "node:crypto";
import type express from "express";
import { getSql } from "../db/client";
import { logContext, logger, redactPath } from "../app/utils/logger.server";
import { metrics } from "../app/utils/metrics.server";
import { JOB } from "../jobs/queue";

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * A request id on every log line written while handling a request (taken from a sane incoming
 * X-Request-Id, else generated, and echoed back), one access-log line, and the latency histogram.
 * Paths are logged and labelled with tokens replaced, so no bearer token reaches a log or a metric.
 */
export function requestObservability(): express.RequestHandler {
  return (req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = redactPath(req.path);
      metrics.httpDuration.observe({ method: req.method, route: metricRoute(route), status: String(res.statusCode) }, seconds);
      logContext.run({ requestId }, () =>
        logger.info({ method: req.method, path: route, status: res.statusCode, ms: Math.round(seconds * 1000) }, "request"),
      );
    });
    logContext.run({ requestId }, () => next());
  };
}

/** Static assets would add a label per file: fold them into one. */
function metricRoute(path: string): string {
  if (path.startsWith("/assets/")) return "/assets/*";
  if (path.startsWith("/occupations/")) return "/occupations/:slug";
  return path.length > 64 ? path.slice(0, 64) : path;
}

/**
 * `/metrics` in Prometheus format, only with `Authorization: Bearer $METRICS_TOKEN`; without a
 * configured token the endpoint does not exist (404), so metrics are never public by accident.
 */
export function metricsEndpoint(token: string | undefined): express.RequestHandler {
  return async (req, res) => {
    if (!token) return void res.status(404).type("text/plain").send("Not found");
    if (req.get("authorization") !== `Bearer ${token}`) return void res.status(401).set("WWW-Authenticate", "Bearer").type("text/plain").send("Unauthorized");
    await refreshQueueDepth().catch(() => undefined);
    res.set("Cache-Control", "no-store").type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

async function refreshQueueDepth() {
  const rows = await getSql()<{ name: string; state: string; n: number }[]>`
    select name, state::text, count(*)::int as n from pgboss.job where state in ('created', 'retry', 'active') group by name, state`;
  for (const queue of Object.values(JOB)) for (const state of ["created", "retry", "active"]) metrics.queueDepth.set({ queue, state }, 0);
  for (const r of rows) metrics.queueDepth.set({ queue: r.name, state: r.state }, r.n);
}
