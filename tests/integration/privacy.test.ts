import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../app/utils/tokens.server";
import { openOutboxBody } from "../../emails/outbox-body";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

// No Stripe or Resend keys: the simulator takes the payment and the outbox holds the emails,
// sealed under the app secret; this process opens them with the same secret.
const SECRET = "privacy-test-secret-0123456789abcdef-0123";
const STAFF = { email: "privacy-staff@example.com", password: "privacy-staff-password-0123" };
let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  process.env.SESSION_SECRET = SECRET;
  t = await createTestDatabase();
  app = await startAppServer({
    DATABASE_URL: t.url,
    SESSION_SECRET: SECRET,
    STAFF_EMAIL: STAFF.email,
    STAFF_PASSWORD: STAFF.password,
    WORKER: "inline",
    JOB_POLL_SECONDS: "0.5",
    PDF_RENDER_THREADS: "1",
    RATE_LIMIT_SCALE: "100",
  });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Asks for a link and reads it from the outbox once the queued request has been answered. */
async function privacyLink(email: string, action: "export" | "delete"): Promise<string> {
  const before = (await t.sql`select count(*)::int as n from emails where kind = 'privacy' and to_address = ${email}`)[0]!.n as number;
  const res = await new FormClient(app.url).post("/privacy", { email, action });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("If we hold any data for that address");
  const row = await until("the privacy email", async () => {
    const rows = await t.sql<
      { text: string }[]
    >`select text_body as text from emails where kind = 'privacy' and to_address = ${email} order by created_at`;
    return rows.length > before ? rows.at(-1) : undefined;
  });
  // Stored sealed: the link is not in the table in plaintext.
  expect(row.text).not.toContain("/privacy/confirm/");
  return /\/privacy\/confirm\/[A-Za-z0-9_.-]+/.exec(openOutboxBody(row.text)!)![0];
}

async function checkoutAndPay(token: string, client: FormClient, email: string): Promise<string> {
  const checkout = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
  expect(checkout.status).toBe(303);
  const paid = await client.post(new URL(checkout.headers.get("location")!).pathname, { intent: "pay", email });
  expect(paid.status).toBe(303);
  const [order] = await until("the order", () =>
    t.sql<{ id: string }[]>`select id from orders where email = ${email}`.then((r) => r[0] && r),
  );
  await until("delivery", () => t.sql`select 1 from orders where id = ${order!.id} and status = 'delivered'`.then((r) => r.length > 0));
  return order!.id;
}

async function resultId(token: string): Promise<string> {
  const [row] = await t.sql<{ id: string }[]>`select id from assessment_results where token_hash = ${hashToken(token)}`;
  return row!.id;
}

/** Every row of every table in the app's and the job queue's schemas that contains `needle`. */
async function tablesHolding(needle: string, schemas = ["public", "pgboss"]): Promise<string[]> {
  const tables = await t.sql<{ schema: string; name: string }[]>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema = any(${schemas}::text[]) and table_type = 'BASE TABLE'`;
  const found: string[] = [];
  for (const { schema, name } of tables) {
    const [hit] =
      await t.sql`select 1 from ${t.sql(schema)}.${t.sql(name)} r where position(${needle.toLowerCase()} in lower(to_jsonb(r)::text)) > 0 limit 1`;
    if (hit) found.push(`${schema}.${name}`);
  }
  return found;
}

describe("privacy requests", () => {
  it("answers the same for an unknown address and sends nothing", async () => {
    const res = await new FormClient(app.url).post("/privacy", { email: "nobody@example.com", action: "delete" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("If we hold any data for that address");
    await until("the queued request to be answered", () =>
      t.sql`select 1 from pgboss.job where name = 'privacy-request' and state = 'completed'`.then((r) => r.length > 0),
    );
    expect((await t.sql`select count(*)::int as n from emails where kind = 'privacy'`)[0]!.n).toBe(0);
  });

  it("refuses bad input with a message and writes nothing", async () => {
    const jobs = async () => (await t.sql`select count(*)::int as n from pgboss.job where name = 'privacy-request'`)[0]!.n;
    const before = await jobs();
    const res = await new FormClient(app.url).post("/privacy", { email: "not-an-email", action: "nuke" });
    expect(res.status).toBe(400);
    expect((await t.sql`select count(*)::int as n from emails`)[0]!.n).toBe(0);
    expect(await jobs()).toBe(before);
  });

  it("exports everything tied to the address, once, and erases all of it, once, keeping an anonymous ledger", async () => {
    const email = "erase-me@example.com";
    // A result that carries the address, and one linked only through the order paid with it.
    const direct = await completeAssessment(app.url, t.db, { email, years: 37 });
    const bought = await completeAssessment(app.url, t.db, { years: 37, occupation: "backend-developer" });
    const orderId = await checkoutAndPay(bought.token, bought.client, email);
    const resultIds = [await resultId(direct.token), await resultId(bought.token)];
    // Free text a staff note or a provider error could leave behind.
    await t.sql`insert into order_events (order_id, actor, action, detail) values (${orderId}, 'staff:1', 'note', ${JSON.stringify({ note: `Phoned ${email}` })}::jsonb)`;
    await t.sql`update orders set last_error = ${`Resend refused ${email}`} where id = ${orderId}`;

    const exportLink = await privacyLink(email, "export");
    const client = new FormClient(app.url);
    expect((await client.get(exportLink)).status).toBe(200);
    expect((await client.post(`${exportLink}/export`, {})).status).toBe(400);
    const res = await client.post(`${exportLink}/export`, { confirm: "yes" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("career-pivot-my-data.json");
    const body = (await res.json()) as {
      email: string;
      assessmentResults: { id: string; answers: { experience: { years: number } } }[];
      assessmentDrafts: { resultId: string; answers: { experience: { years: number } } }[];
      orders: { id: string; status: string; events: { detail: Record<string, unknown> }[] }[];
      blueprints: { orderId: string; pdfBase64: string }[];
      emails: { kind: string; subject: string; text: string | null; attachmentName: string | null }[];
      backgroundJobs: { queue: string }[];
    };
    expect(body.email).toBe(email);
    expect(body.assessmentResults.map((r) => r.id).sort()).toEqual([...resultIds].sort());
    expect(body.assessmentResults.every((r) => r.answers.experience.years === 37)).toBe(true);
    expect(body.assessmentDrafts.map((d) => d.resultId).sort()).toEqual([...resultIds].sort());
    expect(body.orders).toMatchObject([{ id: orderId, status: "delivered" }]);
    expect(body.orders[0]!.events.some((e) => e.detail.note === `Phoned ${email}`)).toBe(true);
    expect(Buffer.from(body.blueprints[0]!.pdfBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.emails.map((e) => e.kind).sort()).toEqual(["confirmation", "delivery", "privacy"]);
    expect(body.emails.find((e) => e.kind === "delivery")).toMatchObject({
      attachmentName: expect.stringMatching(/\.pdf$/),
      text: expect.stringContaining("/blueprints/"),
    });
    expect(new Set(body.backgroundJobs.map((j) => j.queue))).toEqual(
      new Set(["blueprint-render", "email-confirmation", "email-delivery", "privacy-request"]),
    );

    // Single use: the same link, downloaded once, is spent (page and download alike).
    const again = await client.post(`${exportLink}/export`, { confirm: "yes" });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain("has been used");
    const page = await fetch(`${app.url}${exportLink}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain("has been used");

    // What the erasure must reach (so the search below can find things): drafts, event text, jobs.
    expect(await tablesHolding('"years": 37')).toEqual(expect.arrayContaining(["public.assessment_drafts", "public.assessment_results"]));
    expect(await tablesHolding(email)).toEqual(expect.arrayContaining(["public.order_events", "public.orders", "public.emails"]));
    expect((await tablesHolding(orderId, ["pgboss"])).length).toBeGreaterThan(0);
    // The outbox keeps the order emails' result and download links sealed, not in plaintext.
    for (const link of ["/results/", "/blueprints/", "/privacy/confirm/"])
      expect(await tablesHolding(link, ["public"]), link).not.toContain("public.emails");

    const [before] = await t.sql<
      { amount: number; stripe_session_id: string }[]
    >`select amount, stripe_session_id from orders where id = ${orderId}`;
    const deleteLink = await privacyLink(email, "delete");
    expect((await client.post(deleteLink, {})).status).toBe(400); // not confirmed: nothing happens
    expect((await t.sql`select count(*)::int as n from orders where email = ${email}`)[0]!.n).toBe(1);
    const erased = await client.post(deleteLink, { confirm: "yes" });
    expect(erased.status).toBe(303);
    expect(await (await client.get(erased.headers.get("location")!)).text()).toContain("Your data has been deleted");

    // Nothing anywhere (the job queue included) names the person, holds their answers or opens their result.
    for (const needle of [email, '"years": 37', direct.token, bought.token]) expect(await tablesHolding(needle), needle).toEqual([]);
    for (const id of [...resultIds, orderId]) expect(await tablesHolding(id, ["pgboss"]), id).toEqual([]);

    // The ledger stays: amount, Stripe ids, status, dates, and an audit trail without free text.
    const [after] = await t.sql`select email, amount, stripe_session_id, status, paid_at, last_error from orders where id = ${orderId}`;
    expect(after).toMatchObject({
      email: null,
      last_error: null,
      amount: before!.amount,
      stripe_session_id: before!.stripe_session_id,
      status: "delivered",
    });
    expect(after!.paid_at).not.toBeNull();
    const events = await t.sql<
      { action: string; detail: Record<string, unknown> }[]
    >`select action, detail from order_events where order_id = ${orderId}`;
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["checkout_started", "payment_succeeded", "personal_data_erased"]));
    expect(events.find((e) => e.action === "payment_succeeded")!.detail).toMatchObject({ amountTotal: before!.amount });
    expect((await t.sql`select count(*)::int as n from blueprints where order_id = ${orderId}`)[0]!.n).toBe(0);
    expect((await fetch(`${app.url}/results/${direct.token}`)).status).toBe(404);
    expect((await fetch(`${app.url}/results/${bought.token}`)).status).toBe(404);

    // The erasure link is spent too.
    const repeat = await client.post(deleteLink, { confirm: "yes" });
    expect(repeat.status).toBe(410);
    expect(await repeat.text()).toContain("has been used");
  });

  it("shows staff the outbox email opened, though the table holds it sealed", async () => {
    const email = "outbox-reader@example.com";
    await completeAssessment(app.url, t.db, { email });
    await privacyLink(email, "export");
    const [row] = await t.sql<{ id: string; html: string }[]>`select id, html from emails where to_address = ${email}`;
    expect(row!.html).not.toContain("<");
    const staff = new FormClient(app.url);
    expect((await staff.post("/staff/login", { email: STAFF.email, password: STAFF.password, next: "/staff" })).status).toBe(303);
    const view = await staff.get(`/staff/outbox/${row!.id}`);
    expect(view.status).toBe(200);
    expect(await view.text()).toMatch(/\/privacy\/confirm\/[A-Za-z0-9_.-]+/);
  });

  it("refuses a tampered or foreign link", async () => {
    expect((await fetch(`${app.url}/privacy/confirm/AAAA.BBBB.CCCC`)).status).toBe(410);
    expect((await fetch(`${app.url}/privacy/confirm/x`)).status).toBe(410);
  });
});
