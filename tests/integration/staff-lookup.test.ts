import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderReference } from "../../domain/order-reference";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOrder, orderParent } from "../support/order-rows";

/** The staff search box (issue 18 item 2) through HTTP on a real database. */
const ADMIN = { email: "admin@example.com", password: "admin-password-0123" };
const REVIEWER = { email: "reviewer@example.com", password: "reviewer-password-0123" };
let t: TestDatabase;
let app: AppServer;
let reviewer: FormClient;
let order: { id: string; reference: string };
let other: { id: string; reference: string };

async function signIn(who: { email: string; password: string }) {
  const client = new FormClient(app.url);
  expect((await client.post("/staff/login", who)).status).toBe(303);
  return client;
}

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({
    DATABASE_URL: t.url,
    SESSION_SECRET: "integration-test-secret-0123456789abcdef",
    STAFF_EMAIL: ADMIN.email,
    STAFF_PASSWORD: ADMIN.password,
  });
  const admin = await signIn(ADMIN);
  expect((await admin.post("/staff/users", { intent: "create", name: "Rae", role: "reviewer", ...REVIEWER })).status).toBe(200);
  reviewer = await signIn(REVIEWER);
  const parent = await orderParent(t.sql);
  order = await insertOrder(t.sql, parent, {
    email: "Jo.Buyer@Example.com",
    paidAt: new Date(),
    sessionId: "cs_test_lookup0000000001",
    paymentIntentId: "pi_lookup0000000001",
  });
  other = await insertOrder(t.sql, parent, {
    email: "someone@example.com",
    paidAt: new Date(),
    sessionId: "cs_test_lookup0000000002",
    paymentIntentId: "pi_lookup0000000002",
  });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const lookups = () => t.sql<{ actor: string; kind: string }[]>`select actor, kind from staff_lookup_events order by id`;
const search = async (q: string) => {
  const res = await reviewer.post("/staff", { q });
  return { status: res.status, html: await res.text() };
};

describe("orders.reference", () => {
  it("is stored as domain/order-reference computes it, for every order", async () => {
    const rows = await t.sql<{ id: string; reference: string }[]>`select id, reference from orders`;
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.reference).toBe(orderReference(r.id));
  });
});

describe("support look-up", () => {
  it.each([
    ["the email in another case", () => "jo.buyer@EXAMPLE.com"],
    ["the reference", () => order.reference],
    ["the reference in lower case without CP-", () => order.reference.slice(3).toLowerCase()],
    ["the 8-digit reference older emails quoted", () => order.reference.slice(0, 11)],
    ["the checkout session id", () => "cs_test_lookup0000000001"],
    ["the payment intent id", () => "pi_lookup0000000001"],
  ])("finds the order by %s, linking to its page", async (_, q) => {
    const { status, html } = await search(q());
    expect(status).toBe(200);
    expect(html).toContain(`href="/staff/orders/${order.id}"`);
    expect(html).toContain(order.reference);
    expect(html).not.toContain(`/staff/orders/${other.id}"`);
  });

  it("says so when nothing matches", async () => {
    const { status, html } = await search("nobody@example.com");
    expect(status).toBe(200);
    expect(html).toContain("No orders match.");
  });

  it("audits each look-up: who and what kind of key, never the text or the result", async () => {
    const before = (await lookups()).length;
    await search("Jo.Buyer@example.com");
    await search(order.reference);
    const rows = (await lookups()).slice(before);
    const [reviewerRow] = await t.sql<{ id: string }[]>`select id from staff_users where email = ${REVIEWER.email}`;
    expect(rows).toEqual([
      { actor: `staff:${reviewerRow!.id}`, kind: "email" },
      { actor: `staff:${reviewerRow!.id}`, kind: "reference" },
    ]);
    const dump = JSON.stringify(await t.sql`select * from staff_lookup_events`);
    expect(dump.toLowerCase()).not.toContain("jo.buyer");
    expect(dump).not.toContain(order.id);
    expect(dump).not.toContain(order.reference.slice(3));
  });

  it.each([
    ["", "Type a buyer's email"],
    ["x".repeat(300), "longer than any email"],
    ["hello there", "Type a buyer's email"],
  ])("answers bad input %# with 400 and a plain message, and writes nothing", async (q, message) => {
    const before = (await lookups()).length;
    const { status, html } = await search(q);
    expect(status).toBe(400);
    expect(html).toContain(message);
    expect(await lookups()).toHaveLength(before);
  });

  it("is refused to strangers (401) and to posts from another site (403)", async () => {
    const stranger = await fetch(`${app.url}/staff`, {
      method: "POST",
      body: new URLSearchParams({ q: "jo.buyer@example.com" }),
      redirect: "manual",
    });
    expect(stranger.status).toBe(401);
    const foreign = await fetch(`${app.url}/staff`, {
      method: "POST",
      body: new URLSearchParams({ q: "jo.buyer@example.com" }),
      headers: { cookie: reviewer.cookieHeader(), origin: "https://evil.example" },
      redirect: "manual",
    });
    expect(foreign.status).toBe(403);
  });
});
