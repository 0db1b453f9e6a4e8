import type express from "express";
import { PUBLIC_LIMITS, takeRateLimit, type PublicBucket } from "../app/utils/rate-limit.server";
import { logger } from "../app/utils/logger.server";

/** Which requests count against which public allowance. */
export function bucketFor(method: string, path: string): PublicBucket | null {
  if (method === "POST" && (path === "/assessment" || path.startsWith("/assessment/"))) return "assessment";
  if (method === "POST" && path.startsWith("/results/")) return "checkout";
  if (method === "POST" && path.startsWith("/checkout/simulator/")) return "checkout";
  if ((method === "GET" || method === "HEAD") && path.startsWith("/blueprints/")) return "download";
  if (method === "POST" && path.startsWith("/privacy")) return "privacy";
  return null;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function waitFor(retryAfter: number): string {
  return retryAfter < 90 ? `${retryAfter} seconds` : `${Math.ceil(retryAfter / 60)} minutes`;
}

/**
 * For React Router's data requests (`*.data`): the browser's router shows a non-2xx body it did
 * not render itself as the error text, so it gets the sentences, not a page of markup.
 */
function tooManyText(what: string, retryAfter: number): string {
  return `We received a lot of ${what} from your connection in a short time, so we are pausing them to keep the service safe. You can try again in ${waitFor(retryAfter)}. Nothing you have already saved is lost.`;
}

function tooManyPage(what: string, retryAfter: number): string {
  const wait = waitFor(retryAfter);
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many requests · Career Pivot</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1b2430; background: #faf8f4; line-height: 1.5">
<p style="text-transform: uppercase; font-weight: 600; color: #4a5567">Error 429</p>
<h1>Please slow down</h1>
<p>We received a lot of ${escape(what)} from your connection in a short time, so we are pausing them to keep the service safe.</p>
<p><strong>You can try again in ${wait}.</strong> Nothing you have already saved is lost.</p>
<p><a href="/" style="color: #0a4343">Back to Career Pivot</a></p></body></html>`;
}

/**
 * Per-IP allowances for assessment answers, checkout, downloads and privacy requests, counted in
 * PostgreSQL. Sign-in has its own throttle (per account and per IP) in the staff console. If the
 * counter store fails, the request goes through: an outage of the limiter must not take the
 * funnel down with it.
 */
export function abuseLimits(): express.RequestHandler {
  return async (req, res, next) => {
    const bucket = bucketFor(req.method, req.path);
    if (!bucket) return next();
    let retryAfter = 0;
    try {
      retryAfter = await takeRateLimit(bucket, req.ip ?? req.socket.remoteAddress ?? "unknown");
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), bucket }, "rate limiter unavailable");
    }
    if (retryAfter === 0) return next();
    const { what } = PUBLIC_LIMITS[bucket];
    res.status(429).set("Retry-After", String(retryAfter)).set("Cache-Control", "no-store");
    if (req.path.endsWith(".data")) res.type("text/plain").send(tooManyText(what, retryAfter));
    else res.type("html").send(tooManyPage(what, retryAfter));
  };
}
