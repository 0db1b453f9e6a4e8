import client from "prom-client";
import { singleton } from "./singleton";

/**
 * Prometheus metrics, one registry per process (the server entry and the React Router bundle load
 * this module separately, so it lives on globalThis). Labels are low-cardinality by construction.
 */
export const metrics = singleton("metrics", () => {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new client.Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request latency by method, route pattern and status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    webhookOutcomes: new client.Counter({
      name: "stripe_webhook_events_total",
      help: "Stripe webhook deliveries by event type and outcome",
      labelNames: ["type", "outcome"] as const,
      registers: [registry],
    }),
    jobs: new client.Counter({
      name: "jobs_total",
      help: "Jobs handled by queue and outcome",
      labelNames: ["queue", "outcome"] as const,
      registers: [registry],
    }),
    pdfRender: new client.Histogram({
      name: "pdf_render_seconds",
      help: "Blueprint PDF render time (inside the worker thread)",
      buckets: [0.1, 0.2, 0.4, 0.8, 1.5, 3, 6],
      registers: [registry],
    }),
    emails: new client.Counter({
      name: "emails_total",
      help: "Order emails by kind and outcome",
      labelNames: ["kind", "outcome"] as const,
      registers: [registry],
    }),
    queueDepth: new client.Gauge({
      name: "job_queue_depth",
      help: "Jobs waiting or retrying, by queue",
      labelNames: ["queue", "state"] as const,
      registers: [registry],
    }),
    unhandledRejections: new client.Counter({
      name: "unhandled_rejections_total",
      help: "Promise rejections nothing handled (logged; the process keeps running)",
      registers: [registry],
    }),
  };
});

/** Coarse outcome names for metric labels ("order paid", "no change (already paid)" → "order_paid", "no_change"). */
export function outcomeLabel(outcome: string): string {
  return outcome
    .replace(/\s*\(.*$/, "")
    .trim()
    .replace(/\W+/g, "_")
    .toLowerCase()
    .slice(0, 40);
}
