import { receiveStripeWebhook } from "../payments/webhook.server";
import type { Route } from "./+types/webhooks.stripe";

// The raw body is read as text and verified before anything is parsed (never re-serialised).
export async function action({ request }: Route.ActionArgs) {
  if (request.method !== "POST") return Response.json({ error: "Use POST." }, { status: 405, headers: { Allow: "POST" } });
  const reply = await receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(reply.body, { status: reply.status, headers: { "Cache-Control": "no-store" } });
}

export function loader() {
  return Response.json({ error: "This endpoint accepts Stripe webhooks by POST only." }, { status: 405, headers: { Allow: "POST" } });
}
