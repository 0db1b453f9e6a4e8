import type postgres from "postgres";

type Db = postgres.Sql | postgres.TransactionSql;

/**
 * What belongs to a person, found from their address: results that carry it, orders placed with
 * it (the buyer may have typed another address at Stripe than on the result), the results behind
 * those orders, and every order that points at one of those results.
 */
export async function findPersonalRecords(db: Db, email: string): Promise<{ resultIds: string[]; orderIds: string[] }> {
  const results = await db<{ id: string }[]>`
    select id from assessment_results where lower(email) = ${email}
    union select result_id from orders where lower(email) = ${email}`;
  const resultIds = results.map((r) => r.id);
  const orders = await db<{ id: string }[]>`
    select id from orders where lower(email) = ${email} or result_id = any(${resultIds}::uuid[])`;
  return { resultIds, orderIds: orders.map((o) => o.id) };
}

async function hasJobTables(db: Db): Promise<boolean> {
  const [row] = await db<{ present: boolean }[]>`select to_regclass('pgboss.archive') is not null as present`;
  return row!.present;
}

/**
 * pg-boss rows (queued, finished and archived) that concern the person: order steps carry the
 * order id in `data` and `singleton_key`, a failed step's `output` may quote a provider's error,
 * and a queued data request carries a keyed digest of the address (its address is sealed).
 */
function jobsOf(db: Db, table: "job" | "archive", needles: string[], digests: string[]) {
  const rows = db`pgboss.${db(table)}`;
  return db`
    from ${rows} where data->>'subject' = any(${digests}::text[])
      or exists (
        select 1 from unnest(${needles}::text[]) as n
        where position(n in lower(coalesce(data::text, '') || ' ' || coalesce(output::text, '') || ' ' || coalesce(singleton_key, ''))) > 0)`;
}

export type PersonalJob = { queue: string; state: string; createdOn: Date; completedOn: Date | null };

export async function listPersonalJobs(db: Db, needles: string[], digests: string[]): Promise<PersonalJob[]> {
  if (!(await hasJobTables(db))) return [];
  const select = (table: "job" | "archive") =>
    db<
      PersonalJob[]
    >`select name as queue, state::text as state, created_on as "createdOn", completed_on as "completedOn" ${jobsOf(db, table, needles, digests)}`;
  const [live, archived] = [await select("job"), await select("archive")];
  return [...live, ...archived].sort((a, b) => a.createdOn.getTime() - b.createdOn.getTime());
}

/**
 * Deletes them. A running job whose row goes finishes without effect: pg-boss completes it with
 * an UPDATE that now matches nothing, and the order it names no longer names anyone.
 */
export async function deletePersonalJobs(db: Db, needles: string[], digests: string[]): Promise<number> {
  if (!(await hasJobTables(db))) return 0;
  const live = await db`delete ${jobsOf(db, "job", needles, digests)}`;
  const archived = await db`delete ${jobsOf(db, "archive", needles, digests)}`;
  return live.count + archived.count;
}
