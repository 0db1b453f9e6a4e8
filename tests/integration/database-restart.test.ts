import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSql, schema, type Sql } from "../../db/client";
import { ensureEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { startFakeResend, type FakeResend } from "../fakes/resend";
import { startFakeStripe, type FakeStripe } from "../fakes/stripe";
import { freePort, startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { orderBySession, paidPathEnv, postWebhook, startCheckout, waitForStatus, WEBHOOK_SECRET } from "../support/paid-path";
import { waitForOrderJobsToDrain, waitUntil } from "../support/wait";

/**
 * Fault tolerance: PostgreSQL is stopped and started again under a running app with orders in
 * flight. The app must come back by itself and deliver every paid order exactly once. Uses its own
 * embedded server (in a temporary directory) so restarting it disturbs nothing else.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-restart-"));
chmodSync(dataDir, 0o755);
let pg: EmbeddedServer;
let port: number;
let app: AppServer;
let stripe: FakeStripe;
let resend: FakeResend;
let sql: Sql;

beforeAll(async () => {
  port = await freePort();
  pg = await ensureEmbeddedPostgres(dataDir, port);
  stripe = await startFakeStripe();
  resend = await startFakeResend();
  app = await startAppServer({ DATABASE_URL: pg.url, ...paidPathEnv(stripe.url, resend.url, { JOB_EXPIRE_SECONDS: "10" }) });
  sql = createSql(pg.url, { max: 2 });
});

afterAll(async () => {
  await app?.stop();
  await sql?.end({ timeout: 1 }).catch(() => undefined);
  await stripe?.close();
  await resend?.close();
  await pg?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let lastHealthError = "";
const health = async () =>
  (
    await fetch(`${app.url}/healthz`).catch((e: Error & { cause?: { code?: string; message?: string } }) => {
      lastHealthError = `${new Date().toISOString()} ${e.message}: ${e.cause?.code ?? ""} ${e.cause?.message ?? ""}`;
      return null;
    })
  )?.status;

it("recovers from a database restart by itself and delivers every order once", async () => {
  const db = drizzle(sql, { schema });
  const buyers = await Promise.all(
    [1, 2, 3].map(async (i) => {
      const email = `restart${i}@example.com`;
      const { client, token } = await completeAssessment(app.url, db, { email });
      return { email, sessionId: await startCheckout(client, token) };
    }),
  );
  const deliveries = buyers.map((b) =>
    stripe.signedDelivery(stripe.event("checkout.session.completed", stripe.complete(b.sessionId, { email: b.email })), WEBHOOK_SECRET),
  );

  // Two orders are paid just before the database goes away, so their jobs are in flight.
  for (const d of deliveries.slice(0, 2)) expect((await postWebhook(app.url, d.body, d.signature)).status).toBe(200);
  await sql.end({ timeout: 1 });
  await pg.stop();
  // Readiness notices: /healthz answers 503 (not a hang, not a crash) while the database is away.
  let down: number | undefined;
  for (let i = 0; i < 20 && down !== 503; i++) down = await health();
  if (down !== 503) {
    console.error(`/healthz answered ${down}; last fetch error: ${lastHealthError}; app process ${app.exitStatus()}`);
    console.error(`app output (last 80 lines):\n${app.output().split("\n").slice(-80).join("\n")}`);
  }
  expect(down).toBe(503);
  // Stripe's delivery while the database is down fails (Stripe will retry it).
  const during = await postWebhook(app.url, deliveries[2]!.body, deliveries[2]!.signature);
  expect(during.status).toBeGreaterThanOrEqual(500);

  pg = await ensureEmbeddedPostgres(dataDir, port);
  sql = createSql(pg.url, { max: 2 });
  await waitUntil("/healthz to answer 200 again", async () => (await health()) === 200, { intervalMs: 250 });

  // Stripe's retry of the failed delivery now goes through.
  expect((await postWebhook(app.url, deliveries[2]!.body, deliveries[2]!.signature)).status).toBe(200);
  for (const b of buyers) await waitForStatus(sql, b.sessionId, "delivered", 90_000);
  for (const b of buyers) await waitForOrderJobsToDrain(sql, (await orderBySession(sql, b.sessionId))!.id);
  for (const b of buyers) expect(resend.emails.filter((e) => e.to.includes(b.email) && e.attachments.length > 0)).toHaveLength(1);
});
