import type { Sql } from "../../db/client";

/** Polls `probe` until it returns something truthy, which it returns; throws naming `what` at the deadline. */
export async function waitUntil<T>(
  what: string,
  probe: () => T | Promise<T>,
  { timeoutMs = 30_000, intervalMs = 100 } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** pg-boss states of a job that will still run: queued, waiting for its retry, running. */
const UNFINISHED = ["created", "retry", "active"];

/**
 * Waits until no job of the order (render, emails, the dead-letter handler: any queue whose data
 * names it) is queued, waiting to retry or running. Each step enqueues the next in its own
 * transaction, so once this holds nothing more will happen to the order by itself: a test can
 * then assert that something did not happen without sleeping and hoping it was long enough.
 */
export async function waitForOrderJobsToDrain(sql: Sql, orderId: string, timeoutMs = 60_000): Promise<void> {
  let pending: { name: string; state: string }[] = [];
  try {
    await waitUntil(
      `the jobs of order ${orderId} to finish`,
      async () => {
        pending = await sql<{ name: string; state: string }[]>`
          select name, state::text as state from pgboss.job where data->>'orderId' = ${orderId} and state::text in ${sql(UNFINISHED)}`;
        return pending.length === 0;
      },
      { timeoutMs, intervalMs: 200 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}; still pending: ${pending.map((j) => `${j.name} (${j.state})`).join(", ")}`);
  }
}
