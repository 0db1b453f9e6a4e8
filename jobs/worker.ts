import type PgBoss from "pg-boss";
import { getBoss } from "./queue";

export type Worker = { stop: (timeoutMs?: number) => Promise<void> };

/**
 * Registers a handler for every queue. Several workers (inline in the web process and/or
 * `npm run worker` processes) may run at once: pg-boss hands each job to one of them.
 */
export async function startWorker(): Promise<Worker> {
  const boss: PgBoss = await getBoss();
  // Job handlers are registered here as the paid path lands (see jobs/*.ts).
  return {
    stop: async (timeoutMs = 30_000) => {
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
    },
  };
}
