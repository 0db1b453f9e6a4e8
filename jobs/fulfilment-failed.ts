import { getSql } from "../db/client";
import { applyOrderEvent } from "../app/orders/transitions.server";
import type { OrderJobData } from "../lib/queue";

/**
 * Dead-letter handler: a fulfilment step ran out of retries (errors or repeated crashes), so the
 * order becomes `failed`, keeping the last error, for staff to see and retry.
 */
export async function fulfilmentFailedJob({ orderId }: OrderJobData): Promise<void> {
  const sql = getSql();
  await sql.begin(async (tx) => {
    const [order] = await tx<{ lastError: string | null }[]>`select last_error as "lastError" from orders where id = ${orderId}`;
    await applyOrderEvent(tx, orderId, { type: "fulfilment_failed" }, "worker", { lastError: order?.lastError ?? "retries exhausted" });
  });
}

/** Kept on the order after every failed attempt, so the final state explains itself. */
export async function recordJobError(orderId: string, error: unknown): Promise<void> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  await getSql()`update orders set last_error = ${message}, updated_at = now() where id = ${orderId}`.catch(() => undefined);
}
