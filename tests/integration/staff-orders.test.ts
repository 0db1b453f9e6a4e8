import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { orderBySession, paidPathEnv, postWebhook, startCheckout, waitForStatus } from "../support/paid-path";

const ADMIN = { email: "admin@example.com", password: "admin-password-0123" };
const REVIEWER = { email: "reviewer@example.com", password: "reviewer-password-0123" };
let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;
let admin: FormClient;
let reviewer: FormClient;

async function signIn(who: { email: string; password: string }) {
  const client = new FormClient(app.url);
  const res = await client.post("/staff/login", who);
  expect(res.status).toBe(303);
  return client;
}

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  app = await startAppServer({
    DATABASE_URL: t.url,
    ...paidPathEnv(stripe.url, resend.url, { REVIEW_MODE: "manual", STAFF_EMAIL: ADMIN.email, STAFF_PASSWORD: ADMIN.password }),
  });
  admin = await signIn(ADMIN);
  expect((await admin.post("/staff/users", { intent: "create", name: "Rae", role: "reviewer", ...REVIEWER })).status).toBe(200);
  reviewer = await signIn(REVIEWER);
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

let buyers = 0;
/** A paid order (through the real checkout and a signed webhook), waiting in manual review. */
async function orderAwaitingReview() {
  const email = `staff-buyer${++buyers}@example.com`;
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  const event = stripe.event("checkout.session.completed", stripe.complete(sessionId, { email }));
  const { body, signature } = stripe.signedDelivery(event, paidPathEnv(stripe.url, resend.url).STRIPE_WEBHOOK_SECRET!);
  expect((await postWebhook(app.url, body, signature)).status).toBe(200);
  await waitForStatus(t.sql, sessionId, "awaiting_review");
  const order = (await orderBySession(t.sql, sessionId))!;
  return { id: order.id, sessionId, email };
}

const deliveries = (email: string) => resend.emails.filter((e) => e.to.includes(email) && e.attachments.length > 0);
const events = (orderId: string) => t.sql<{ actor: string; action: string; detail: Record<string, unknown> }[]>`
  select actor, action, detail from order_events where order_id = ${orderId} order by id`;
const act = (client: FormClient, orderId: string, fields: Record<string, string>) => client.post(`/staff/orders/${orderId}`, fields);
const userId = async (email: string) => ((await t.sql`select id from staff_users where email = ${email}`)[0] as { id: string }).id;

describe("manual review", () => {
  it("the queue lists the paid order with its due time and SLA badge; the reviewer previews the PDF and approves → delivered once", async () => {
    const order = await orderAwaitingReview();
    const queue = await (await reviewer.get("/staff?status=awaiting_review")).text();
    expect(queue).toContain(order.email);
    expect(queue).toContain(`CP-${order.id.slice(0, 8).toUpperCase()}`);
    expect(queue).toMatch(/On track|At risk/);

    const page = await (await reviewer.get(`/staff/orders/${order.id}`)).text();
    expect(page).toContain(`/staff/orders/${order.id}/blueprints/1`);
    const pdf = await reviewer.get(`/staff/orders/${order.id}/blueprints/1`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("x-frame-options")).toBe("SAMEORIGIN");

    const unconfirmed = await act(reviewer, order.id, { action: "approve" });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Tick the box to confirm.");
    expect((await orderBySession(t.sql, order.sessionId))!.status).toBe("awaiting_review");

    // A double submit: both posts at once; one approval, one email.
    const [a, b] = await Promise.all([
      act(reviewer, order.id, { action: "approve", confirm: "yes" }),
      act(reviewer, order.id, { action: "approve", confirm: "yes" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    await waitForStatus(t.sql, order.sessionId, "delivered");
    expect(deliveries(order.email)).toHaveLength(1);
    const approvals = (await events(order.id)).filter((e) => e.action === "approved");
    expect(approvals).toHaveLength(1);
    expect(approvals[0]!.actor).toBe(`staff:${await userId(REVIEWER.email)}`);
    expect(await (await reviewer.get(`/staff/orders/${order.id}`)).text()).toContain(`staff: ${REVIEWER.email}`);
  });

  it("rejecting needs a note, keeps it in the audit log, and renders version 2 for review", async () => {
    const order = await orderAwaitingReview();
    const noNote = await act(reviewer, order.id, { action: "reject", confirm: "yes", note: "" });
    expect(noNote.status).toBe(400);
    expect((await act(reviewer, order.id, { action: "reject", confirm: "yes", note: "Salary page shows the wrong region" })).status).toBe(
      200,
    );
    const rejected = (await events(order.id)).find((e) => e.action === "rejected")!;
    expect(rejected.detail).toEqual({ note: "Salary page shows the wrong region" });
    await waitForStatus(t.sql, order.sessionId, "awaiting_review");
    const versions = await t.sql`select version from blueprints where order_id = ${order.id} order by version`;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(deliveries(order.email)).toHaveLength(0);
  });
});

describe("admin actions", () => {
  it("a reviewer is forbidden from refunds and operations (403, nothing changes)", async () => {
    const order = await orderAwaitingReview();
    for (const action of ["refund", "mark_failed", "regenerate", "retry"]) {
      expect((await act(reviewer, order.id, { action, confirm: "yes" })).status).toBe(403);
    }
    expect(stripe.requests.filter((r) => r.path === "/v1/refunds")).toHaveLength(0);
    expect((await orderBySession(t.sql, order.sessionId))!.status).toBe("awaiting_review");
  });

  it("mark a stuck order failed with a reason, then retry it: it is rendered again for review", async () => {
    const order = await orderAwaitingReview();
    expect((await act(admin, order.id, { action: "mark_failed", confirm: "yes" })).status).toBe(409); // awaiting review is not "in fulfilment"
    // A stuck send (no job left to finish it), as after an outage.
    await t.sql`update orders set status = 'sending' where id = ${order.id}`;
    const failed = await act(admin, order.id, { action: "mark_failed", confirm: "yes", note: "provider outage, will retry" });
    expect(failed.status).toBe(200);
    expect((await orderBySession(t.sql, order.sessionId))!.status).toBe("failed");
    expect((await events(order.id)).find((e) => e.action === "fulfilment_failed")!.detail).toEqual({ note: "provider outage, will retry" });
    expect(await (await admin.get(`/staff/orders/${order.id}`)).text()).toContain("Retry");
    expect((await act(admin, order.id, { action: "retry", confirm: "yes" })).status).toBe(200);
    expect((await act(admin, order.id, { action: "retry", confirm: "yes" })).status).toBe(409);
    await waitForStatus(t.sql, order.sessionId, "awaiting_review");
    expect((await t.sql`select count(*)::int as n from blueprints where order_id = ${order.id}`)[0]!.n).toBe(2);
  });

  it("regenerate a delivered order (new version, reviewed, emailed with its own key); resend once per submitted form", async () => {
    const order = await orderAwaitingReview();
    expect((await act(admin, order.id, { action: "approve", confirm: "yes" })).status).toBe(200);
    await waitForStatus(t.sql, order.sessionId, "delivered");

    expect((await act(admin, order.id, { action: "regenerate", confirm: "yes" })).status).toBe(200);
    await waitForStatus(t.sql, order.sessionId, "awaiting_review");
    expect((await act(admin, order.id, { action: "approve", confirm: "yes" })).status).toBe(200);
    await waitForStatus(t.sql, order.sessionId, "delivered");
    const keys = deliveries(order.email).map((e) => e.idempotencyKey);
    expect(keys).toEqual([`order-${order.id}-delivery-v1`, `order-${order.id}-delivery-v2`]);

    const [r1, r2] = await Promise.all([
      act(admin, order.id, { action: "resend", confirm: "yes", n: "1" }),
      act(admin, order.id, { action: "resend", confirm: "yes", n: "1" }),
    ]);
    expect([r1.status, r2.status]).toEqual([200, 200]);
    expect(
      deliveries(order.email)
        .map((e) => e.idempotencyKey)
        .filter((k) => k?.includes("resend")),
    ).toEqual([`order-${order.id}-delivery-v2-resend-1`]);
    expect((await events(order.id)).filter((e) => e.action === "resend_delivery")).toHaveLength(1);
    expect((await act(admin, order.id, { action: "resend", confirm: "yes", n: "2" })).status).toBe(200);
    expect(deliveries(order.email)).toHaveLength(4);
  });

  it("refund goes to Stripe with an idempotency key; the webhook then makes it refunded and the download 410", async () => {
    const order = await orderAwaitingReview();
    await act(admin, order.id, { action: "approve", confirm: "yes" });
    await waitForStatus(t.sql, order.sessionId, "delivered");
    const link = /\/blueprints\/[A-Za-z0-9_-]{32}/.exec(deliveries(order.email)[0]!.text)![0];
    expect((await fetch(`${app.url}${link}`)).status).toBe(200);

    const first = await act(admin, order.id, { action: "refund", confirm: "yes" });
    expect(first.status).toBe(200);
    const again = await act(admin, order.id, { action: "refund", confirm: "yes" });
    expect(await again.text()).toContain("already requested");
    const refunds = stripe.requests.filter((r) => r.method === "POST" && r.path === "/v1/refunds");
    expect(refunds).toHaveLength(1);
    expect(refunds[0]!.idempotencyKey).toBe(`refund:${order.id}`);
    expect((await events(order.id)).filter((e) => e.action === "refund_requested")).toHaveLength(1);

    // Stripe announces the refund the app asked for: the fake's charge is now fully refunded.
    const event = stripe.event("charge.refunded", stripe.chargeFor(order.sessionId));
    const { body, signature } = stripe.signedDelivery(event, paidPathEnv(stripe.url, resend.url).STRIPE_WEBHOOK_SECRET!);
    expect((await postWebhook(app.url, body, signature)).status).toBe(200);
    await waitForStatus(t.sql, order.sessionId, "refunded");
    expect((await fetch(`${app.url}${link}`)).status).toBe(410);
  });

  it("bad input is a 4xx with a message: unknown action, unknown order, malformed id", async () => {
    const order = await orderAwaitingReview();
    const unknown = await act(admin, order.id, { action: "delete_everything", confirm: "yes" });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("That action is not available.");
    expect((await act(admin, "00000000-0000-4000-8000-000000000000", { action: "approve", confirm: "yes" })).status).toBe(404);
    expect((await admin.get("/staff/orders/not-a-uuid")).status).toBe(404);
    expect((await admin.get("/staff?status=nonsense&sla=bad&after=zzz")).status).toBe(200);
  });
});

describe("funnel and live counts", () => {
  it("counts report views, starts, completions and checkouts per day, and shows conversion", async () => {
    await fetch(`${app.url}/occupations/backend-developer`);
    // Views are gathered in memory and written every few seconds, or when staff read the figures.
    const page = await (await admin.get("/staff/funnel")).text();
    const [counts] = await t.sql`
      select coalesce(sum(count) filter (where step = 'report_view'), 0)::int as views,
        coalesce(sum(count) filter (where step = 'assessment_start'), 0)::int as starts,
        coalesce(sum(count) filter (where step = 'assessment_complete'), 0)::int as completions,
        coalesce(sum(count) filter (where step = 'checkout_started'), 0)::int as checkouts
      from funnel_daily`;
    expect(counts!.views).toBeGreaterThanOrEqual(1);
    expect(counts!.starts).toBe(buyers);
    expect(counts!.completions).toBe(buyers);
    expect(counts!.checkouts).toBe(buyers);
    expect(page).toContain("Checkouts started");
    expect(page).toContain("<svg");
    expect((await admin.get("/staff/funnel?from=2026-12-01&to=2026-01-01")).status).toBe(400);
  });

  it("the queue page shows orders per status and the job queues", async () => {
    const page = await (await admin.get("/staff")).text();
    expect(page).toMatch(/Refunded(<!-- -->)?: <strong>1<\/strong>/);
    expect(page).toContain('data-testid="job-counts"');
  });
});
