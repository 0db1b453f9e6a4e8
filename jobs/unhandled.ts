import { logger } from "../lib/logger";

/**
 * pg-boss 10 marks a finished job complete (or failed) without awaiting it (src/manager.js, work →
 * onFetch): if the database goes away at that moment, the rejection is unhandled and Node would
 * end the whole process — the web server with it. Such a job stays active and is retried after
 * its expiry, and every handler is idempotent, so logging is the right response, not a crash.
 */
export function keepRunningOnUnhandledRejections(): void {
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason instanceof Error ? reason.message : String(reason) }, "unhandled promise rejection (kept running)");
  });
}
