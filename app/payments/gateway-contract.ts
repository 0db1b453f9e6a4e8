/**
 * What the app needs from a payments gateway, whichever one it is (Stripe or the local simulator).
 * Both gateways implement this; neither imports the other.
 */

/** What the app needs from a Checkout Session, whichever gateway produced it. */
export type CheckoutSessionView = {
  id: string;
  url: string | null;
  status: "open" | "complete" | "expired";
  paymentStatus: "paid" | "unpaid" | "no_payment_required";
  orderId: string | null;
  paymentIntentId: string | null;
  customerEmail: string | null;
  amountTotal: number | null;
  /** Lower-case ISO code, as Stripe writes it. */
  currency: string | null;
  expiresAt: Date;
};

export type NewCheckoutSession = {
  orderId: string;
  amount: number;
  currency: "gbp";
  productName: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
};

export type PaymentsGateway = {
  mode: "stripe" | "simulator";
  createCheckoutSession: (input: NewCheckoutSession, idempotencyKey: string) => Promise<CheckoutSessionView>;
  retrieveCheckoutSession: (id: string) => Promise<CheckoutSessionView | null>;
  refundPayment: (paymentIntentId: string, idempotencyKey: string) => Promise<{ id: string }>;
};

/** Stripe's or the simulator's failure to do what we asked; the caller shows a calm message. */
export class PaymentsUnavailableError extends Error {
  /** Stripe refused an idempotency key reused with other parameters: retrying with it can never work. */
  idempotencyConflict = false;
}
