import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

// A data request must not tell a visitor whether an address is a customer's: not by the answer,
// not by what it writes, and not by a mail provider's failure (which only known addresses reach).
let t: TestDatabase;
let resend: FakeResend;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  resend = await startFakeResend();
  app = await startAppServer({
    DATABASE_URL: t.url,
    RESEND_API_KEY: "re_fake123",
    RESEND_BASE_URL: resend.url,
    SESSION_SECRET: "privacy-requests-secret-0123456789abcdef",
    WORKER: "inline",
    JOB_POLL_SECONDS: "0.5",
    JOB_RETRY_DELAY_SECONDS: "1",
    JOB_RETRY_LIMIT: "6",
    PDF_RENDER_THREADS: "1",
    RATE_LIMIT_SCALE: "100",
  });
});

afterAll(async () => {
  await app?.stop();
  await resend?.close();
  await t?.drop();
});

async function until(what: string, probe: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

type Job = { state: string; data: Record<string, unknown>; dataText: string };
const privacyJobs = () =>
  t.sql<
    Job[]
  >`select state::text as state, data, data::text as "dataText" from pgboss.job where name = 'privacy-request' order by created_on`;

/** The page without what differs on every response (the script nonce). */
const comparable = async (res: Response) => ({ status: res.status, body: (await res.text()).replace(/nonce="[^"]*"/g, 'nonce=""') });

it("answers and writes the same for known and unknown addresses, and a provider failure changes neither", async () => {
  const known = "customer@example.com";
  const unknown = "stranger@example.com";
  await completeAssessment(app.url, t.db, { email: known });
  resend.failNext(1000, 500);

  const knownAnswer = await comparable(await new FormClient(app.url).post("/privacy", { email: known, action: "export" }));
  const unknownAnswer = await comparable(await new FormClient(app.url).post("/privacy", { email: unknown, action: "export" }));
  expect(knownAnswer.status).toBe(200);
  expect(knownAnswer.body).toContain("If we hold any data for that address");
  expect(knownAnswer).toEqual(unknownAnswer);

  // One queued job each, of one shape, neither naming its address.
  const jobs = await privacyJobs();
  expect(jobs).toHaveLength(2);
  for (const job of jobs) {
    expect(Object.keys(job.data).sort()).toEqual(["sealed", "subject"]);
    expect(job.dataText).not.toContain(known);
    expect(job.dataText).not.toContain(unknown);
  }

  // Behind the answer, the known address's job meets the failing provider and is retried; the
  // unknown one completes without sending anything.
  await until("a failed attempt to send", async () => resend.requests > 0 && (await privacyJobs()).some((j) => j.state === "retry"));
  await until("the unknown address's request to complete", async () => (await privacyJobs()).some((j) => j.state === "completed"));
  resend.failNext(0);
  await until("the link to be sent", () => resend.emails.length > 0);
  expect(resend.emails.map((e) => e.to)).toEqual([[known]]);
  expect(resend.emails[0]!.text).toMatch(/\/privacy\/confirm\/[A-Za-z0-9_.-]+/);
  await until("both requests to complete", async () => (await privacyJobs()).every((j) => j.state === "completed"));
  expect(resend.emails).toHaveLength(1);
});
