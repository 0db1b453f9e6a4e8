import type postgres from "postgres";
import { scrubEventDetail } from "./ledger";
import { addressDigests } from "./links.server";
import { deletePersonalJobs, findPersonalRecords } from "./personal-data.server";

export type ErasureCounts = { results: number; orders: number; emails: number; jobs: number };

/**
 * Erasure (UK GDPR art. 17), in the caller's transaction: answers (results and the drafts they
 * came from), PDFs, emails and job rows go; what the law makes us keep for a sale (amount, dates,
 * Stripe ids, status) stays on the order and its audit trail, with nothing that names the buyer
 * or quotes free text. Results behind an order are emptied and made unreachable rather than
 * deleted, because the order ledger refers to them. A second run finds nothing.
 */
export async function deletePersonalData(tx: postgres.TransactionSql, email: string): Promise<ErasureCounts> {
  const { resultIds, orderIds } = await findPersonalRecords(tx, email);
  const jobs = await deletePersonalJobs(tx, [email, ...resultIds, ...orderIds], addressDigests(email));
  const emails = await tx`delete from emails where lower(to_address) = ${email} or order_id = any(${orderIds}::uuid[])`;
  await tx`delete from assessment_drafts where result_id = any(${resultIds}::uuid[])`;
  if (orderIds.length) {
    await tx`delete from blueprints where order_id = any(${orderIds}::uuid[])`;
    // The cancel URL holds the result's link.
    await tx`update simulated_checkout_sessions set customer_email = null, cancel_url = '' where order_id = any(${orderIds}::uuid[])`;
    await tx`
      update orders set email = null, result_token_sealed = '', download_token_sealed = '', checkout_url = null,
        download_token_hash = 'erased:' || id::text, last_error = null, updated_at = now()
      where id = any(${orderIds}::uuid[])`;
    const events = await tx<{ id: number; detail: Record<string, unknown> }[]>`
      select id, detail from order_events where order_id = any(${orderIds}::uuid[])`;
    for (const e of events) {
      const scrubbed = scrubEventDetail(e.detail);
      if (Object.keys(scrubbed).length !== Object.keys(e.detail).length)
        await tx`update order_events set detail = ${tx.json(scrubbed)} where id = ${e.id}`;
    }
    for (const id of orderIds) {
      await tx`insert into order_events (order_id, actor, action, detail) values (${id}, 'data-subject', 'personal_data_erased', '{}'::jsonb)`;
    }
  }
  const emptied = await tx`
    update assessment_results set answers = '{}'::jsonb, outcome = '{}'::jsonb, email = null, email_consent_at = null,
      email_consent_text = null, token_hash = 'erased:' || id::text
    where id in (select result_id from orders where id = any(${orderIds}::uuid[])) and token_hash not like 'erased:%'`;
  const removed = await tx`
    delete from assessment_results r where r.id = any(${resultIds}::uuid[]) and not exists (select 1 from orders o where o.result_id = r.id)`;
  return { results: emptied.count + removed.count, orders: orderIds.length, emails: emails.count, jobs: jobs };
}
