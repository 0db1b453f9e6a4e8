import PgBoss from "pg-boss";
import type postgres from "postgres";
import { getEnv, type Env } from "./env";
import { logger } from "./logger";
import { singleton } from "./singleton";

export const JOB = {
  renderBlueprint: "blueprint-render",
  sendConfirmation: "email-confirmation",
  sendDelivery: "email-delivery",
  fulfilmentFailed: "fulfilment-failed",
  retention: "privacy-retention",
  privacyRequest: "privacy-request",
  blueprintResend: "blueprint-resend",
  alertScan: "staff-alert-scan",
  staffAlert: "staff-alert",
} as const;
export type JobName = (typeof JOB)[keyof typeof JOB];
export type OrderJobData = { orderId: string };
/**
 * A data request waiting to be answered: `sealed` holds the confirmation link (which names the
 * address) sealed again for the queue, so a copy of the job tables opens nothing; `subject` is a
 * keyed digest of the address, for erasure to find the row.
 */
export type PrivacyRequestJobData = { sealed: string; subject: string };
/** "Resend my Blueprint", shaped like a data request for the same reasons (and the same erasure). */
export type BlueprintResendJobData = { sealed: string; subject: string };
export type StaffAlertJobData = { alertId: number };

export type QueueTuning = Env["queue"];

/** The queue's tuning from the configuration (JOB_* variables). */
export function queueTuning(): QueueTuning {
  return getEnv().queue;
}

/**
 * pg-boss queues, created at start because `send` to a missing queue silently returns null.
 * Fulfilment steps dead-letter into `fulfilment-failed`, whose handler marks the order failed, so
 * an order is never left silently stuck when retries run out (including by repeated crashes).
 */
export function queueDefinitions(t: QueueTuning): PgBoss.Queue[] {
  const retries = { retryLimit: t.retryLimit, retryDelay: t.retryDelaySeconds, retryBackoff: true, expireInSeconds: t.expireInSeconds };
  return [
    { name: JOB.fulfilmentFailed, policy: "standard", retryLimit: 10, retryDelay: 5, retryBackoff: true },
    { name: JOB.renderBlueprint, policy: "standard", ...retries, deadLetter: JOB.fulfilmentFailed },
    { name: JOB.sendDelivery, policy: "standard", ...retries, deadLetter: JOB.fulfilmentFailed },
    { name: JOB.sendConfirmation, policy: "standard", ...retries },
    { name: JOB.retention, policy: "standard", retryLimit: 3, retryDelay: 60, expireInSeconds: 600 },
    { name: JOB.privacyRequest, policy: "standard", ...retries },
    { name: JOB.blueprintResend, policy: "standard", ...retries },
    { name: JOB.alertScan, policy: "standard", retryLimit: 0, expireInSeconds: 120 },
    { name: JOB.staffAlert, policy: "standard", ...retries },
  ];
}

export async function startBoss(url: string, tuning = queueTuning()): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    expireInSeconds: tuning.expireInSeconds,
    maintenanceIntervalSeconds: tuning.maintenanceIntervalSeconds,
  });
  boss.on("error", (error) => logger.error({ err: error.message }, "job queue error"));
  await boss.start();
  for (const q of queueDefinitions(tuning)) {
    if (await boss.getQueue(q.name)) await boss.updateQueue(q.name, q);
    else await boss.createQueue(q.name, q);
  }
  // Daily at 03:17 London time; pg-boss runs a schedule once across all processes.
  await boss.schedule(JOB.retention, "17 3 * * *", {}, { tz: "Europe/London" });
  // Every minute: orders that became at risk, breached or failed since the last look.
  await boss.schedule(JOB.alertScan, "* * * * *", {}, { tz: "Europe/London" });
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

/** pg-boss running its INSERT on our transaction: the job exists if and only if the tx commits. */
function inTransaction(tx: postgres.TransactionSql): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.unsafe(text, values.map((v) => (v === undefined ? null : v)) as postgres.ParameterOrJSON<never>[]),
    }),
  };
}

/**
 * Enqueues an order step inside the caller's transaction. The singleton key stops a duplicate of
 * the same step for the same order within a minute; exactly-once effects come from the order's
 * conditional status updates, not from the queue.
 */
export async function enqueueOrderJob(tx: postgres.TransactionSql, name: JobName, orderId: string, step = "1"): Promise<void> {
  const boss = await getBoss();
  await boss.send(name, { orderId } satisfies OrderJobData, {
    db: inTransaction(tx),
    singletonKey: `${orderId}:${step}`,
    singletonSeconds: 60,
  });
}

/**
 * Queues a data request. Known and unknown addresses take this same path, so neither the answer's
 * timing nor a mail provider's failure can tell a visitor who is a customer.
 */
export async function enqueuePrivacyRequest(data: PrivacyRequestJobData): Promise<void> {
  const boss = await getBoss();
  if (!(await boss.send(JOB.privacyRequest, data))) throw new Error(`queue ${JOB.privacyRequest} refused the job`);
}

/** Queues a "Resend my Blueprint" request: known and unknown addresses alike, as for data requests. */
export async function enqueueBlueprintResend(data: BlueprintResendJobData): Promise<void> {
  const boss = await getBoss();
  if (!(await boss.send(JOB.blueprintResend, data))) throw new Error(`queue ${JOB.blueprintResend} refused the job`);
}

/** Queues a staff alert's email inside the transaction that recorded the alert. */
export async function enqueueStaffAlert(tx: postgres.TransactionSql, alertId: number): Promise<void> {
  const boss = await getBoss();
  await boss.send(JOB.staffAlert, { alertId } satisfies StaffAlertJobData, { db: inTransaction(tx) });
}

/** Stops the process's queue client if it was started (the worker's stop already does this). */
export async function stopBoss(): Promise<void> {
  const store = globalThis as unknown as { __careerPivot?: Map<string, unknown> };
  const started = store.__careerPivot?.get("boss") as Promise<PgBoss> | undefined;
  if (!started) return;
  const boss = await started.catch(() => undefined);
  await boss?.stop({ graceful: true, timeout: 10_000, wait: true }).catch(() => undefined);
}
