import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

// No Stripe or Resend keys: the simulator takes the payment and the outbox holds the emails.
let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url, WORKER: "inline", JOB_POLL_SECONDS: "0.5", PDF_RENDER_THREADS: "1", RATE_LIMIT_SCALE: "100" });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

async function privacyLink(email: string, action: "export" | "delete"): Promise<string> {
  const res = await new FormClient(app.url).post("/privacy", { email, action });
  expect(res.status).toBe(200);
  expect(await res.text()).toContain("If we hold any data for that address");
  const [row] = await t.sql<{ text: string }[]>`select text_body as text from emails where kind = 'privacy' and to_address = ${email} order by created_at desc limit 1`;
  return /\/privacy\/confirm\/[A-Za-z0-9_.-]+/.exec(row!.text)![0];
}

async function paidOrder(email: string) {
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const checkout = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
  const simulator = new URL(checkout.headers.get("location")!).pathname;
  const paid = await client.post(simulator, { intent: "pay", email });
  expect(paid.status).toBe(303);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const [o] = await t.sql`select status from orders where email = ${email}`;
    if (o?.status === "delivered") break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return token;
}

describe("privacy requests", () => {
  it("answers the same for an unknown address and sends nothing", async () => {
    const res = await new FormClient(app.url).post("/privacy", { email: "nobody@example.com", action: "delete" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("If we hold any data for that address");
    expect((await t.sql`select count(*)::int as n from emails where kind = 'privacy'`)[0]!.n).toBe(0);
  });

  it("refuses bad input with a message and writes nothing", async () => {
    const res = await new FormClient(app.url).post("/privacy", { email: "not-an-email", action: "nuke" });
    expect(res.status).toBe(400);
    expect((await t.sql`select count(*)::int as n from emails`)[0]!.n).toBe(0);
  });

  it("exports everything tied to the address after the emailed confirmation", async () => {
    await completeAssessment(app.url, t.db, { email: "export@example.com" });
    const link = await privacyLink("export@example.com", "export");
    const client = new FormClient(app.url);
    expect((await client.get(link)).status).toBe(200);
    expect((await client.post(`${link}/export`, {})).status).toBe(400);
    const res = await client.post(`${link}/export`, { confirm: "yes" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("career-pivot-my-data.json");
    const body = (await res.json()) as { email: string; assessmentResults: { answers: unknown }[] };
    expect(body.email).toBe("export@example.com");
    expect(body.assessmentResults).toHaveLength(1);
    expect(body.assessmentResults[0]!.answers).toBeTruthy();
  });

  it("erases answers, results, PDFs and emails but keeps an anonymous order ledger", async () => {
    const email = "erase-me@example.com";
    const resultToken = await paidOrder(email);
    const [before] = await t.sql<{ id: string; amount: number; stripe_session_id: string; status: string }[]>`select id, amount, stripe_session_id, status from orders where email = ${email}`;
    expect(before!.status).toBe("delivered");
    const link = await privacyLink(email, "delete");
    const client = new FormClient(app.url);
    expect((await client.post(link, {})).status).toBe(400); // not confirmed: nothing happens
    expect((await t.sql`select count(*)::int as n from orders where email = ${email}`)[0]!.n).toBe(1);
    const done = await client.post(link, { confirm: "yes" });
    expect(done.status).toBe(200);

    const [after] = await t.sql`select email, amount, stripe_session_id, status, paid_at from orders where id = ${before!.id}`;
    expect(after).toMatchObject({ email: null, amount: before!.amount, stripe_session_id: before!.stripe_session_id, status: "delivered" });
    expect(after!.paid_at).not.toBeNull();
    expect((await t.sql`select count(*)::int as n from blueprints where order_id = ${before!.id}`)[0]!.n).toBe(0);
    expect((await t.sql`select count(*)::int as n from emails where to_address = ${email}`)[0]!.n).toBe(0);
    expect((await t.sql`select count(*)::int as n from assessment_results where email = ${email}`)[0]!.n).toBe(0);
    expect((await fetch(`${app.url}/results/${resultToken}`)).status).toBe(404);
    // Running the same link again changes nothing and does not fail.
    expect((await client.post(link, { confirm: "yes" })).status).toBe(200);
  });

  it("refuses a tampered or foreign link", async () => {
    expect((await fetch(`${app.url}/privacy/confirm/AAAA.BBBB.CCCC`)).status).toBe(410);
    expect((await fetch(`${app.url}/privacy/confirm/x`)).status).toBe(410);
  });
});
