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

function tooManyPage(what: string, retryAfter: number): string {
  const minutes = Math.ceil(retryAfter / 60);
  const wait = retryAfter < 90 ? `${retryAfter} seconds` : `${minutes} minutes`;
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
    res.status(429).set("Retry-After", String(retryAfter)).set("Cache-Control", "no-store").type("html").send(tooManyPage(PUBLIC_LIMITS[bucket].what, retryAfter));
  };
}
