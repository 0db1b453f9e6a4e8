import PgBoss from "pg-boss";
import { singleton } from "../app/utils/singleton.server";

/**
 * pg-boss in the application database (schema `pgboss`). Queues are created at start because
 * `send` to a missing queue silently returns null. Each issue that adds a job adds its queue here.
 */
export const QUEUES: readonly { name: string; options?: PgBoss.Queue }[] = [];

export type QueueTuning = {
  /** Job time limit and crash-recovery delay: a job whose worker died is retried after this. */
  expireInSeconds: number;
  maintenanceIntervalSeconds: number;
  pollingIntervalSeconds: number;
};

export function queueTuning(source: Record<string, string | undefined> = process.env): QueueTuning {
  const num = (name: string, fallback: number) => {
    const v = Number(source[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    expireInSeconds: num("JOB_EXPIRE_SECONDS", 300),
    maintenanceIntervalSeconds: num("JOB_MAINTENANCE_SECONDS", 30),
    pollingIntervalSeconds: num("JOB_POLL_SECONDS", 1),
  };
}

export async function startBoss(url: string, tuning = queueTuning()): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    expireInSeconds: tuning.expireInSeconds,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
  });
  boss.on("error", (error) => console.error("job queue error:", error.message));
  await boss.start();
  for (const q of QUEUES) await boss.createQueue(q.name, q.options);
  return boss;
}

/** The process's queue client, started on first use. */
export function getBoss(): Promise<PgBoss> {
  return singleton("boss", () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    return startBoss(url);
  });
}
