import type { IncomingMessage, ServerResponse } from "node:http";
import { writeReadableStreamToWritable } from "@react-router/node";
import type express from "express";
import { createRequestHandler, RouterContextProvider, type ServerBuild } from "react-router";
import { requestContext } from "../app/request-context";
import { clientKey } from "../app/utils/client-key.server";
import { requestBody } from "./middleware/raw-body";

/** A change to React Router's answer before it is written (the page cache keeps a copy). */
export type ResponseFilter = (response: Response) => Promise<Response> | Response;

const filters = new WeakMap<express.Response, ResponseFilter[]>();

/** Asks the adapter to pass this request's React Router response through `filter` before writing it. */
export function beforeSending(res: express.Response, filter: ResponseFilter): void {
  filters.set(res, [...(filters.get(res) ?? []), filter]);
}

/** This request's CSP nonce (set by securityHeaders), or "" when there is none. */
export function cspNonce(res: express.Response): string {
  return typeof res.locals.cspNonce === "string" ? res.locals.cspNonce : "";
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
 * The React Router adapter: an Express request in, React Router's response out. Unlike React
 * Router's own Express adapter it takes the body `rawBody` already buffered (with its size limit)
 * instead of streaming it without one.
 */
export function createReactRouterHandler(getBuild: () => Promise<ServerBuild> | ServerBuild, mode: string): express.RequestHandler {
  const handle = createRequestHandler(getBuild, mode);
  return async (req, res, next) => {
    try {
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const body = requestBody(req);
      const url = new URL(req.originalUrl, `${req.protocol}://${req.get("host") ?? "localhost"}`);
      const request = new Request(url, {
        method: req.method,
        headers: toHeaders(req),
        signal: controller.signal,
        body: body ? new Uint8Array(body) : undefined,
      });
      const nonce = cspNonce(res);
      const context = new RouterContextProvider();
      // The client as the public allowances key it (req.ip honours TRUST_PROXY_HOPS; IPv6 by /64).
      context.set(requestContext, { cspNonce: nonce || undefined, clientIp: clientKey(req.ip) });
      let response = await handle(request, context);
      for (const filter of filters.get(res) ?? []) response = await filter(response);
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
