import { AsyncLocalStorage } from "node:async_hooks";
import type postgres from "postgres";

/**
 * Pacing every send under the provider's allowance, which is per team (Resend: 2 requests/s for
 * all keys and processes together). The allowance is shared through one PostgreSQL row holding
 * the next free slot: each send reserves its slot with one atomic upsert, so any number of
 * processes pace each other without coordination, and a 429's `retry-after` moves the slot for
 * all of them.
 */
const PROVIDER = "resend";

/**
 * The requests reach the provider a little unevenly (timers, network), so we aim under the
 * allowance: at 2/s a 0.9 headroom spaces sends 556 ms apart instead of 500.
 */
export const PACING_HEADROOM = 0.9;

export function sendIntervalMs(ratePerSecond: number): number {
  return 1000 / (ratePerSecond * PACING_HEADROOM);
}

/** Reserves the next free slot and returns how long to wait for it (database clock, so hosts' clocks may differ). */
export async function reserveSendSlot(sql: postgres.Sql, intervalMs: number): Promise<number> {
  const seconds = intervalMs / 1000;
  const [row] = await sql<{ waitMs: number }[]>`
    insert into email_pacing as p (provider, next_at)
    values (${PROVIDER}, clock_timestamp() + make_interval(secs => ${seconds}::float8))
    on conflict (provider) do update
      set next_at = greatest(p.next_at, clock_timestamp()) + make_interval(secs => ${seconds}::float8)
    returning greatest(0, extract(epoch from (p.next_at - clock_timestamp())) * 1000 - ${intervalMs}::float8)::float8 as "waitMs"`;
  return row?.waitMs ?? 0;
}

/** After a 429: nobody sends before the provider said to try again. */
export async function holdSendsFor(sql: postgres.Sql, seconds: number): Promise<void> {
  await sql`
    insert into email_pacing as p (provider, next_at) values (${PROVIDER}, clock_timestamp() + make_interval(secs => ${seconds}::float8))
    on conflict (provider) do update set next_at = greatest(p.next_at, clock_timestamp() + make_interval(secs => ${seconds}::float8))`;
}

/** Seconds from a 429's headers: `retry-after` (seconds or an HTTP date), else `ratelimit-reset`, else 1. */
export function retryAfterSeconds(headers: Record<string, string> | null | undefined, now = Date.now()): number {
  const raw = headers?.["retry-after"] ?? headers?.["ratelimit-reset"];
  if (raw === undefined) return 1;
  const n = Number(raw);
  if (Number.isFinite(n) && n >= 0) return Math.max(n, 0.1);
  const at = Date.parse(raw);
  return Number.isFinite(at) ? Math.max((at - now) / 1000, 0.1) : 1;
}

/**
 * How long a send may keep waiting for its slot: the running job's time limit (its expiry), set
 * by the worker. Outside a job (a script, a test) a minute.
 */
const deadlines = new AsyncLocalStorage<number>();

export function withSendDeadline<T>(deadlineMs: number, run: () => Promise<T>): Promise<T> {
  return deadlines.run(deadlineMs, run);
}

export function sendDeadline(now = Date.now()): number {
  return deadlines.getStore() ?? now + 60_000;
}

/**
 * The provider will not take the email before `retryAt`, which is past the job's time limit:
 * the worker queues the job again for then instead of failing it (a 429 is never a failed attempt).
 */
export class EmailDeferredError extends Error {
  constructor(readonly retryAt: Date) {
    super(`email provider busy: sending again after ${retryAt.toISOString()}`);
  }
}
