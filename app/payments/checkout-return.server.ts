import { createCookie } from "react-router";
import { z } from "zod";
import { getSql } from "../../db/client";
import { getEnv } from "../../lib/env";
import { openToken, sealToken } from "../../lib/secrets";
import { hashToken, TOKEN_PATTERN } from "../utils/tokens.server";

/**
 * Where Stripe sends a buyer who cancels (ADR 011). Stripe gets `/checkout/cancelled?order=<order
 * id>` — a random UUID that opens nothing — instead of the result link. The browser that pressed
 * "Get your Blueprint" carries the result token (sealed) in a cookie scoped to /checkout, and only
 * with it does the page lead back to the result; anyone else sees a plain "not charged" page.
 */
const CANCELLED_PATH = "/checkout/cancelled";
const SEAL_PURPOSE = "checkout-return";

export const cancelledPath = (orderId: string) => `${CANCELLED_PATH}?order=${orderId}`;

function cookie() {
  return createCookie("cp_checkout_return", {
    httpOnly: true,
    // Lax: the return from Stripe is a top-level GET from another site, which Lax cookies follow.
    sameSite: "lax",
    // "/checkout", not the page's own path: with JavaScript on, the router loads "/checkout/cancelled.data",
    // which a cookie scoped to "/checkout/cancelled" would not reach.
    path: "/checkout",
    // A Checkout Session lives 24 hours.
    maxAge: 24 * 60 * 60,
    secure: getEnv().isProduction,
  });
}

export function checkoutReturnCookie(resultToken: string): Promise<string> {
  return cookie().serialize(sealToken(resultToken, SEAL_PURPOSE));
}

const orderParam = z.uuid();

/** The result page to go back to, for the browser that started this order's checkout; otherwise null. */
export async function cancelledCheckoutReturn(orderParamValue: string | null, cookieHeader: string | null): Promise<string | null> {
  const orderId = orderParam.safeParse(orderParamValue);
  if (!orderId.success) return null;
  const sealed: unknown = await cookie().parse(cookieHeader);
  const token = typeof sealed === "string" ? openToken(sealed, SEAL_PURPOSE) : null;
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const [match] = await getSql()`
    select 1 from orders o join assessment_results r on r.id = o.result_id
    where o.id = ${orderId.data} and r.token_hash = ${hashToken(token)}`;
  return match ? `/results/${token}?checkout=cancelled` : null;
}
