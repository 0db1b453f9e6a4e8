import type { IncomingMessage, ServerResponse } from "node:http";
import { writeReadableStreamToWritable } from "@react-router/node";
import type express from "express";
import { createRequestHandler, type ServerBuild } from "react-router";
import { HONEYPOT_FIELD } from "../app/components/honeypot";
import { countFunnelStep } from "../app/staff/funnel-count.server";
import { clientKey } from "../app/utils/client-key.server";
import { isReportPath, pageCacheKey, withNonce, type PageCache } from "./page-cache";

/** Largest request body accepted anywhere (forms and webhooks are a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

export class BodyTooLargeError extends Error {}

/** Reads the body into memory, refusing more than `limit` bytes even without Content-Length. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A public form's decoy field (app/components/honeypot.tsx) came back filled: a bot, not a person. */
function honeypotFilled(contentType: string | undefined, body: Buffer): boolean {
  if (!contentType?.startsWith("application/x-www-form-urlencoded")) return false;
  return (new URLSearchParams(body.toString("utf8")).get(HONEYPOT_FIELD) ?? "") !== "";
}

/** PostgreSQL text cannot hold NUL, so no form field may carry one. */
function formHasNul(contentType: string | undefined, body: Buffer): boolean {
  if (contentType?.startsWith("application/x-www-form-urlencoded")) return [...new URLSearchParams(body.toString("utf8"))].some(([k, v]) => k.includes("\u0000") || v.includes("\u0000"));
  return contentType?.startsWith("multipart/form-data") === true && body.includes(0);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  return headers;
}

/**
 * React Router's Express adapter streams bodies without a size limit; this one buffers them with
 * one (so oversized posts get 413 before any route runs) and otherwise behaves the same.
 */
export function createReactRouterHandler(getBuild: () => Promise<ServerBuild> | ServerBuild, mode: string, pageCache?: PageCache) {
  const handle = createRequestHandler(getBuild, mode);
  return async (req: express.Request, res: express.Response, next: express.NextFunction) => {
    try {
      const nonce = typeof res.locals.cspNonce === "string" ? res.locals.cspNonce : "";
      const cacheKey = pageCache ? pageCacheKey(req.method, req.path, req.originalUrl, Boolean(req.get("authorization"))) : null;
      const hit = cacheKey ? pageCache!.get(cacheKey) : undefined;
      if (hit) {
        // The loader that counts report views did not run for this copy: count it here.
        if (isReportPath(req.path)) void countFunnelStep("report_view");
        res.status(hit.status);
        for (const [key, value] of hit.headers) res.setHeader(key, value);
        res.setHeader("X-Page-Cache", "hit");
        res.end(withNonce(hit, nonce));
        return;
      }
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const hasBody = req.method !== "GET" && req.method !== "HEAD";
      const body = hasBody ? await readBody(req) : undefined;
      if (body && formHasNul(req.get("content-type"), body)) {
        res.status(400).type("text/plain; charset=utf-8").send("We could not accept that form: it contains a NUL character.");
        return;
      }
      if (body && honeypotFilled(req.get("content-type"), body)) {
        res.status(400).type("text/plain; charset=utf-8").send("We could not accept that form. If you are a person, please reload the page and try again.");
        return;
      }
      const url = new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
      const request = new Request(url, {
        method: req.method,
        headers: toHeaders(req),
        signal: controller.signal,
        body: body ? new Uint8Array(body) : undefined,
      });
      const response = await handle(request, {
        cspNonce: nonce || undefined,
        // The client as the public allowances key it (req.ip honours TRUST_PROXY_HOPS; IPv6 by /64).
        clientIp: clientKey(req.ip),
      });
      if (cacheKey && response.status === 200 && !response.headers.has("set-cookie")) {
        const page = { status: 200, headers: [...response.headers.entries()], body: Buffer.from(await response.arrayBuffer()), nonce };
        pageCache!.set(cacheKey, page);
        res.setHeader("X-Page-Cache", "miss");
        await send(res, new Response(new Uint8Array(page.body), { status: 200, headers: response.headers }));
        return;
      }
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  if (res.destroyed || res.writableEnded) {
    await response.body?.cancel();
    return;
  }
  res.statusCode = response.status;
  res.statusMessage = response.statusText;
  // A route's own header (e.g. a stricter Referrer-Policy) replaces the app-wide default.
  for (const [key, value] of response.headers.entries()) {
    if (key === "set-cookie") res.appendHeader(key, value);
    else res.setHeader(key, value);
  }
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
