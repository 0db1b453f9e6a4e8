import { sendPrivacyLinkIfKnown } from "../app/privacy/request.server";
import type { PrivacyRequestJobData } from "../lib/queue";

/** Answers a queued data request; a mail failure throws, so pg-boss retries it. */
export async function privacyRequestJob(data: PrivacyRequestJobData): Promise<void> {
  await sendPrivacyLinkIfKnown(data);
}
