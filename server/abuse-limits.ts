import type express from "express";
import { clientKey } from "../app/utils/client-key.server";
import { PUBLIC_LIMITS, takeRateLimit, type PublicBucket } from "../app/utils/rate-limit.server";
import { logger } from "../lib/logger";
import { matchedRoute, type RouteMatch } from "./route-match";

/** React Router runs a route's action for every method but these, so every other one is counted. */
const readOnly = (method: string) => method === "GET" || method === "HEAD";

/** Which requests count against which public allowance, by the route they reach (not by how the address is spelt). */
export function bucketFor(method: string, pattern: string | undefined): PublicBucket | null {
  if (!pattern) return null;
  if (pattern === "/blueprints/:token") return "download";
  if (readOnly(method)) return null;
  if (pattern === "/assessment" || pattern.startsWith("/assessment/")) return "assessment";
  if (pattern === "/results/:token" || pattern === "/checkout/simulator/:sessionId") return "checkout";
  // A resend request emails an address, like a data request: the same allowance for both.
  if (pattern === "/privacy" || pattern.startsWith("/privacy/") || pattern === "/resend-blueprint") return "privacy";
  return null;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Single-fetch data requests (`*.data`) show a non-2xx body they did not render themselves as text. */
const isDataRequest = (req: express.Request) => req.path.toLowerCase().endsWith(".data");

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

/** The methods to list in `Allow`, or null when the route takes this one. */
export function refusedMethod(method: string, route: RouteMatch | null): string[] | null {
  if (!route?.methods || route.methods.includes(method)) return null;
  return [...route.methods];
}

/**
 * 405 for a method the matched route does not take. React Router would otherwise run a page's
 * action for PUT, PATCH or DELETE as if it were POST (a second door past anything that looks at
 * POST only), and a download or webhook would answer methods it has no use for.
 */
export function methodGuard(): express.RequestHandler {
  return (req, res, next) => {
    const allow = refusedMethod(req.method, matchedRoute(req));
    if (!allow) return next();
    res.status(405).set("Allow", allow.join(", ")).set("Cache-Control", "no-store").type("text/plain; charset=utf-8");
    const hint = allow.includes("GET")
      ? allow.includes("POST")
        ? "Open the page and use its form instead."
        : "Open the link instead."
      : "";
    res.send(`This address does not accept ${req.method} requests (it takes ${allow.join(", ")}). ${hint}`.trim());
  };
}

/**
 * Per-client allowances for assessment answers, checkout, downloads and privacy requests, counted
 * in PostgreSQL. Sign-in has its own throttle (per account and per IP) in the staff console. If the
 * counter store fails, the request goes through: an outage of the limiter must not take the
 * funnel down with it.
 */
export function abuseLimits(): express.RequestHandler {
  return async (req, res, next) => {
    const bucket = bucketFor(req.method, matchedRoute(req)?.pattern);
    if (!bucket) return next();
    let retryAfter = 0;
    try {
      retryAfter = await takeRateLimit(bucket, clientKey(req.ip ?? req.socket.remoteAddress));
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), bucket }, "rate limiter unavailable");
    }
    if (retryAfter === 0) return next();
    const { what } = PUBLIC_LIMITS[bucket];
    res.status(429).set("Retry-After", String(retryAfter)).set("Cache-Control", "no-store");
    if (isDataRequest(req)) res.type("text/plain").send(tooManyText(what, retryAfter));
    else res.type("html").send(tooManyPage(what, retryAfter));
  };
}
