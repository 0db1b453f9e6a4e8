import path from "node:path";
import { loadDotenvWhenAsked } from "../lib/dotenv";
import { getEnv } from "../lib/env";
import { unappliedPatchesProblem } from "../server/install-check";
import { keepRunningOnUnhandledRejections } from "./unhandled";
import { closeDb } from "../db/client";
import { prepareDatabase } from "../db/bootstrap";
import { startWorker } from "./worker";
import { startWorkerMetricsServer } from "./worker-metrics";

// `npm run worker`: a worker process on its own (WORKER=off on the web processes).
// It renders with react-pdf and queries with postgres.js: refuse, as `npm start` does, without their patches.
const ROOT = path.resolve(import.meta.dirname, "..");
loadDotenvWhenAsked(ROOT);
const unpatched = unappliedPatchesProblem(ROOT);
if (unpatched) {
  console.error(unpatched);
  process.exit(1);
}
keepRunningOnUnhandledRejections();
const database = await prepareDatabase(getEnv(), { seed: false });
const worker = await startWorker();
const env = getEnv();
const metricsServer = env.workerMetricsPort ? await startWorkerMetricsServer(env.workerMetricsPort, env.metricsToken) : undefined;
console.log(metricsServer ? `worker started; /metrics and /healthz on port ${env.workerMetricsPort}` : "worker started");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the running job, then exiting`);
  metricsServer?.close();
  await worker.stop();
  await closeDb();
  await database.stop();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
