/**
 * The order reference buyers quote ("CP-1A2B3C4D-5E6F"): the first 12 hex digits of the order's
 * UUID, grouped as in the UUID. The database keeps the same value in `orders.reference` (a stored
 * generated column with a unique index) so support can search it; a test checks the two agree.
 *
 * Why 12 digits: with 8 (what emails quoted until issue 18), 100k random orders would share one
 * reference with probability ≈ 69% (birthday bound n²/2·16⁸); with 12 it is ≈ 0.002%, and the
 * unique index refuses the rare clash rather than letting two orders answer to one reference.
 * An old 8-digit reference is the prefix of the new one, so it is still found.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isOrderId = (id: string): boolean => UUID.test(id);

export function orderReference(orderId: string): string {
  if (!UUID.test(orderId)) throw new Error("orderReference needs an order UUID");
  return `CP-${orderId.slice(0, 13).toUpperCase()}`;
}

/**
 * What a typed reference can match: `CP-1A2B3C4D` (older emails) or `CP-1A2B3C4D-5E6F`, in any
 * case, with or without "CP", the hyphens or spaces. Returns the canonical prefix to look up
 * (`reference like prefix%`), or null if the text is not a reference.
 */
export function referencePrefix(typed: string): string | null {
  const hex = typed
    .trim()
    .replace(/^cp[\s-]*/i, "")
    .replace(/[\s-]/g, "");
  if (!/^[0-9a-f]{8}([0-9a-f]{4})?$/i.test(hex)) return null;
  const upper = hex.toUpperCase();
  return upper.length === 8 ? `CP-${upper}` : `CP-${upper.slice(0, 8)}-${upper.slice(8)}`;
}
