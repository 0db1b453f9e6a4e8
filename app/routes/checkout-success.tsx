import { useEffect } from "react";
import { data, Link, useRevalidator } from "react-router";
import { z } from "zod";
import type { OrderStatus } from "../../domain/order-state";
import { Container } from "../components/page";
import { getCheckoutStatus } from "../payments/checkout-status.server";
import type { Route } from "./+types/checkout-success";

const querySchema = z.object({ session_id: z.string().min(1).max(300) });

export async function loader({ request }: Route.LoaderArgs) {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data("This page needs the checkout reference Stripe sends you back with.", { status: 400 });
  const order = await getCheckoutStatus(parsed.data.session_id);
  if (!order) throw data("We could not find that checkout.", { status: 404 });
  return { order };
}

export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex" });

export const meta = () => [{ title: "Your order · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const STEPS: { status: OrderStatus[]; label: string }[] = [
  { status: ["paid"], label: "Payment received" },
  { status: ["rendering"], label: "Writing your Blueprint" },
  { status: ["awaiting_review"], label: "Being checked by our team" },
  { status: ["sending"], label: "Emailing it to you" },
  { status: ["delivered"], label: "Delivered" },
];
const ORDER: OrderStatus[] = ["pending", "paid", "rendering", "awaiting_review", "sending", "delivered"];

const HEADLINE: Record<OrderStatus, string> = {
  pending: "Confirming your payment…",
  paid: "Payment received — your Blueprint is on its way",
  rendering: "Payment received — we are writing your Blueprint",
  awaiting_review: "Payment received — your Blueprint is being checked",
  sending: "Your Blueprint is ready — emailing it now",
  delivered: "Your Blueprint has been delivered",
  expired: "This checkout expired before payment",
  payment_failed: "Your payment did not go through",
  failed: "Your Blueprint is delayed",
  refunded: "This order has been refunded",
};

const FINAL: OrderStatus[] = ["delivered", "expired", "payment_failed", "failed", "refunded"];

const HELD_HEADLINE = "We are checking your payment";

/** Refreshes the status while the order moves; without JavaScript a meta refresh does the same. */
function useLiveStatus(status: OrderStatus, held: boolean) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    // A held payment waits for a person, not for Stripe: nothing to poll for.
    if (FINAL.includes(status) || held) return;
    const timer = setInterval(() => state === "idle" && revalidate(), status === "awaiting_review" ? 15_000 : 1_500);
    return () => clearInterval(timer);
  }, [status, held, state, revalidate]);
}

export default function CheckoutSuccess({ loaderData }: Route.ComponentProps) {
  const { order } = loaderData;
  useLiveStatus(order.status, order.held);
  const reached = ORDER.indexOf(order.status);
  return (
    <Container className="py-10">
      {FINAL.includes(order.status) || order.held ? null : (
        <noscript>
          <meta httpEquiv="refresh" content="3" />
        </noscript>
      )}
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Career Pivot Blueprint · {order.occupationTitle}</p>
      <h1 className="mt-2 text-3xl font-bold">{order.held ? HELD_HEADLINE : HEADLINE[order.status]}</h1>
      <div role="status" aria-live="polite" className="mt-4 max-w-2xl space-y-3 text-lg">
        <p>
          Order status: <strong data-testid="order-status">{order.status.replace("_", " ")}</strong>
        </p>
        <p className="text-base">
          Order reference: <strong data-testid="order-reference">{order.reference}</strong> — quote it if you contact us.
        </p>
        {order.held ? (
          <p>
            The payment Stripe reported does not match this order, so we have not started your Blueprint yet. Our team has been alerted and
            will contact you within two working days, or refund you.
          </p>
        ) : null}
        {order.status === "pending" && !order.held ? (
          <p>Stripe has not confirmed your payment yet. This usually takes a few seconds; this page updates by itself.</p>
        ) : null}
        {reached > 0 && order.status !== "delivered" ? (
          <p>
            We will email your 15-page PDF{order.email ? ` to ${order.email}` : ""} as soon as it is ready — usually within a few minutes.
            You can close this page.
          </p>
        ) : null}
        {order.status === "delivered" ? (
          <p>We have emailed your Blueprint{order.email ? ` to ${order.email}` : ""}. You can also download it here at any time.</p>
        ) : null}
        {order.status === "failed" ? (
          <p>
            Something went wrong while making your Blueprint. Our team has been alerted and will send it within two working days, or refund
            you.
          </p>
        ) : null}
        {order.status === "expired" || order.status === "payment_failed" ? (
          <p>You have not been charged. You can go back to your result and try again.</p>
        ) : null}
        {order.status === "refunded" ? <p>Your money has been returned to your card, and the download link no longer works.</p> : null}
      </div>
      {order.downloadPath ? (
        <p className="mt-6">
          <a
            href={order.downloadPath}
            className="inline-block rounded-md bg-accent px-5 py-3 font-semibold text-white no-underline hover:bg-accent-strong"
          >
            Download your Blueprint (PDF)
          </a>
        </p>
      ) : null}
      {reached >= 1 ? (
        <ol className="mt-8 max-w-md space-y-2" aria-label="Progress">
          {STEPS.filter((s) => s.status[0] !== "awaiting_review" || order.status === "awaiting_review").map((step) => {
            const done = ORDER.indexOf(step.status[0]!) <= reached;
            return (
              <li key={step.label} className={`flex items-center gap-3 ${done ? "font-semibold" : "text-muted"}`}>
                <span aria-hidden="true">{done ? "✓" : "○"}</span>
                {step.label}
                <span className="sr-only">{done ? "(done)" : "(to come)"}</span>
              </li>
            );
          })}
        </ol>
      ) : null}
      <p className="mt-8 text-sm">
        Questions about your order? Reply to the confirmation email. Read our{" "}
        <Link to="/refund-policy" className="font-semibold text-accent-strong underline">
          refund policy
        </Link>
        . Lost your Blueprint email later?{" "}
        <Link to="/resend-blueprint" className="font-semibold text-accent-strong underline">
          Resend my Blueprint
        </Link>
        .
      </p>
    </Container>
  );
}
