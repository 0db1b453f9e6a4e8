import { parse } from "qs";

/** The parts of Stripe's objects the app reads, in Stripe's JSON shape (snake_case, unix seconds). */

export type FakeCheckoutSession = {
  id: string;
  object: "checkout.session";
  mode: string;
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid" | "no_payment_required";
  amount_total: number;
  amount_subtotal: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  customer_email: string | null;
  customer_details: { email: string } | null;
  payment_intent: string | null;
  success_url: string | null;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  created: number;
  allow_promotion_codes: boolean | null;
  livemode: boolean;
};

export type FakeLineItem = { quantity: number; currency: string; unitAmount: number; name: string | null };

export type FakeCharge = {
  id: string;
  object: "charge";
  amount: number;
  amount_refunded: number;
  currency: string;
  paid: true;
  status: "succeeded";
  refunded: boolean;
  payment_intent: string;
  metadata: Record<string, string>;
  created: number;
  livemode: boolean;
};

export type FakeRefund = {
  id: string;
  object: "refund";
  amount: number;
  currency: string;
  status: "succeeded";
  payment_intent: string;
  charge: string;
  metadata: Record<string, string>;
  created: number;
};

export type FakeEvent<T = unknown> = {
  id: string;
  object: "event";
  type: string;
  created: number;
  livemode: boolean;
  api_version: string;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  data: { object: T };
};

export type StripeErrorBody = { error: { type: string; message: string; code?: string; param?: string } };

export type Params = Record<string, unknown>;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/** The SDK form-encodes nested params (`line_items[0][price_data][currency]`); qs reverses that. */
export function parseForm(body: string): Params {
  return parse(body, { depth: 10, arrayLimit: 100 });
}

export function isRecord(value: unknown): value is Params {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

export function int(value: unknown): number | null {
  const n = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(n) ? n : null;
}

export function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

export function stripeError(status: number, type: string, message: string, extra: { code?: string; param?: string } = {}) {
  const body: StripeErrorBody = { error: { type, message, ...extra } };
  return { status, body };
}
