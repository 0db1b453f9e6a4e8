import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { paidPathEnv, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";

// Issue 18 item 5: a buyer who lost the delivery email gets the download links again; a stranger
// gets the same answer and nothing is sent; the requests count against the privacy allowance.
let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  // RATE_LIMIT_SCALE 1: the real privacy allowance (5 an hour per client), which this file uses up.
  app = await startAppServer({ DATABASE_URL: t.url, ...paidPathEnv(stripe.url, resend.url, { RATE_LIMIT_SCALE: "1" }) });
});

afterAll(async () => {
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const resendJobs = () => t.sql<{ state: string; dataText: string }[]>`
  select state::text as state, data::text as "dataText" from pgboss.job where name = 'blueprint-resend' order by created_on`;
const comparable = async (res: Response) => ({ status: res.status, body: (await res.text()).replace(/nonce="[^"]*"/g, 'nonce=""') });
const linkIn = (text: string) => /\/blueprints\/([A-Za-z0-9_-]+)/.exec(text)?.[0];

it("emails a buyer their permanent download link, answers a stranger the same, and counts against the privacy allowance", async () => {
  const buyer = "Buyer.Resend@example.com";
  const stranger = "nobody@example.com";
  const { client, token } = await completeAssessment(app.url, t.db, { email: buyer });
  const sessionId = await startCheckout(client, token);
  const { body, signature } = stripe.signedDelivery(
    stripe.event("checkout.session.completed", stripe.complete(sessionId, { email: buyer })),
    WEBHOOK_SECRET,
  );
  expect((await postWebhook(app.url, body, signature)).status).toBe(200);
  await waitForStatus(t.sql, sessionId, "delivered", 90_000);
  const delivery = resend.emails.find((e) => e.attachments.length > 0)!;
  const deliveredLink = linkIn(delivery.text)!;
  expect(deliveredLink).toBeDefined();
  expect(delivery.text).toContain("/resend-blueprint");
  const before = resend.emails.length;

  // Bad input: a 400 with a human message, nothing queued.
  const bad = await new FormClient(app.url).post("/resend-blueprint", { email: "not an email" });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain("Enter the email address you used when you paid.");
  expect(await resendJobs()).toHaveLength(0);

  // The address is matched whatever its case, and the answer does not depend on it.
  const known = await comparable(await new FormClient(app.url).post("/resend-blueprint", { email: buyer.toLowerCase() }));
  const unknown = await comparable(await new FormClient(app.url).post("/resend-blueprint", { email: stranger }));
  expect(known.status).toBe(200);
  expect(known.body).toContain("If that address bought a Blueprint");
  expect(known).toEqual(unknown);
  const jobs = await resendJobs();
  expect(jobs).toHaveLength(2);
  for (const job of jobs) expect(job.dataText.toLowerCase()).not.toMatch(/buyer\.resend|nobody@/);

  await until("both requests to be answered", async () => (await resendJobs()).every((j) => j.state === "completed"));
  const sent = resend.emails.slice(before);
  expect(sent.map((e) => e.to)).toEqual([[buyer.toLowerCase()]]);
  // The same permanent link as the delivery email, and it still downloads the PDF.
  expect(linkIn(sent[0]!.text)).toBe(deliveredLink);
  const [order] = await t.sql<{ reference: string }[]>`select reference from orders where stripe_session_id = ${sessionId}`;
  expect(sent[0]!.text).toContain(order!.reference);
  const pdf = await fetch(`${app.url}${deliveredLink}`);
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get("content-type")).toContain("application/pdf");
  expect(await t.sql`select 1 from emails where kind = 'resend' and to_address = ${buyer.toLowerCase()}`).toHaveLength(1);

  // Five requests an hour per client, data requests and resends together: two resends and a
  // 400 were counted, then a data request and one more resend, and the sixth is refused.
  expect((await new FormClient(app.url).post("/privacy", { email: stranger, action: "export" })).status).toBe(200);
  expect((await new FormClient(app.url).post("/resend-blueprint", { email: stranger })).status).toBe(200);
  const refused = await new FormClient(app.url).post("/resend-blueprint", { email: buyer });
  expect(refused.status).toBe(429);
  expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
  expect(await resendJobs()).toHaveLength(3);
});
