import { z } from "zod";
import { referencePrefix } from "../../domain/order-reference";

/** What a support look-up searches by, decided from the shape of what was typed. */
export type LookupKey =
  | { kind: "email"; email: string }
  | { kind: "reference"; prefix: string }
  | { kind: "checkout_session"; id: string }
  | { kind: "payment_intent"; id: string }
  | { kind: "order_id"; id: string };

export type LookupKind = LookupKey["kind"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Stripe ids are an object prefix, an optional mode, then letters and digits (ours: cs_test_sim_…).
const STRIPE_ID = /^(cs|pi)_[A-Za-z0-9_]{8,250}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export const LOOKUP_HELP =
  "Type a buyer's email, an order reference (CP-…), or a Stripe checkout session (cs_…) or payment intent (pi_…) id.";

/** Classifies one typed search; anything else is a 400 with LOOKUP_HELP. */
export function classifyLookup(typed: string): LookupKey | null {
  const q = typed.trim();
  if (EMAIL.test(q)) return { kind: "email", email: q.toLowerCase() };
  if (STRIPE_ID.test(q)) return q.startsWith("cs_") ? { kind: "checkout_session", id: q } : { kind: "payment_intent", id: q };
  if (UUID.test(q)) return { kind: "order_id", id: q.toLowerCase() };
  const prefix = referencePrefix(q);
  return prefix ? { kind: "reference", prefix } : null;
}

export const lookupSchema = z.object({
  q: z
    .string({ error: LOOKUP_HELP })
    .trim()
    .min(1, { error: LOOKUP_HELP })
    .max(254, { error: "That is longer than any email, reference or Stripe id. " + LOOKUP_HELP })
    .transform((q, ctx) => {
      const key = classifyLookup(q);
      if (!key) {
        ctx.addIssue({ code: "custom", message: LOOKUP_HELP });
        return z.NEVER;
      }
      return key;
    }),
});
