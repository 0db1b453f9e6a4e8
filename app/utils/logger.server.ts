import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { singleton } from "./singleton.server";

type LogFields = { requestId?: string; jobId?: string; queue?: string };

/** Carries the request or job id to every log line written while handling it. */
export const logContext: AsyncLocalStorage<LogFields> = singleton("logContext", () => new AsyncLocalStorage<LogFields>());

/**
 * Structured JSON logs (one object per line). Email addresses and bearer tokens never belong in a
 * log line: paths are logged with tokens replaced (see `redactPath`), and known fields are censored.
 */
export const logger: pino.Logger = singleton("logger", () =>
  pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "career-pivot" },
    mixin: () => ({ ...logContext.getStore() }),
    redact: { paths: ["email", "to", "*.email", "password", "*.password", "token", "*.token", "authorization"], censor: "[redacted]" },
  }),
);

/** Replaces bearer tokens and ids in a URL path, for logs and metric labels. */
export function redactPath(path: string): string {
  return path
    .split("?")[0]!
    .replace(/\/[A-Za-z0-9_-]{32}(?=\/|$)/g, "/:token")
    .replace(/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?=\/|$)/gi, "/:id")
    .replace(/\/cs_[A-Za-z0-9_]+(?=\/|$)/g, "/:session");
}
