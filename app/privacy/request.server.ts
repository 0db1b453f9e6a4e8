import { getSql } from "../../db/client";
import { renderPrivacyLink } from "../../emails/render";
import { sendOrderEmail } from "../../emails/send";
import { enqueuePrivacyRequest, type PrivacyRequestJobData } from "../../lib/queue";
import { getEnv } from "../../lib/env";
import { openToken, sealToken } from "../../lib/secrets";
import { addressDigests, issuePrivacyToken, LINK_VALID_HOURS, readPrivacyToken } from "./links.server";
import { fieldErrors } from "../utils/form-errors";
import { privacyRequestSchema } from "./schemas";

export type PrivacyRequestOutcome =
  { ok: true; message: string } | { ok: false; status: 400; message: string; fieldErrors: Record<string, string> };

/**
 * Step 1: someone gives an email address. The request is queued and answered at once, the same
 * way whether or not we hold anything for that address: looking it up here made known addresses
 * measurably slower, and a mail provider's failure showed only for them.
 */
export async function requestPrivacyLink(form: FormData): Promise<PrivacyRequestOutcome> {
  const parsed = privacyRequestSchema.safeParse({ email: form.get("email") ?? "", action: form.get("action") ?? undefined });
  if (!parsed.success)
    return { ok: false, status: 400, message: "Please correct the details marked below.", fieldErrors: fieldErrors(parsed.error) };
  const { email, action } = parsed.data;
  const { token } = issuePrivacyToken(email, action);
  await enqueuePrivacyRequest({ sealed: sealToken(token, "privacy-request"), subject: addressDigests(email)[0]! });
  return {
    ok: true,
    message: `If we hold any data for that address, we have sent it a link to confirm. It works for ${LINK_VALID_HOURS} hours.`,
  };
}

/**
 * The queued half (jobs/privacy-request.ts): the link goes only to that address, and only if there
 * is something to act on. The link was made when the request came in, so a retry sends the same
 * one under the same idempotency key.
 */
export async function sendPrivacyLinkIfKnown(job: PrivacyRequestJobData): Promise<"sent" | "nothing held" | "stale"> {
  const token = openToken(job.sealed, "privacy-request");
  const link = token ? readPrivacyToken(token) : null;
  if (!token || !link) return "stale";
  const [held] = await getSql()`
    select 1 from assessment_results where lower(email) = ${link.e}
    union all select 1 from orders where lower(email) = ${link.e} limit 1`;
  if (!held) return "nothing held";
  const message = await renderPrivacyLink({
    action: link.a,
    confirmUrl: `${getEnv().appUrl}/privacy/confirm/${token}`,
    validHours: LINK_VALID_HOURS,
  });
  await sendOrderEmail({ orderId: null, kind: "privacy", idempotencyKey: `privacy-${link.n}`, to: link.e, ...message });
  return "sent";
}
