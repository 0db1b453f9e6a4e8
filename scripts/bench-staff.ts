/**
 * `npm run bench:staff`: the staff console's support look-ups (and money page) at 100k orders on a
 * throw-away database, through the real services. Prints p50/p95 per kind of look-up and the plan
 * PostgreSQL chose, so an index that stops being used shows up as a Seq Scan.
 */
import { withScratchDatabase } from "./bench-catalogue-db";

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

await withScratchDatabase(async (url, sql) => {
  process.env.DATABASE_URL = url;
  const { lookUpOrders } = await import("../app/staff/lookup.server");
  const { classifyLookup } = await import("../app/staff/lookup");
  const { closeDb } = await import("../db/client");

  const [occ] = await sql<{ id: number }[]>`select id from occupations order by id limit 1`;
  const [result] = await sql<{ id: string }[]>`
    insert into assessment_results (token_hash, occupation_id, scoring_version, answers, outcome)
    values ('bench-result', ${occ!.id}, 'bench', '{}', '{}') returning id`;
  const started = performance.now();
  // A year of orders; every 50th buyer bought twice (same email), 1% refunded a few days later.
  await sql`
    insert into orders (result_id, occupation_id, status, amount, currency, email, stripe_session_id, stripe_payment_intent_id,
      result_token_sealed, download_token_hash, download_token_sealed, consent_at, consent_text, created_at, paid_at, due_at, delivered_at, refunded_at)
    select ${result!.id}, ${occ!.id}, (case when i % 100 = 0 then 'refunded' else 'delivered' end)::order_status, 4900, 'gbp',
      'Buyer' || (case when i % 50 = 1 then i + 1 else i end) || '@Example.com', 'cs_test_bench' || lpad(i::text, 12, '0'), 'pi_bench' || lpad(i::text, 12, '0'),
      'x', 'bench-' || i, 'x', t, 'x', t, t, t + interval '2 days', t + interval '1 hour', case when i % 100 = 0 then t + interval '3 days' end
    from (select i, now() - (i * interval '315 seconds') as t from generate_series(1, ${ORDERS}) i) s`;
  await sql`
    insert into order_events (order_id, from_status, to_status, actor, action, detail, created_at)
    select id, 'delivered', 'refunded', 'stripe', 'refunded', jsonb_build_object('amount', 4900, 'amountRefunded', 4900, 'currency', 'gbp'), refunded_at
    from orders where refunded_at is not null`;
  await sql`analyze`;
  console.log(`seeded ${ORDERS} orders in ${Math.round(performance.now() - started)} ms`);

  const pick = () => 2 + Math.floor(Math.random() * (ORDERS - 2));
  const references = (await sql<{ reference: string }[]>`select reference from orders order by random() limit ${RUNS}`).map(
    (r) => r.reference,
  );
  const kinds: Record<string, (n: number) => string> = {
    email: () => `buyer${pick()}@example.COM`,
    reference: (n) => references[n % references.length]!,
    "reference (old 8 digits, lower case)": (n) => references[n % references.length]!.slice(3, 11).toLowerCase(),
    checkout_session: () => `cs_test_bench${String(pick()).padStart(12, "0")}`,
    payment_intent: () => `pi_bench${String(pick()).padStart(12, "0")}`,
  };
  const staffId = "bench"; // the audit row names the actor; no staff account is needed here
  for (const [label, typed] of Object.entries(kinds)) {
    const times: number[] = [];
    let found = 0;
    for (let n = 0; n < RUNS; n += 1) {
      const key = classifyLookup(typed(n));
      if (!key) throw new Error(`not a look-up key: ${typed(n)}`);
      const t0 = performance.now();
      found += (await lookUpOrders(staffId, key)).length;
      times.push(performance.now() - t0);
    }
    console.log(
      `look-up by ${label}: p50 ${pct(times, 50).toFixed(2)} ms, p95 ${pct(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms (${RUNS} runs, ${found} orders found)`,
    );
  }
  const plans: [string, string][] = [
    ["email", `select id from orders o where lower(o.email) = 'buyer77@example.com'`],
    ["reference", `select id from orders o where o.reference like '${references[0]!.slice(0, 11)}%'`],
    ["checkout_session", `select id from orders o where o.stripe_session_id = 'cs_test_bench000000000077'`],
    ["payment_intent", `select id from orders o where o.stripe_payment_intent_id = 'pi_bench000000000077'`],
  ];
  for (const [label, q] of plans) {
    const plan = (await sql.unsafe<{ "QUERY PLAN": string }[]>(`explain ${q}`)).map((r) => r["QUERY PLAN"].trim()).join(" | ");
    console.log(`plan (${label}): ${plan}`);
  }
  const { getMoney, ordersCsv } = await import("../app/staff/funnel-money.server");
  const { londonDate } = await import("../domain/business-days");
  const { addDays } = await import("../app/staff/funnel");
  const today = londonDate(new Date());
  for (const [label, from] of [
    ["30 days", addDays(today, -29)],
    ["a year", addDays(today, -365)],
  ] as const) {
    const times: number[] = [];
    for (let n = 0; n < 10; n += 1) {
      const t0 = performance.now();
      await getMoney({ from, to: today });
      times.push(performance.now() - t0);
    }
    const t0 = performance.now();
    const csv = await ordersCsv({ from, to: today });
    console.log(
      `money by day, ${label}: p50 ${pct(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; CSV ${csv.split("\r\n").length - 2} orders, ${(csv.length / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms`,
    );
  }
  const [{ n }] = (await sql`select count(*)::int as n from staff_lookup_events`) as unknown as [{ n: number }];
  console.log(`audit rows written: ${n}`);
  await closeDb();
});
