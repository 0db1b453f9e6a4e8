import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { seedCatalogue } from "../../db/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/database";
import type * as AlertsModule from "../../app/alerts/alerts.server";
import type * as QueueModule from "../../lib/queue";

// Issue 18 item 4: the scheduled minute records each (order, kind) alert once and queues its email
// in the same transaction; the console lists the ones still open. The clock is passed in.
let t: TestDatabase;
let sql: Sql;
let occupationId: number;
// Imported once the environment names this file's database (the modules read it on first use).
let alerts: typeof AlertsModule;
let queue: typeof QueueModule;

const STAFF = "ops-alerts@careerpivot.example";

beforeAll(async () => {
  t = await createTestDatabase();
  // The services use the process's own pool, queue client and configuration.
  process.env.DATABASE_URL = t.url;
  process.env.STAFF_ALERT_EMAIL = STAFF;
  delete process.env.RESEND_API_KEY;
  alerts = await import("../../app/alerts/alerts.server");
  queue = await import("../../lib/queue");
  sql = createSql(t.url, { max: 2 });
  if (!(await sql`select 1 from occupations limit 1`).length) await seedCatalogue(t.db);
  occupationId = (await sql<{ id: number }[]>`select id from occupations order by id limit 1`)[0]!.id;
});

afterAll(async () => {
  await queue?.stopBoss();
  const { closeDb } = await import("../../db/client");
  await closeDb();
  await sql?.end();
  await t?.drop();
});

async function order(status: string, dueAt: string | null): Promise<string> {
  const resultId = randomUUID();
  await sql`
    insert into assessment_results (id, token_hash, occupation_id, scoring_version, answers, outcome)
    values (${resultId}, ${randomUUID()}, ${occupationId}, 'test', ${sql.json({})}, ${sql.json({})})`;
  const id = randomUUID();
  await sql`
    insert into orders (id, result_id, occupation_id, status, amount, currency, email, result_token_sealed, download_token_hash, download_token_sealed, consent_at, consent_text, paid_at, due_at)
    values (${id}, ${resultId}, ${occupationId}, ${status}, 4900, 'gbp', 'buyer-alert@example.com', 'x', ${randomUUID()}, 'x', now(), 'consent', now(), ${dueAt})`;
  return id;
}

const alertJobs = () => sql<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = 'staff-alert'`.then((r) => r[0]!.n);

it("raises each alert once per order and kind as the clock moves, queues its email, and lists the open ones", async () => {
  // Paid on Friday 14 Nov 2025 → due at the end of Tuesday 18 Nov.
  const friday = await order("awaiting_review", "2025-11-19T00:00:00Z");
  const late = await order("rendering", "2025-11-14T00:00:00Z"); // due at the end of Thursday
  const failed = await order("failed", "2025-11-19T00:00:00Z");
  const onTrack = await order("paid", "2025-11-21T00:00:00Z");
  const done = await order("delivered", "2025-11-18T00:00:00Z");

  // Saturday: only what is already late or failed.
  const first = await alerts.raiseDueAlerts(new Date("2025-11-15T12:00:00Z"), sql);
  expect(first.map((a) => `${a.orderId === late ? "late" : "failed"}:${a.kind}`).sort()).toEqual(["failed:failed", "late:breached"]);
  // Tuesday 13:00: four working hours left on the Friday order.
  const tuesday = await alerts.raiseDueAlerts(new Date("2025-11-18T13:00:00Z"), sql);
  expect(tuesday).toEqual([{ kind: "at_risk", orderId: friday }]);
  // The same minute again, or run by another process: nothing new.
  expect(await alerts.raiseDueAlerts(new Date("2025-11-18T13:01:00Z"), sql)).toEqual([]);
  // Wednesday: the Friday order breaches.
  expect(await alerts.raiseDueAlerts(new Date("2025-11-19T09:00:00Z"), sql)).toEqual([{ kind: "breached", orderId: friday }]);

  const rows = await sql<{ orderId: string; kind: string }[]>`select order_id as "orderId", kind from staff_alerts order by id`;
  expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(["failed", "breached", "at_risk", "breached"]));
  expect(rows).toHaveLength(4);
  expect(rows.some((r) => r.orderId === onTrack || r.orderId === done)).toBe(false);
  expect(await alertJobs()).toBe(4);

  // The console: one line per order, the latest word first; a delivered order's alert closes.
  const open = await alerts.listOpenAlerts();
  expect(open.map((a) => a.orderId).sort()).toEqual([friday, late, failed].sort());
  expect(open.find((a) => a.orderId === friday)?.kind).toBe("breached");
  expect(open[0]!.reference).toMatch(/^CP-/);
  await sql`update orders set status = 'delivered' where id = ${friday}`;
  expect((await alerts.listOpenAlerts()).map((a) => a.orderId).sort()).toEqual([late, failed].sort());

  // The queued email goes to STAFF_ALERT_EMAIL (the local outbox here), once, naming no buyer.
  const [alert] = await sql<{ id: number }[]>`select id from staff_alerts where order_id = ${failed}`;
  expect(await alerts.emailStaffAlert(alert!.id)).toBe("sent");
  expect(await alerts.emailStaffAlert(alert!.id)).toBe("sent");
  const sent = await sql<{ to: string; kind: string; orderId: string | null; subject: string }[]>`
    select to_address as "to", kind, order_id as "orderId", subject from emails`;
  expect(sent).toEqual([
    { to: STAFF, kind: "staff_alert", orderId: null, subject: expect.stringMatching(/^\[Career Pivot\] Order CP-\S+ failed$/) },
  ]);
});
