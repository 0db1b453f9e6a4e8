import { getSql } from "../../db/client";
import { JOB } from "../../lib/queue";

const TIMEOUT_MS = 2000;

/** Pings the database with a short deadline, so a dead database answers 503 quickly. */
export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const ping = getSql()`select 1`.execute();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
    });
    await Promise.race([ping, timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** What /healthz answers, on the web process and on a worker's own port. */
export async function livenessReport(): Promise<{
  httpStatus: 200 | 503;
  body: { status: "ok" | "unavailable"; database: "up" | "down"; latencyMs: number };
}> {
  const database = await checkDatabase();
  return {
    httpStatus: database.ok ? 200 : 503,
    body: { status: database.ok ? "ok" : "unavailable", database: database.ok ? "up" : "down", latencyMs: database.latencyMs },
  };
}

const REQUIRED_QUEUES: string[] = Object.values(JOB);

/**
 * Readiness: the database answers and the job queue is usable (pg-boss installed and every queue
 * the paid path sends to exists — a missing queue would silently drop jobs).
 */
export async function checkReadiness(): Promise<{ ok: boolean; database: boolean; queue: boolean; latencyMs: number }> {
  const database = await checkDatabase();
  if (!database.ok) return { ok: false, database: false, queue: false, latencyMs: database.latencyMs };
  const started = performance.now();
  const queue = await getSql()<{ n: number }[]>`
      select count(*)::int as n from pgboss.queue where name = any(${REQUIRED_QUEUES})`
    .then(([row]) => row?.n === REQUIRED_QUEUES.length)
    .catch(() => false);
  return { ok: queue, database: true, queue, latencyMs: database.latencyMs + Math.round(performance.now() - started) };
}
