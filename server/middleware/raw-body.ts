import express from "express";

/** Largest request body accepted anywhere (forms and webhooks are a few KB). */
export const MAX_BODY_BYTES = 256 * 1024;

const hasNoBody = (method: string) => method === "GET" || method === "HEAD";

/**
 * Buffers a request's body into `req.body`, refusing more than MAX_BODY_BYTES (413 before any
 * route runs) even without a Content-Length. The bytes stay exactly as sent: the Stripe webhook
 * verifies its signature over them, so a compressed body is refused rather than inflated.
 * GET and HEAD bodies are never read, as React Router would ignore them.
 */
export function rawBody(): express.RequestHandler {
  const read = express.raw({ type: () => true, limit: MAX_BODY_BYTES, inflate: false });
  return (req, res, next) => (hasNoBody(req.method) ? next() : read(req, res, next));
}

/** The bytes `rawBody` read: undefined for GET and HEAD, empty when a request sent none. */
export function requestBody(req: express.Request): Buffer | undefined {
  if (hasNoBody(req.method)) return undefined;
  return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
}

type BodyError = { type: string; status: number };

function isBodyError(error: unknown): error is BodyError {
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as Partial<BodyError>).type === "string" &&
    typeof (error as Partial<BodyError>).status === "number"
  );
}

/**
 * What to answer when reading the body failed through the client's doing (too large, cut short,
 * compressed); null for any other error, which is ours.
 */
export function bodyRefusal(error: unknown): { status: number; message: string } | null {
  if (!isBodyError(error) || error.status < 400 || error.status >= 500) return null;
  if (error.type === "entity.too.large") return { status: 413, message: "Request body too large." };
  if (error.type === "encoding.unsupported") return { status: 415, message: "Send the request body uncompressed." };
  return { status: 400, message: "Bad request: the request body could not be read." };
}
