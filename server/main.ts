import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { ViteDevServer } from "vite";
import { keepRunningOnUnhandledRejections } from "../jobs/unhandled";
import { flushFunnelCounts } from "../app/staff/funnel-count.server";
import path from "node:path";
import type { Env } from "../lib/env";
import { bootstrapStaff, generatedPasswordFile } from "../app/staff/bootstrap.server";
import { closeDb } from "../db/client";
import { prepareDatabase, type PreparedDatabase } from "../db/bootstrap";
import { getBoss, stopBoss } from "../lib/queue";
import { startWorker, type Worker } from "../jobs/worker";
import { createHttpApp } from "./app";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_DIR = path.join(ROOT, "build");

/** Where the database is, for the start-up summary: never the password. */
function describeDatabase(env: Env, database: PreparedDatabase): string {
  if (database.embedded) {
    const dir = path.join(env.dataDir, "postgres");
    const relative = path.relative(process.cwd(), dir);
    return `embedded PostgreSQL in ${relative && !relative.startsWith("..") ? relative : dir} (port ${new URL(database.url).port})`;
  }
  const url = new URL(database.url);
  return `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname} (DATABASE_URL)`;
}

/** Who signs in to the staff console, when start-up knows. */
async function describeStaffSignIn(env: Env): Promise<string> {
  if (env.staffEmail) return ` (sign in as ${env.staffEmail})`;
  const file = generatedPasswordFile(env.dataDir);
  const [email] = (await readFile(file, "utf8").catch(() => "")).split("\n");
  return email ? ` (sign in as ${email}, password in ${file})` : "";
}

/**
 * Database → HTTP server → inline worker, and a graceful shutdown on SIGTERM/SIGINT. The signal
 * handlers come first: an orchestrator may stop a process the moment it answers /healthz, and
 * Node's default for SIGTERM would exit at once, leaving the embedded PostgreSQL running and the
 * worker's jobs to expire. A signal during start-up lets the step under way finish, starts
 * nothing more, and stops what is running.
 */
export async function runServer(env: Env, dev: boolean) {
  keepRunningOnUnhandledRejections();
  const running: { database?: PreparedDatabase; server?: Server; vite?: ViteDevServer; worker?: Worker } = {};
  let stopping = false;
  let startup: Promise<void> = Promise.resolve();

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping — finishing in-flight requests and jobs`);
    await startup.catch(() => undefined);
    const { database, server, vite, worker } = running;
    const closed = server ? new Promise((resolve) => server.close(resolve)) : Promise.resolve();
    server?.closeIdleConnections();
    if (worker) await worker.stop();
    else await stopBoss();
    await Promise.race([closed, new Promise((r) => setTimeout(r, 10_000))]);
    await vite?.close();
    if (database) {
      await flushFunnelCounts();
      await closeDb();
      await database.stop();
    }
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  startup = (async () => {
    const database = (running.database = await prepareDatabase(env));
    if (stopping) return;
    await bootstrapStaff(env);
    // The web process enqueues jobs too: create the queues now so /readyz is true from the start.
    await getBoss();
    if (stopping) return;

    const vite = (running.vite = dev
      ? await import("vite").then((v) => v.createServer({ server: { middlewareMode: true }, root: ROOT }))
      : undefined);
    const app = await createHttpApp({
      mode: dev ? "development" : "production",
      buildDir: BUILD_DIR,
      vite,
      production: env.isProduction,
      stripeApiBase: env.stripeApiBase,
      metricsToken: env.metricsToken,
      appUrl: env.appUrl,
      trustProxyHops: env.trustProxyHops,
    });
    if (stopping) return;

    // Not app.listen: Express 5 calls its callback on errors too, which would hide EADDRINUSE.
    const server: Server = createServer(app);
    await new Promise<void>((resolve, reject) => {
      server.once("error", (error: NodeJS.ErrnoException) =>
        reject(error.code === "EADDRINUSE" ? new Error(`Port ${env.port} is already in use: stop the other process or set PORT.`) : error),
      );
      server.listen(env.port, resolve);
    });
    running.server = server;
    console.log(
      [
        `Career Pivot is running at ${env.appUrl}`,
        `  database:      ${describeDatabase(env, database)}`,
        `  staff console: ${env.appUrl}/staff${await describeStaffSignIn(env)}`,
        `  job worker:    ${env.worker === "inline" ? "in this process" : "off here (WORKER=off): run `npm run worker`"}`,
      ].join("\n"),
    );
    if (stopping) return;
    if (env.worker === "inline") running.worker = await startWorker();
  })();
  await startup;
}
