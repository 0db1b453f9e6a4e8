import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { insertOrder, insertRefundEvent, orderParent } from "../support/order-rows";

/** The funnel page's money and the bookkeeper's CSV (issue 18 item 3), on a real database through HTTP. */
const ADMIN = { email: "admin@example.com", password: "admin-password-0123" };
const REVIEWER = { email: "reviewer@example.com", password: "reviewer-password-0123" };
let t: TestDatabase;
let app: AppServer;
let admin: FormClient;
let reviewer: FormClient;
const refs: Record<string, string> = {};

async function signIn(who: { email: string; password: string }) {
  const client = new FormClient(app.url);
  expect((await client.post("/staff/login", who)).status).toBe(303);
  return client;
}

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({
    DATABASE_URL: t.url,
    SESSION_SECRET: "integration-test-secret-0123456789abcdef",
    STAFF_EMAIL: ADMIN.email,
    STAFF_PASSWORD: ADMIN.password,
  });
  admin = await signIn(ADMIN);
  expect((await admin.post("/staff/users", { intent: "create", name: "Rae", role: "reviewer", ...REVIEWER })).status).toBe(200);
  reviewer = await signIn(REVIEWER);

  const p = await orderParent(t.sql);
  const order = async (name: string, o: Parameters<typeof insertOrder>[2]) => {
    const row = await insertOrder(t.sql, p, {
      email: `${name}@example.com`,
      sessionId: `cs_test_money_${name}`,
      paymentIntentId: `pi_money_${name}`,
      ...o,
    });
    refs[name] = row.reference;
    return row.id;
  };
  // A: paid 2 March, fully refunded 5 March.
  const a = await order("a", { status: "refunded", paidAt: at("2026-03-02T10:00:00Z"), refundedAt: at("2026-03-05T09:00:00Z") });
  await insertRefundEvent(t.sql, a, at("2026-03-05T09:00:00Z"), { amount: 4900, amountRefunded: 4900 });
  // B: paid 2 March, £10 back on 3 March, the rest on 9 March.
  const b = await order("b", { status: "refunded", paidAt: at("2026-03-02T11:00:00Z"), refundedAt: at("2026-03-09T12:00:00Z") });
  await insertRefundEvent(t.sql, b, at("2026-03-03T12:00:00Z"), { amount: 4900, amountRefunded: 1000 });
  await insertRefundEvent(t.sql, b, at("2026-03-09T12:00:00Z"), { amount: 4900, amountRefunded: 4900 });
  // C: paid in February, refunded 1 March.
  const c = await order("c", { status: "refunded", paidAt: at("2026-02-27T10:00:00Z"), refundedAt: at("2026-03-01T10:00:00Z") });
  await insertRefundEvent(t.sql, c, at("2026-03-01T10:00:00Z"), { amount: 4900, amountRefunded: 4900 });
  // D: paid 8 March, kept.
  await order("d", { status: "delivered", paidAt: at("2026-03-08T10:00:00Z") });
  // E: a hostile value in a cell, alone on 1 April.
  await order("e", { status: "delivered", paidAt: at("2026-04-01T10:00:00Z"), sessionId: '=HYPERLINK("https://evil.example","x")' });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const page = async (client: FormClient, from: string, to: string) => (await client.get(`/staff/funnel?from=${from}&to=${to}`)).text();
const dayRow = (html: string, day: string) => {
  const m = new RegExp(`<tr[^>]*><th scope="row"[^>]*>${day}</th>(.*?)</tr>`).exec(html.slice(html.indexOf('data-testid="money-days"')));
  return m ? [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((x) => x[1]) : null;
};
const totals = (html: string) => {
  const block = html.slice(html.indexOf('data-testid="money-totals"'), html.indexOf("</ul>", html.indexOf('data-testid="money-totals"')));
  return block
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
};

describe("revenue per day", () => {
  it("counts each refund on the day it was made, even when the sale was on another day or before the range", async () => {
    const html = await page(admin, "2026-03-01", "2026-03-07");
    expect(totals(html)).toContain("Gross: £98.00 Refunds: £108.00 Net: −£10.00 Orders: 2 Average order: £49.00");
    expect(dayRow(html, "2026-03-01")).toEqual(["£0.00", "£49.00", "−£49.00", "0", "—"]);
    expect(dayRow(html, "2026-03-02")).toEqual(["£98.00", "£0.00", "£98.00", "2", "£49.00"]);
    expect(dayRow(html, "2026-03-03")).toEqual(["£0.00", "£10.00", "−£10.00", "0", "—"]);
    expect(dayRow(html, "2026-03-05")).toEqual(["£0.00", "£49.00", "−£49.00", "0", "—"]);
  });

  it("moves with the chosen range", async () => {
    const html = await page(admin, "2026-03-08", "2026-03-09");
    expect(totals(html)).toContain("Gross: £49.00 Refunds: £39.00 Net: £10.00 Orders: 1 Average order: £49.00");
    expect(dayRow(html, "2026-03-09")).toEqual(["£0.00", "£39.00", "−£39.00", "0", "—"]);
  });

  it("is not shown to reviewers, who still see the counts", async () => {
    const html = await page(reviewer, "2026-03-01", "2026-03-07");
    expect(html).toContain(`data-testid="conversions"`);
    expect(html).not.toContain("Revenue (GBP)");
    expect(html).not.toContain("orders.csv");
  });
});

describe("orders CSV", () => {
  const csv = (client: FormClient, from: string, to: string) => client.get(`/staff/funnel/orders.csv?from=${from}&to=${to}`);

  it("gives admins the orders whose money moved in the range, with no email or answers", async () => {
    const res = await csv(admin, "2026-03-01", "2026-03-07");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="career-pivot-orders-2026-03-01-to-2026-03-07.csv"');
    const body = await res.text();
    expect(body).not.toContain("@");
    const rows = parse(body, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.reference).sort()).toEqual([refs.a, refs.b, refs.c].sort());
    expect(rows.find((r) => r.reference === refs.b)).toEqual({
      reference: refs.b,
      created_london: "2026-03-02 11:00:00",
      paid_london: "2026-03-02 11:00:00",
      last_refund_london: "2026-03-09 12:00:00",
      amount: "49.00",
      refunded: "49.00",
      currency: "GBP",
      status: "refunded",
      stripe_checkout_session: "cs_test_money_b",
      stripe_payment_intent: "pi_money_b",
    });
  });

  it("quotes a cell a spreadsheet would run as a formula", async () => {
    const rows = parse(await (await csv(admin, "2026-04-01", "2026-04-01")).text(), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.stripe_checkout_session).toBe(`'=HYPERLINK("https://evil.example","x")`);
  });

  it("is refused to reviewers (403) and strangers (sign-in first)", async () => {
    expect((await csv(reviewer, "2026-03-01", "2026-03-07")).status).toBe(403);
    const stranger = await fetch(`${app.url}/staff/funnel/orders.csv?from=2026-03-01&to=2026-03-07`, { redirect: "manual" });
    expect(stranger.status).toBe(302);
    expect(stranger.headers.get("location")).toMatch(/^\/staff\/login\?next=/);
  });

  it("answers a backwards range with 400 and a plain message", async () => {
    const res = await csv(admin, "2026-03-07", "2026-03-01");
    expect(res.status).toBe(400);
    expect(await res.text()).toBe("The start date is after the end date.");
  });
});
