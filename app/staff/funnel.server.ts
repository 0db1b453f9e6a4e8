import { z } from "zod";
import { flushFunnelCounts } from "./funnel-count.server";
import { getSql } from "../../db/client";
import { londonDate } from "../../domain/business-days";
import { addDays, daysBetween, FUNNEL_STEPS, type FunnelDay } from "./funnel";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));

export const funnelRangeSchema = z
  .object({ from: isoDate.optional().catch(undefined), to: isoDate.optional().catch(undefined) })
  .transform(({ from, to }, ctx) => {
    const end = to ?? londonDate(new Date());
    const start = from ?? addDays(end, -29);
    if (start > end) {
      ctx.addIssue({ code: "custom", message: "The start date is after the end date." });
      return z.NEVER;
    }
    if (daysBetween(start, end).length > 366) {
      ctx.addIssue({ code: "custom", message: "Choose at most a year." });
      return z.NEVER;
    }
    return { from: start, to: end };
  });

/**
 * Per London day: the counted steps from funnel_daily, and paid / delivered / refunded from the
 * orders' own timestamps (so they are exact and need no extra writes).
 */
export async function getFunnel(range: { from: string; to: string }): Promise<FunnelDay[]> {
  // This process's counts gathered since the last flush (other instances' lag by seconds at most).
  await flushFunnelCounts();
  const sql = getSql();
  const [counted, orders] = await Promise.all([
    sql<{ day: string; step: string; count: number }[]>`
      select to_char(day, 'YYYY-MM-DD') as day, step, count from funnel_daily where day between ${range.from} and ${range.to}`,
    sql<{ day: string; step: string; count: number }[]>`
      select day, step, count(*)::int as count from (
        select to_char(paid_at at time zone 'Europe/London', 'YYYY-MM-DD') as day, 'paid' as step from orders where paid_at is not null
        union all
        select to_char(delivered_at at time zone 'Europe/London', 'YYYY-MM-DD'), 'delivered' from orders where delivered_at is not null
        union all
        select to_char(refunded_at at time zone 'Europe/London', 'YYYY-MM-DD'), 'refunded' from orders where refunded_at is not null
      ) t where day between ${range.from} and ${range.to} group by day, step`,
  ]);
  const byDay = new Map<string, FunnelDay>(
    daysBetween(range.from, range.to).map((day) => [
      day,
      { day, ...(Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as Omit<FunnelDay, "day">) },
    ]),
  );
  for (const r of [...counted, ...orders]) {
    const d = byDay.get(r.day);
    if (d && (FUNNEL_STEPS as readonly string[]).includes(r.step)) d[r.step as (typeof FUNNEL_STEPS)[number]] += r.count;
  }
  return [...byDay.values()];
}
