import { emailStaffAlert, raiseDueAlerts } from "../app/alerts/alerts.server";
import { logger } from "../lib/logger";
import type { StaffAlertJobData } from "../lib/queue";

/** Every minute (pg-boss schedule, once across processes): record and queue alerts that became due. */
export async function alertScanJob(): Promise<void> {
  const raised = await raiseDueAlerts(new Date());
  if (raised.length) logger.info({ alerts: raised.length, kinds: raised.map((r) => r.kind) }, "staff alerts raised");
}

/** One alert's email; a mail failure throws, so pg-boss retries it. */
export async function staffAlertJob({ alertId }: StaffAlertJobData): Promise<void> {
  await emailStaffAlert(alertId);
}
