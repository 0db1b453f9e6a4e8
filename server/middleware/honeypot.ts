import type express from "express";
import { HONEYPOT_FIELD } from "../../app/components/honeypot";
import { plainText } from "./plain-text";
import { requestBody } from "./raw-body";

/** A public form's decoy field (app/components/honeypot.tsx) came back filled: a bot, not a person. */
function honeypotFilled(contentType: string | undefined, body: Buffer): boolean {
  if (!contentType?.startsWith("application/x-www-form-urlencoded")) return false;
  return (new URLSearchParams(body.toString("utf8")).get(HONEYPOT_FIELD) ?? "") !== "";
}

/** Refuses a form post whose decoy field is filled, before any route writes anything (after `rawBody`). */
export function refuseFilledHoneypot(): express.RequestHandler {
  return (req, res, next) => {
    const body = requestBody(req);
    if (body && honeypotFilled(req.get("content-type"), body)) {
      return plainText(res, 400, "We could not accept that form. If you are a person, please reload the page and try again.");
    }
    next();
  };
}
