import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getSql } from "../../db/client";
import type { OccupationContent } from "../../db/schema";
import { blueprintAvailable } from "../../domain/blueprint-availability";
import { PAID_STATUSES, type OrderStatus } from "../../domain/order-state";
import { getEnv } from "../env.server";
import { sealToken } from "../utils/secrets.server";
import { hashToken, newToken, TOKEN_PATTERN } from "../utils/tokens.server";
import { logger } from "../utils/logger.server";
import { IMMEDIATE_DELIVERY_CONSENT } from "./consent";
import { paymentsGateway, PaymentsUnavailableError } from "./gateway.server";
import { countFunnelStep } from "../staff/funnel-count.server";

export const BLUEPRINT_PRICE = { amount: 4900, currency: "gbp" } as const;


export const checkoutFormSchema = z.object({
  consent: z.literal("yes", { error: "Please tick the box to confirm you want your Blueprint delivered straight away." }),
});

export type StartCheckoutOutcome =
  | { ok: true; redirectTo: string }
  | { ok: false; status: 400 | 404 | 409 | 503; message: string; fieldErrors: Record<string, string> };

type ResultRow = { id: string; occupationId: number; occupationTitle: string; occupationContent: OccupationContent; email: string | null };

const blueprintUnavailableMessage = (title: string) =>
  `The Blueprint is not available for ${title} yet: we sell it only for roles whose salary bands, employers and courses our team has checked. You have not been charged.`;

/** Minutes a reused Checkout Session must still have left, so the buyer is not sent to a dead page. */
const REUSE_MARGIN_MS = 15 * 60_000;

/**
 * "Get your Blueprint" on a result page: creates a pending order and its Checkout Session, or
 * reuses an open one, or — if this result was already bought — points at that order. A lock per
 * result makes a double-click produce one order, so one buyer cannot be charged twice.
 */
export async function startCheckout(resultToken: string, form: FormData): Promise<StartCheckoutOutcome> {
  if (!TOKEN_PATTERN.test(resultToken)) return { ok: false, status: 404, message: "We could not find that result.", fieldErrors: {} };
  const parsed = checkoutFormSchema.safeParse({ consent: form.get("consent") ?? undefined });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Please confirm the details below.";
    return { ok: false, status: 400, message, fieldErrors: { consent: message } };
  }
  const appUrl = getEnv().appUrl;
  try {
    return await getSql().begin(async (tx) => {
      const [result] = await tx<ResultRow[]>`
        select r.id, r.occupation_id as "occupationId", o.title as "occupationTitle", o.content as "occupationContent", r.email
        from assessment_results r join occupations o on o.id = r.occupation_id
        where r.token_hash = ${hashToken(resultToken)}`;
      if (!result) return { ok: false, status: 404, message: "We could not find that result.", fieldErrors: {} } as const;
      await tx`select pg_advisory_xact_lock(hashtextextended(${`checkout:${result.id}`}, 0))`;

      const [latest] = await tx<{ status: OrderStatus; stripeSessionId: string | null; checkoutUrl: string | null; checkoutExpiresAt: Date | null }[]>`
        select status, stripe_session_id as "stripeSessionId", checkout_url as "checkoutUrl", checkout_expires_at as "checkoutExpiresAt"
        from orders where result_id = ${result.id} order by created_at desc limit 1`;
      if (latest && PAID_STATUSES.includes(latest.status) && latest.stripeSessionId) {
        return { ok: true, redirectTo: `/checkout/success?session_id=${encodeURIComponent(latest.stripeSessionId)}` } as const;
      }
      // After the paid check: whoever already bought is sent to their order whatever the catalogue says now.
      if (!blueprintAvailable(result.occupationContent)) {
        return { ok: false, status: 409, message: blueprintUnavailableMessage(result.occupationTitle), fieldErrors: {} } as const;
      }
      if (latest?.status === "pending" && latest.checkoutUrl && latest.checkoutExpiresAt && latest.checkoutExpiresAt.getTime() > Date.now() + REUSE_MARGIN_MS) {
        return { ok: true, redirectTo: latest.checkoutUrl } as const;
      }

      const orderId = randomUUID();
      const downloadToken = newToken();
      const session = await paymentsGateway().createCheckoutSession(
        {
          orderId,
          amount: BLUEPRINT_PRICE.amount,
          currency: BLUEPRINT_PRICE.currency,
          productName: `Career Pivot Blueprint — ${result.occupationTitle}`,
          customerEmail: result.email,
          successUrl: `${appUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
          cancelUrl: `${appUrl}/results/${resultToken}?checkout=cancelled`,
        },
        `checkout:${orderId}`,
      );
      if (!session.url) throw new PaymentsUnavailableError("the Checkout Session has no URL");
      await tx`
        insert into orders (id, result_id, occupation_id, status, amount, currency, email, stripe_session_id, checkout_url,
          checkout_expires_at, result_token_sealed, download_token_hash, download_token_sealed, consent_at, consent_text)
        values (${orderId}, ${result.id}, ${result.occupationId}, 'pending', ${BLUEPRINT_PRICE.amount}, ${BLUEPRINT_PRICE.currency},
          ${result.email}, ${session.id}, ${session.url}, ${session.expiresAt}, ${sealToken(resultToken, "result")},
          ${hashToken(downloadToken)}, ${sealToken(downloadToken, "download")}, now(), ${IMMEDIATE_DELIVERY_CONSENT})`;
      await tx`
        insert into order_events (order_id, to_status, actor, action, detail)
        values (${orderId}, 'pending', 'buyer', 'checkout_started', ${tx.json({ sessionId: session.id, gateway: paymentsGateway().mode })})`;
      await countFunnelStep("checkout_started", tx);
      return { ok: true, redirectTo: session.url } as const;
    });
  } catch (error) {
    if (!(error instanceof PaymentsUnavailableError)) throw error;
    logger.warn({ err: error.message }, "checkout: payment provider unavailable");
    return {
      ok: false,
      status: 503,
      message: "We could not reach our payment provider, so nothing was charged. Please try again in a minute.",
      fieldErrors: {},
    };
  }
}
