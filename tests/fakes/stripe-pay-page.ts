import type { ServerResponse } from "node:http";
import type { FakeCheckoutSession } from "./stripe-objects";

/**
 * The hosted Checkout page behind `session.url`, so a browser test can follow the app's 303 and
 * "pay". Paying only completes the session and redirects like Stripe does; it sends no webhook,
 * because the test decides when (and whether) that arrives: `fake.signedDelivery(...)`.
 */

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function payPage(res: ServerResponse, session: FakeCheckoutSession): void {
  const amount = new Intl.NumberFormat("en-GB", { style: "currency", currency: session.currency.toUpperCase() }).format(
    session.amount_total / 100,
  );
  const action =
    session.status === "open"
      ? `<form method="post"><button type="submit">Pay ${escape(amount)}</button></form>`
      : `<p>This session is ${escape(session.status)}.</p>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Stripe Checkout</title></head><body><h1>Fake Stripe Checkout</h1><p data-session-id="${escape(session.id)}">${escape(amount)}</p>${action}</body></html>`;
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(html);
}

/** Stripe fills `{CHECKOUT_SESSION_ID}` in the success URL when it redirects. */
export function redirectAfterPayment(res: ServerResponse, session: FakeCheckoutSession): void {
  const target = (session.success_url ?? "about:blank").replaceAll("{CHECKOUT_SESSION_ID}", session.id);
  res.writeHead(303, { Location: target });
  res.end();
}
