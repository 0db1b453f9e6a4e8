import { randomBytes } from "node:crypto";
import type express from "express";

type Options = { production: boolean; dev: boolean; extraFormActions: string[] };

/**
 * Security headers on every response. The Content-Security-Policy allows scripts only with this
 * request's nonce (React Router's inline hydration scripts carry it; see app/entry.server.tsx).
 * Styles allow inline attributes: a few components set widths inline, and email previews are
 * inline-styled HTML. Form posts may redirect to Stripe Checkout, so its origin is a form action.
 */
export function securityHeaders({ production, dev, extraFormActions }: Options): express.RequestHandler {
  const formActions = ["'self'", "https://checkout.stripe.com", ...extraFormActions].join(" ");
  return (_req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self'${dev ? " ws: wss:" : ""}`,
      "frame-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      `form-action ${formActions}`,
      "frame-ancestors 'none'",
    ].join("; ");
    // Vite's dev server injects inline scripts without our nonce: report, do not block, in dev.
    res.setHeader(dev ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy", csp);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Cross-site request forgery guard for every mutating request (React Router checks its own UI
 * actions; this also covers resource routes). A browser request from another site carries an
 * Origin (and Sec-Fetch-Site) that is neither this server nor APP_URL: refused with 403 before any
 * route runs. The Stripe webhook is exempt: it is authenticated by its signature instead.
 */
export function originGuard(appUrl: string, exempt: readonly string[]): express.RequestHandler {
  const appOrigin = new URL(appUrl).origin;
  return (req, res, next) => {
    if (!MUTATING.has(req.method) || exempt.includes(req.path)) return next();
    const origin = req.get("origin");
    const own = `${req.protocol}://${req.get("host") ?? ""}`;
    // An opaque origin ("null", e.g. a sandboxed frame) is foreign too.
    const foreign = origin !== undefined && origin !== own && origin !== appOrigin;
    if (foreign || (!origin && req.get("sec-fetch-site") === "cross-site")) {
      res.status(403).type("text/plain; charset=utf-8").send("This form can only be sent from Career Pivot's own pages.");
      return;
    }
    next();
  };
}
