import type postgres from "postgres";
import { getSql } from "../../db/client";
import { deletePersonalData, type ErasureCounts } from "./erase.server";
import { exportPersonalData, type PersonalDataExport } from "./export.server";
import { consumePrivacyLink, privacyLinkState, type PrivacyLinkState } from "./links.server";
import { privacyConfirmSchema, type PrivacyToken } from "./schemas";

export { requestPrivacyLink } from "./request.server";
export { LINK_VALID_HOURS } from "./links.server";

export function confirmed(form: FormData): boolean {
  return privacyConfirmSchema.safeParse({ confirm: form.get("confirm") ?? undefined }).success;
}

/** What the confirmation page shows for a link: its request, or why it no longer works. */
export function privacyLinkForPage(token: string): Promise<PrivacyLinkState> {
  return privacyLinkState(getSql(), token);
}

export type LinkUse<T> = { status: "done"; value: T } | { status: "used" } | { status: "invalid" };

/**
 * Runs what the link authorises, once: the link is marked used in the same transaction, so a
 * failure leaves it usable and two clicks at once do the work once.
 */
async function spendLink<T>(
  token: string,
  action: PrivacyToken["a"],
  work: (tx: postgres.TransactionSql, email: string) => Promise<T>,
): Promise<LinkUse<T>> {
  const sql = getSql();
  const state = await privacyLinkState(sql, token);
  if (state.status !== "valid") return state;
  if (state.link.a !== action) return { status: "invalid" };
  const { link } = state;
  const outcome = await sql.begin(async (tx) => ((await consumePrivacyLink(tx, link)) ? { value: await work(tx, link.e) } : null));
  return outcome ? { status: "done", value: outcome.value as T } : { status: "used" };
}

export function exportWithLink(token: string): Promise<LinkUse<PersonalDataExport>> {
  return spendLink(token, "export", exportPersonalData);
}

export function eraseWithLink(token: string): Promise<LinkUse<ErasureCounts>> {
  return spendLink(token, "delete", deletePersonalData);
}
