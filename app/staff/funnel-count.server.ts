import type postgres from "postgres";
import { getSql } from "../../db/client";
import { londonDate } from "../../domain/business-days";

export type CountedStep = "report_view" | "assessment_start" | "assessment_complete" | "checkout_started";

/**
 * Adds one to today's (London) counter for a funnel step. No cookie, no id, nothing about the
 * visitor: just a number per day. Pass the caller's transaction to count only what commits.
 * Outside a transaction, a counting failure is logged and never fails the page.
 */
export async function countFunnelStep(step: CountedStep, tx?: postgres.TransactionSql): Promise<void> {
  const upsert = (sql: postgres.Sql | postgres.TransactionSql) => sql`
    insert into funnel_daily (day, step, count) values (${londonDate(new Date())}, ${step}, 1)
    on conflict (day, step) do update set count = funnel_daily.count + 1`;
  if (tx) {
    await upsert(tx);
    return;
  }
  try {
    await upsert(getSql());
  } catch (error) {
    console.error(`funnel count ${step} failed:`, error instanceof Error ? error.message : error);
  }
}
