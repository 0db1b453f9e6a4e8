import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { getEnv } from "./env";
import { singleton } from "./singleton";

type LogFields = { requestId?: string; jobId?: string; queue?: string };

/** Carries the request or job id to every log line written while handling it. */
export const logContext: AsyncLocalStorage<LogFields> = singleton("logContext", () => new AsyncLocalStorage<LogFields>());

/**
 * Structured JSON logs (one object per line). Email addresses and bearer tokens never belong in a
 * log line: paths are logged with tokens replaced (see `redactPath`), and known fields are censored.
 */
export const logger: pino.Logger = singleton("logger", () =>
  pino({
    level: getEnv().logLevel,
    base: { service: "career-pivot" },
    mixin: () => ({ ...logContext.getStore() }),
    redact: { paths: ["email", "to", "*.email", "password", "*.password", "token", "*.token", "authorization"], censor: "[redacted]" },
  }),
);

/**
 * Addresses whose path segment after the prefix is a bearer capability: whoever holds the URL can
 * read a result, download a Blueprint, pay for an order or export/erase a person's data.
 */
const CAPABILITY_PREFIXES = ["/privacy/confirm/", "/results/", "/blueprints/", "/checkout/simulator/"];

/** Readable words (occupation slugs, page names) are kept; anything long that is not one may be a token. */
const WORDS = /^[a-z]+(?:-[a-z]+)*(?:\.data)?$/;

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A URL path fit for a log line or label: the query is dropped (a Checkout `session_id` lives
 * there), every capability path keeps only its route shape whatever the token looks like and
 * however the address is spelt (letter case, escapes, `.data`, `\`), and any other long segment
 * that is not a plain word is replaced.
 */
export function redactPath(url: string): string {
  const path = decoded(url.split(/[?#]/)[0]!).replace(/\\/g, "/");
  const lower = path.toLowerCase();
  for (const prefix of CAPABILITY_PREFIXES) {
    const at = lower.indexOf(prefix);
    if (at === -1) continue;
    const rest = lower.slice(at + prefix.length);
    const suffix = /\/export(?:\.data)?\/?$/.test(rest) ? "/export" : "";
    return `${redactSegments(path.slice(0, at))}${prefix}:token${suffix}${rest.endsWith(".data") ? ".data" : ""}`;
  }
  // Built file names carry a content hash, not a secret: keep them readable.
  if (lower.startsWith("/assets/")) return path;
  return redactSegments(path);
}

function redactSegments(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment.length >= 16 && !WORDS.test(segment) ? ":token" : segment))
    .join("/");
}
