import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSql, type Sql } from "../../db/client";
import { seedCatalogue } from "../../db/seed/seed";
import { deleteExpiredData } from "../../jobs/retention";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let sql: Sql;
let occupationId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedCatalogue(t.db);
  sql = createSql(t.url, { max: 2 });
  occupationId = (await sql<{ id: number }[]>`select id from occupations order by id limit 1`)[0]!.id;
});

afterAll(async () => {
  await sql?.end();
  await t?.drop();
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function result(createdAt: Date): Promise<string> {
  const id = randomUUID();
  await sql`
    insert into assessment_results (id, token_hash, occupation_id, scoring_version, answers, outcome, created_at)
    values (${id}, ${randomUUID()}, ${occupationId}, 'test', ${sql.json({})}, ${sql.json({})}, ${createdAt})`;
  return id;
}

async function order(resultId: string, status: string): Promise<string> {
  const id = randomUUID();
  await sql`
    insert into orders (id, result_id, occupation_id, status, amount, currency, result_token_sealed, download_token_hash, download_token_sealed, consent_at, consent_text)
    values (${id}, ${resultId}, ${occupationId}, ${status}, 4900, 'gbp', 'x', ${randomUUID()}, 'x', now(), 'consent')`;
  return id;
}

it("deletes unpaid drafts and results past the retention period and keeps everything a buyer paid for", async () => {
  await sql`insert into assessment_drafts (token_hash, occupation_id, updated_at) values ('old-draft', ${occupationId}, ${daysAgo(91)}), ('new-draft', ${occupationId}, ${daysAgo(5)})`;
  const oldUnpaid = await result(daysAgo(100));
  const oldExpired = await result(daysAgo(100));
  const expiredOrder = await order(oldExpired, "expired");
  const oldPaid = await result(daysAgo(100));
  const paidOrder = await order(oldPaid, "delivered");
  const oldRefunded = await result(daysAgo(100));
  await order(oldRefunded, "refunded");
  const recent = await result(daysAgo(10));
  // A used privacy link is remembered while it could still be presented (24 h), then forgotten.
  await sql`insert into privacy_links_used (nonce_hash, used_at) values ('old-use', ${new Date(Date.now() - 26 * 3600_000)}), ('new-use', ${new Date(Date.now() - 23 * 3600_000)})`;

  const outcome = await deleteExpiredData(sql, new Date(), 90);
  expect(outcome).toEqual({ drafts: 1, results: 2, unpaidOrders: 1, usedPrivacyLinks: 1 });

  const remaining = (await sql<{ id: string }[]>`select id from assessment_results`).map((r) => r.id);
  expect(remaining).not.toContain(oldUnpaid);
  expect(remaining).not.toContain(oldExpired);
  expect(remaining).toEqual(expect.arrayContaining([oldPaid, oldRefunded, recent]));
  expect((await sql`select id from orders where id = ${expiredOrder}`).length).toBe(0);
  expect((await sql`select id from orders where id = ${paidOrder}`).length).toBe(1);
  expect((await sql<{ token_hash: string }[]>`select token_hash from assessment_drafts`).map((d) => d.token_hash)).toEqual(["new-draft"]);
  expect((await sql<{ nonce_hash: string }[]>`select nonce_hash from privacy_links_used`).map((r) => r.nonce_hash)).toEqual(["new-use"]);

  // Idempotent: a second run finds nothing more.
  expect(await deleteExpiredData(sql, new Date(), 90)).toEqual({ drafts: 0, results: 0, unpaidOrders: 0, usedPrivacyLinks: 0 });
});

it("keeps a pending order whose payment was held for checking, and its result: money was taken", async () => {
  const heldResult = await result(daysAgo(120));
  const heldOrder = await order(heldResult, "pending");
  await sql`update orders set stripe_payment_intent_id = ${`pi_held_${randomUUID()}`} where id = ${heldOrder}`;
  const unpaidResult = await result(daysAgo(120));
  const unpaidOrder = await order(unpaidResult, "pending");

  const outcome = await deleteExpiredData(sql, new Date(), 90);
  expect(outcome).toMatchObject({ results: 1, unpaidOrders: 1 });
  expect((await sql`select id from orders where id = ${heldOrder}`).length).toBe(1);
  expect((await sql`select id from assessment_results where id = ${heldResult}`).length).toBe(1);
  expect((await sql`select id from orders where id = ${unpaidOrder}`).length).toBe(0);
});
