import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as QueueService from "../../app/staff/queue.server";
import { slaState } from "../../domain/sla";
import { createTestDatabase, type TestDatabase } from "../support/database";

/**
 * The queue at scale: 100k paid orders written straight into a database of its own, then read
 * through the real service. Correctness is asserted; timings are printed, never asserted.
 */
const ORDERS = 100_000;
let t: TestDatabase;
// Imported after DATABASE_URL points at this file's database (the client reads it on first use).
let queue: typeof QueueService;
let closeDb: () => Promise<void>;

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.DATABASE_URL = t.url;
  queue = await import("../../app/staff/queue.server");
  closeDb = (await import("../../db/client")).closeDb;
  await (await import("../../db/seed/seed")).seedCatalogue(t.db);
  const [occ] = await t.sql<{ id: number }[]>`select id from occupations order by id limit 1`;
  const [result] = await t.sql<{ id: string }[]>`
    insert into assessment_results (token_hash, occupation_id, scoring_version, answers, outcome)
    values ('bench-result', ${occ!.id}, 'bench', '{}', '{}') returning id`;
  const started = performance.now();
  // Paid over the last ~60 days, due two days later (the due arithmetic is not under test here);
  // 92% delivered, the rest spread over the open statuses, plus a few refunds.
  await t.sql`
    insert into orders (result_id, occupation_id, status, amount, currency, email, result_token_sealed, download_token_hash,
      download_token_sealed, consent_at, consent_text, paid_at, due_at, delivered_at)
    select ${result!.id}, ${occ!.id},
      (case when i % 100 < 92 then 'delivered' when i % 100 < 94 then 'paid' when i % 100 < 95 then 'rendering'
        when i % 100 < 97 then 'awaiting_review' when i % 100 < 98 then 'sending' when i % 100 < 99 then 'failed' else 'refunded' end)::order_status,
      4900, 'gbp', 'buyer' || i || '@example.com', 'x', 'bench-' || i, 'x', now(), 'x',
      now() - (i * interval '52 seconds'), date_trunc('day', now() - (i * interval '52 seconds')) + interval '2 days',
      case when i % 100 < 92 then now() - (i * interval '52 seconds') + interval '1 hour' end
    from generate_series(1, ${ORDERS}) i`;
  await t.sql`analyze orders`;
  console.log(`seeded ${ORDERS} orders in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

afterAll(async () => {
  await closeDb?.();
  await t?.drop();
});

const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  const out = await work();
  console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
  return out;
};

describe("fulfilment queue at 100k orders", () => {
  it("walks every open order exactly once, oldest due first, 50 to a page", async () => {
    const [{ open }] =
      (await t.sql`select count(*)::int as open from orders where status in ('paid','rendering','awaiting_review','sending','failed')`) as unknown as [
        { open: number },
      ];
    const seen: { id: string; dueAt: Date }[] = [];
    let after: string | null = null;
    let pages = 0;
    const started = performance.now();
    do {
      const page: Awaited<ReturnType<typeof queue.listQueue>> = await queue.listQueue(
        queue.queueFilterSchema.parse({ status: "open", ...(after ? { after } : {}) }),
      );
      seen.push(...page.rows);
      after = page.nextCursor;
      pages += 1;
    } while (after);
    console.log(
      `open orders: ${open}; ${pages} pages in ${Math.round(performance.now() - started)} ms (${((performance.now() - started) / pages).toFixed(1)} ms per page)`,
    );
    expect(seen).toHaveLength(open);
    expect(new Set(seen.map((r) => r.id)).size).toBe(open);
    for (let i = 1; i < seen.length; i += 1) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(a.dueAt < b.dueAt || (a.dueAt.getTime() === b.dueAt.getTime() && a.id < b.id)).toBe(true);
    }
  });

  it("filters by SLA consistently with the badge", async () => {
    const now = new Date();
    for (const sla of ["breached", "at_risk", "on_track"] as const) {
      const page = await time(`first page, sla=${sla}`, () => queue.listQueue(queue.queueFilterSchema.parse({ status: "open", sla }), now));
      for (const r of page.rows) expect(slaState(now, r.dueAt)).toBe(sla);
    }
    const breached = await queue.listQueue(queue.queueFilterSchema.parse({ status: "open", sla: "breached" }), now);
    expect(breached.rows.length).toBe(50);
  });

  it("a deep page of all paid orders costs index probes, not a sort of the table", async () => {
    const first = await time("first page, all statuses", () => queue.listQueue(queue.queueFilterSchema.parse({ status: "all" })));
    let cursor = first.nextCursor!;
    for (let i = 0; i < 5; i += 1)
      cursor = (await queue.listQueue(queue.queueFilterSchema.parse({ status: "all", after: cursor }))).nextCursor!;
    await time("6th page, all statuses", () => queue.listQueue(queue.queueFilterSchema.parse({ status: "all", after: cursor })));
    await time("first page, delivered only", () => queue.listQueue(queue.queueFilterSchema.parse({ status: "delivered" })));
    const plan = (await t.sql.unsafe(`explain (analyze, format text)
      select o.id, o.due_at from orders o where o.status = 'delivered' and o.due_at is not null
        and o.due_at >= now() - interval '30 days' and (o.due_at > now() - interval '30 days' or o.id > '00000000-0000-0000-0000-000000000000')
      order by o.due_at, o.id limit 51`)) as unknown as { "QUERY PLAN": string }[];
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    console.log(text);
    expect(text).toContain("orders_status_due_idx");
    expect(text).not.toMatch(/Seq Scan on orders/);
    await time("live counts", () => queue.liveCounts());
  });
});
