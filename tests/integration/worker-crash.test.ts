import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { freePort, startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { orderBySession, paidPathEnv, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";
import { waitForOrderJobsToDrain, waitUntil } from "../support/wait";

const ROOT = path.resolve(import.meta.dirname, "../..");

let t: TestDatabase;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;
let env: Record<string, string>;
const workers: ChildProcess[] = [];

/** `npm run worker`'s entry, as its own process. */
function startWorkerProcess(extraEnv: Record<string, string> = {}): ChildProcess & { output: () => string } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "jobs/worker-cli.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out += d));
  child.stderr?.on("data", (d) => (out += d));
  workers.push(child);
  return Object.assign(child, { output: () => out });
}

async function started(child: ChildProcess & { output: () => string }): Promise<void> {
  const probe = () => {
    if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}:\n${child.output()}`);
    return child.output().includes("worker started");
  };
  await waitUntil("the worker to start", probe, { timeoutMs: 60_000, intervalMs: 50 });
}

beforeAll(async () => {
  t = await createTestDatabase();
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  // Short expiry so the killed worker's job is noticed quickly, yet above one render on a machine at load 20
  // (8 s was not: the running job expired mid-render and was taken again).
  env = {
    DATABASE_URL: t.url,
    ...paidPathEnv(stripe.url, resend.url, { WORKER: "off", JOB_EXPIRE_SECONDS: "20", PDF_RENDER_THREADS: "1" }),
  };
  app = await startAppServer(env);
});

afterAll(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  await app?.stop();
  await stripe?.close();
  await resend?.close();
  await t?.drop();
});

it("delivers once after the worker is SIGKILLed mid-render and another one starts", async () => {
  const email = "crash@example.com";
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  const first = startWorkerProcess();

  const event = stripe.event("checkout.session.completed", stripe.complete(sessionId, { email }));
  const { body, signature } = stripe.signedDelivery(event, WEBHOOK_SECRET);
  expect((await postWebhook(app.url, body, signature)).status).toBe(200);

  await waitForStatus(t.sql, sessionId, "rendering", 60_000);
  first.kill("SIGKILL");
  await new Promise((r) => first.once("exit", r));
  expect((await orderBySession(t.sql, sessionId))?.status).toBe("rendering");

  startWorkerProcess();
  await waitForStatus(t.sql, sessionId, "delivered", 90_000);
  // The killed worker's job was retried once; nothing of this order is left to run.
  await waitForOrderJobsToDrain(t.sql, (await orderBySession(t.sql, sessionId))!.id);
  expect(resend.emails.filter((e) => e.to.includes(email) && e.attachments.length > 0)).toHaveLength(1);
  const events =
    await t.sql`select action from order_events e join orders o on o.id = e.order_id where o.stripe_session_id = ${sessionId} and to_status = 'delivered'`;
  expect(events).toHaveLength(1);
});

it("finishes the running job on SIGTERM before exiting", async () => {
  const email = "sigterm@example.com";
  const { client, token } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, token);
  // Only this worker may take the job: stop the ones the previous test started.
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  const worker = startWorkerProcess();
  await started(worker);
  const event = stripe.event("checkout.session.completed", stripe.complete(sessionId, { email }));
  const { body, signature } = stripe.signedDelivery(event, WEBHOOK_SECRET);
  await postWebhook(app.url, body, signature);
  await waitForStatus(t.sql, sessionId, "rendering", 60_000);
  worker.kill("SIGTERM");
  const code = await new Promise((r) => worker.once("exit", (c) => r(c)));
  expect(code).toBe(0);
  // The render that was running completed and moved the order on before the process exited.
  expect(["sending", "delivered"]).toContain((await orderBySession(t.sql, sessionId))?.status);
});

it("serves its own /metrics (token required) and /healthz when run on its own", async () => {
  for (const w of workers) if (w.exitCode === null) w.kill("SIGKILL");
  const port = await freePort();
  const token = "worker-metrics-token-0123456789abcdef";
  const worker = startWorkerProcess({ WORKER_METRICS_PORT: String(port), METRICS_TOKEN: token });
  await started(worker);
  const base = `http://127.0.0.1:${port}`;

  const email = "metrics@example.com";
  const { client, token: resultToken } = await completeAssessment(app.url, t.db, { email });
  const sessionId = await startCheckout(client, resultToken);
  const { body, signature } = stripe.signedDelivery(
    stripe.event("checkout.session.completed", stripe.complete(sessionId, { email })),
    WEBHOOK_SECRET,
  );
  await postWebhook(app.url, body, signature);
  await waitForStatus(t.sql, sessionId, "delivered", 90_000);

  const health = await fetch(`${base}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: "up" });
  expect((await fetch(`${base}/metrics`)).status).toBe(401);
  const scraped = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  expect(scraped.status).toBe(200);
  const text = await scraped.text();
  // This process rendered and emailed the order (and may have finished the previous test's
  // delivery too), so its own registry has the figures.
  expect(text).toMatch(/jobs_total\{queue="blueprint-render",outcome="completed"\} 1/);
  expect(text).toMatch(/pdf_render_seconds_count 1/);
  expect(text).toMatch(/emails_total\{kind="delivery",outcome="sent"\} [1-9]/);
  worker.kill("SIGTERM");
  expect(await new Promise((r) => worker.once("exit", (c) => r(c)))).toBe(0);
});
