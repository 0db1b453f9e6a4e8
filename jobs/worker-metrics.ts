import http from "node:http";
import express from "express";
import { livenessReport } from "../app/health/health.server";
import { metricsEndpoint } from "../server/observability";

/**
 * A worker running on its own has no web server, so Prometheus could not scrape its job, render
 * and email metrics (they live in this process's registry). This small listener serves the same
 * token-protected /metrics and a /healthz that checks the database.
 */
export async function startWorkerMetricsServer(port: number, token: string | undefined): Promise<http.Server> {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", metricsEndpoint(token));
  app.get("/healthz", async (_req, res) => {
    const { httpStatus, body } = await livenessReport();
    res.status(httpStatus).set("Cache-Control", "no-store").json(body);
  });
  app.use((_req, res) => void res.status(404).type("text/plain").send("Not found"));
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, () => resolve()));
  return server;
}
