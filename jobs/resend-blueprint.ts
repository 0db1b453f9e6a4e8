import { sendBlueprintLinksIfKnown } from "../app/support/resend-blueprint.server";
import type { BlueprintResendJobData } from "../lib/queue";

/** Answers a queued "Resend my Blueprint"; a mail failure throws, so pg-boss retries it. */
export async function blueprintResendJob(data: BlueprintResendJobData): Promise<void> {
  await sendBlueprintLinksIfKnown(data);
}
