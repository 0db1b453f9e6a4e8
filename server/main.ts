import { createServer, type Server } from "node:http";
import { keepRunningOnUnhandledRejections } from "../jobs/unhandled";
import { flushFunnelCounts } from "../app/staff/funnel-count.server";
import path from "node:path";
import type { Env } from "../lib/env";
import { bootstrapStaff } from "../app/staff/bootstrap.server";
import { closeDb } from "../db/client";
import { prepareDatabase } from "../db/bootstrap";
import { getBoss, stopBoss } from "../lib/queue";
import { startWorker, type Worker } from "../jobs/worker";
import { createHttpApp } from "./app";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_DIR = path.join(ROOT, "build");

/** Database → HTTP server → inline worker, and a graceful shutdown on SIGTERM/SIGINT. */
export async function runServer(env: Env, dev: boolean) {
  keepRunningOnUnhandledRejections();
  const database = await prepareDatabase(env);
  await bootstrapStaff(env);
  // The web process enqueues jobs too: create the queues now so /readyz is true from the start.
  await getBoss();

  const vite = dev
    ? await import("vite").then((v) => v.createServer({ server: { middlewareMode: true }, root: ROOT }))
    : undefined;
  const app = await createHttpApp({ mode: dev ? "development" : "production", buildDir: BUILD_DIR, vite, production: env.isProduction, stripeApiBase: env.stripeApiBase, metricsToken: env.metricsToken, appUrl: env.appUrl, trustProxyHops: env.trustProxyHops });

  // Not app.listen: Express 5 calls its callback on errors too, which would hide EADDRINUSE.
  const server: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Port ${env.port} is already in use: stop the other process or set PORT.`) : error),
    );
    server.listen(env.port, resolve);
  });
  console.log(`Career Pivot listening on ${env.appUrl} (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);

  let worker: Worker | undefined;
  if (env.worker === "inline") worker = await startWorker();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping — finishing in-flight requests and jobs`);
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    if (worker) await worker.stop();
    else await stopBoss();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
    await vite?.close();
    await flushFunnelCounts();
    await closeDb();
    await database.stop();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
