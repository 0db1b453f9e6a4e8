import type express from "express";
import { plainText } from "./plain-text";
import { requestBody } from "./raw-body";

// PostgreSQL text cannot hold NUL: these refuse it at the edge rather than fail inside a query.

/** Refuses a NUL in the address, and a malformed percent-escape, which would otherwise surface as a URIError deep inside routing. */
export function refuseNulInAddress(): express.RequestHandler {
  return (req, res, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(req.originalUrl);
    } catch {
      return plainText(res, 400, "Bad request: the address contains an invalid character escape.");
    }
    if (decoded.includes("\u0000")) return plainText(res, 400, "Bad request: the address contains a NUL character.");
    next();
  };
}

function formHasNul(contentType: string | undefined, body: Buffer): boolean {
  if (contentType?.startsWith("application/x-www-form-urlencoded"))
    return [...new URLSearchParams(body.toString("utf8"))].some(([k, v]) => k.includes("\u0000") || v.includes("\u0000"));
  return contentType?.startsWith("multipart/form-data") === true && body.includes(0);
}

/** Refuses a form whose fields carry a NUL (after `rawBody`). */
export function refuseNulInForm(): express.RequestHandler {
  return (req, res, next) => {
    const body = requestBody(req);
    if (body && formHasNul(req.get("content-type"), body))
      return plainText(res, 400, "We could not accept that form: it contains a NUL character.");
    next();
  };
}
