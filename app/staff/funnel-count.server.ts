import type postgres from "postgres";
import { getSql } from "../../db/client";
import { londonDate } from "../../domain/business-days";
import { logger } from "../../lib/logger";
import { singleton } from "../../lib/singleton";

export type CountedStep = "report_view" | "assessment_start" | "assessment_complete" | "checkout_started";

const FLUSH_MS = 5_000;

type Pending = { counts: Map<string, number>; timer?: NodeJS.Timeout };
const pending: Pending = singleton("funnelPending", () => ({ counts: new Map<string, number>() }));

const upsert = (sql: postgres.Sql | postgres.TransactionSql, day: string, step: string, n: number) => sql`
  insert into funnel_daily (day, step, count) values (${day}, ${step}, ${n})
  on conflict (day, step) do update set count = funnel_daily.count + ${n}`;

/** Writes the counts gathered since the last flush (one upsert per day and step). */
export async function flushFunnelCounts(): Promise<void> {
  const batch = [...pending.counts];
  pending.counts.clear();
  for (const [key, n] of batch) {
    const [day, step] = key.split("|") as [string, string];
    try {
      await upsert(getSql(), day, step, n);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error), step }, "funnel count flush failed");
    }
  }
}

/**
 * Adds one to today's (London) counter for a funnel step. No cookie, no id, nothing about the
 * visitor: just a number per day. With the caller's transaction the count commits with it (a
 * checkout). Otherwise counts are gathered in memory and written every few seconds: one hot row
 * per day updated on every page view would serialise busy pages on its row lock. A crash loses
 * at most a few seconds of counts; a counting failure never fails a page.
 */
export async function countFunnelStep(step: CountedStep, tx?: postgres.TransactionSql): Promise<void> {
  const day = londonDate(new Date());
  if (tx) {
    await upsert(tx, day, step, 1);
    return;
  }
  const key = `${day}|${step}`;
  pending.counts.set(key, (pending.counts.get(key) ?? 0) + 1);
  pending.timer ??= setTimeout(() => {
    pending.timer = undefined;
    void flushFunnelCounts();
  }, FLUSH_MS).unref();
}
