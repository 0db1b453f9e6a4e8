import { logger } from "../lib/logger";
import { metrics } from "../lib/metrics";

/** Logs (with its stack) and counts one rejection nothing handled. */
export function reportUnhandledRejection(reason: unknown): void {
  metrics.unhandledRejections.inc();
  const err = reason instanceof Error ? reason.message : String(reason);
  logger.error({ err, stack: reason instanceof Error ? reason.stack : undefined }, "unhandled promise rejection (kept running)");
}

/**
 * pg-boss 10 marks a finished job complete (or failed) without awaiting it (src/manager.js, work →
 * onFetch): if the database goes away at that moment, the rejection is unhandled and Node would
 * end the whole process — the web server with it. Such a job stays active and is retried after
 * its expiry, and every handler is idempotent, so the process keeps running. Every such rejection
 * — that one or a bug of ours — is logged and counted (`unhandled_rejections_total`), so none
 * passes unseen.
 */
export function keepRunningOnUnhandledRejections(): void {
  process.on("unhandledRejection", reportUnhandledRejection);
}
