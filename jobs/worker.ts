import type PgBoss from "pg-boss";
import { logContext, logger } from "../lib/logger";
import { metrics } from "../lib/metrics";
import { EmailDeferredError, withSendDeadline } from "../emails/pacing";
import { closeRenderPool, renderPoolSize, warmRenderPool } from "../pdf/render";
import { fulfilmentFailedJob, recordJobError } from "./fulfilment-failed";
import { privacyRequestJob } from "./privacy-request";
import { blueprintResendJob } from "./resend-blueprint";
import { alertScanJob, staffAlertJob } from "./alert-scan";
import {
  getBoss,
  JOB,
  queueTuning,
  type BlueprintResendJobData,
  type JobName,
  type OrderJobData,
  type PrivacyRequestJobData,
  type StaffAlertJobData,
} from "../lib/queue";
import { renderBlueprintJob } from "./render-blueprint";
import { retentionJob } from "./retention";
import { sendConfirmationJob } from "./send-confirmation";
import { sendDeliveryJob } from "./send-delivery";

/**
 * How long a job may wait for the email provider: its time limit (expiry, after which pg-boss
 * would retry it as crashed) less a margin for the send itself and the job's own work.
 */
export function sendWindowMs(expireInSeconds: number): number {
  const expireMs = expireInSeconds * 1000;
  return expireMs - Math.min(30_000, expireMs / 4);
}

export type Worker = { stop: (timeoutMs?: number) => Promise<void> };

type Handler<T> = (data: T) => Promise<void>;

/**
 * Registers a handler for every queue. Several workers (inline in the web process and/or
 * `npm run worker` processes) may run at once: pg-boss hands each job to one of them.
 *
 * Jobs are fetched in batches and settled one by one (a failure fails only its own job), because
 * pg-boss waits out the polling interval after every fetch; after a batch the worker wakes its
 * sibling queues so the next step of an order starts without waiting for a poll.
 */
export async function startWorker(): Promise<Worker> {
  const boss: PgBoss = await getBoss();
  warmRenderPool();
  const tuning = queueTuning();
  const workerIds: string[] = [];
  const wakeAll = () => workerIds.forEach((id) => boss.notifyWorker(id));

  /** `onError`: besides failing the job, e.g. keep the error on its order. */
  const register = async <T extends object>(
    name: JobName,
    handler: Handler<T>,
    batchSize: number,
    onError?: (data: T, error: unknown) => Promise<void>,
  ) => {
    const id = await boss.work<T>(name, { batchSize, pollingIntervalSeconds: tuning.pollingIntervalSeconds }, async (jobs) => {
      const deadline = Date.now() + sendWindowMs(tuning.expireInSeconds);
      const results = await Promise.allSettled(
        jobs.map((job) => logContext.run({ jobId: job.id, queue: name }, () => withSendDeadline(deadline, () => handler(job.data)))),
      );
      await Promise.all(
        results.map(async (r, i) => {
          const job = jobs[i]!;
          if (r.status === "rejected" && r.reason instanceof EmailDeferredError) {
            // The provider's rate limit outlasts this job's time limit: the same work is queued for
            // when it reopens and this job completes, so waiting never uses up a retry.
            const again = await boss.send(name, job.data, { startAfter: r.reason.retryAt }).catch(() => null);
            if (again) {
              metrics.jobs.inc({ queue: name, outcome: "deferred" });
              logger.warn({ jobId: job.id, queue: name, retryAt: r.reason.retryAt.toISOString() }, "email rate limit: job deferred");
              return;
            }
          }
          metrics.jobs.inc({ queue: name, outcome: r.status === "fulfilled" ? "completed" : "failed" });
          if (r.status === "fulfilled") return;
          const message = r.reason instanceof Error ? r.reason.message : String(r.reason);
          logger.error({ jobId: job.id, queue: name, err: message }, "job failed");
          if (onError) await onError(job.data, r.reason);
          await boss.fail(name, job.id, { message });
        }),
      );
      wakeAll();
    });
    workerIds.push(id);
  };

  const keepOnOrder = (data: OrderJobData, error: unknown) => recordJobError(data.orderId, error);
  // Enough renders in hand to keep every thread of the PDF pool busy.
  await register(JOB.renderBlueprint, renderBlueprintJob, renderPoolSize() * 2, keepOnOrder);
  await register(JOB.sendDelivery, sendDeliveryJob, 8, keepOnOrder);
  await register(JOB.sendConfirmation, sendConfirmationJob, 8);
  await register(JOB.fulfilmentFailed, fulfilmentFailedJob, 8);
  await register<PrivacyRequestJobData>(JOB.privacyRequest, privacyRequestJob, 8);
  await register<BlueprintResendJobData>(JOB.blueprintResend, blueprintResendJob, 8);
  await register<StaffAlertJobData>(JOB.staffAlert, staffAlertJob, 8);
  await boss.work(JOB.alertScan, { pollingIntervalSeconds: 5 }, () => logContext.run({ queue: JOB.alertScan }, alertScanJob));
  await boss.work(JOB.retention, { pollingIntervalSeconds: 60 }, () => logContext.run({ queue: JOB.retention }, retentionJob));

  return {
    stop: async (timeoutMs = 30_000) => {
      // graceful: running jobs finish (up to the timeout) before the connections close.
      await boss.stop({ graceful: true, timeout: timeoutMs, wait: true });
      await closeRenderPool();
    },
  };
}
