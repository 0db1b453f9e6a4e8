import type postgres from "postgres";
import { getSql } from "../db/client";
import { forgetExpiredLinkUses } from "../app/privacy/links.server";
import { getEnv } from "../lib/env";
import { logger } from "../lib/logger";

export type RetentionOutcome = { drafts: number; results: number; unpaidOrders: number; usedPrivacyLinks: number };

/**
 * UK GDPR storage limitation: assessment drafts and results nobody paid for are deleted once
 * older than the retention period, with any unpaid order (pending, expired, payment failed) that
 * points at them. A pending order that carries a payment intent is a payment held for checking:
 * money was taken, so it and its result are kept like a paid one. A result behind a paid or refunded order is part of that order and is kept.
 * Records of used privacy links go once those links would have expired anyway.
 */
export async function deleteExpiredData(sql: postgres.Sql, now: Date, days: number): Promise<RetentionOutcome> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return sql.begin(async (tx) => {
    const drafts = await tx`delete from assessment_drafts where updated_at < ${cutoff}`;
    const stale = tx`
      select r.id from assessment_results r
      where r.created_at < ${cutoff}
        and not exists (
          select 1 from orders o where o.result_id = r.id
            and (o.status not in ('pending', 'expired', 'payment_failed') or o.stripe_payment_intent_id is not null))`;
    // A pending order with a payment intent took money (held for checking): never "unpaid".
    const orders =
      await tx`delete from orders where result_id in (${stale}) and status in ('pending', 'expired', 'payment_failed') and stripe_payment_intent_id is null`;
    const results = await tx`delete from assessment_results where id in (${stale})`;
    const usedPrivacyLinks = await forgetExpiredLinkUses(tx, now);
    return { drafts: drafts.count, results: results.count, unpaidOrders: orders.count, usedPrivacyLinks };
  });
}

/** The scheduled job (daily): logs counts only, never what was deleted. */
export async function retentionJob(): Promise<void> {
  const outcome = await deleteExpiredData(getSql(), new Date(), getEnv().retentionDays);
  logger.info(outcome, "retention: expired unpaid data deleted");
}
