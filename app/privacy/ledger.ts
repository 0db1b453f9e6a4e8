/**
 * What an order's audit trail may keep after its buyer asked for erasure: references to payments
 * and the shape of what happened (Stripe ids, amounts, status, blueprint version), never free
 * text. A staff note, a provider's error message or a last error can quote anything, including
 * the buyer's address, so every key not listed here goes.
 */
const LEDGER_KEYS = new Set([
  "sessionId",
  "gateway",
  "paymentStatus",
  "amountTotal",
  "chargeId",
  "amount",
  "amountRefunded",
  "refundId",
  "stripeEventId",
  "parked",
  "kind",
  "version",
  "pageCount",
]);

type Scalar = string | number | boolean | null;

export function scrubEventDetail(detail: Record<string, unknown>): Record<string, Scalar> {
  const kept: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(detail)) {
    // Only scalars: a nested object under an allowed key could still carry text.
    if (LEDGER_KEYS.has(key) && (value === null || ["string", "number", "boolean"].includes(typeof value))) kept[key] = value as Scalar;
  }
  return kept;
}
