/**
 * `npm run bench:fulfilment [-- --orders 100] [-- --resend-rate 2]`: a burst of paid orders through
 * the real server (webhook → queue → PDF pool → email) against the local Stripe and Resend fakes.
 * Prints the time from "webhook accepted" to "delivery email accepted by the provider" for one
 * order at idle and for the burst (p50/p99), orders per second, and the render-bound limit
 * (cores ÷ median render).
 *
 * `--resend-rate 2` is launch day: the Resend fake enforces Resend's team limit (2 requests/s,
 * 429 + retry-after beyond) and the app is told that rate (EMAIL_RATE_PER_SECOND). It then prints
 * orders delivered and failed, the 429s received, job attempts used up by retries, and the time
 * to drain (first payment → last email accepted). `--orders 500 --resend-rate 2` is the issue-18 run.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { createSql, schema } from "../db/client";
import { ensureEmbeddedPostgres } from "../db/embedded";
import { startFakeResend } from "../tests/fakes/resend";
import { startFakeStripe } from "../tests/fakes/stripe";
import { startAppServer } from "../tests/support/app-server";
import { completeAssessment } from "../tests/support/assessment";
import { withDatabase } from "../tests/support/database-url";
import { paidPathEnv, postWebhook, startCheckout, WEBHOOK_SECRET } from "../tests/support/paid-path";

const argOrders = process.argv.indexOf("--orders");
const N = argOrders > 0 ? Number(process.argv[argOrders + 1]) : 100;
const argRate = process.argv.indexOf("--resend-rate");
const RATE = argRate > 0 ? Number(process.argv[argRate + 1]) : 0;
const ROOT = path.resolve(import.meta.dirname, "..");

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};

async function main() {
  const embedded = process.env.DATABASE_URL ? undefined : await ensureEmbeddedPostgres(path.join(ROOT, ".data/bench"), 54359);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `careerpivot_bench_${randomBytes(4).toString("hex")}`;
  const admin = createSql(adminUrl, { max: 1 });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(adminUrl, name);
  const stripe = await startFakeStripe();
  const resend = await startFakeResend();
  if (RATE > 0) resend.enforceRateLimit(RATE);
  const rateEnv: Record<string, string> = RATE > 0 ? { EMAIL_RATE_PER_SECOND: String(RATE) } : {};
  const app = await startAppServer({
    DATABASE_URL: url,
    ...paidPathEnv(stripe.url, resend.url, { PDF_RENDER_THREADS: "", JOB_EXPIRE_SECONDS: "300", ...rateEnv }),
  });
  const sql = createSql(url, { max: 4 });
  const db = drizzle(sql, { schema });
  try {
    console.log(`preparing ${N + 1} respondents and checkouts…`);
    const buyers: { sessionId: string; email: string }[] = [];
    for (let i = 0; i <= N; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, N + 1 - i) }, async (_, j) => {
          const email = `bench${i + j}@example.com`;
          const { client, token } = await completeAssessment(app.url, db, {
            email,
            goal: j % 2 ? "cross-domain" : "adjacent",
            hoursPerWeek: 4 + (j % 6),
          });
          return { sessionId: await startCheckout(client, token), email };
        }),
      );
      buyers.push(...batch);
    }

    const deliveredAt = (email: string) => resend.emails.find((e) => e.to.includes(email) && e.attachments.length > 0)?.receivedAt;
    const pay = async (b: { sessionId: string; email: string }) => {
      const { body, signature } = stripe.signedDelivery(
        stripe.event("checkout.session.completed", stripe.complete(b.sessionId, { email: b.email })),
        WEBHOOK_SECRET,
      );
      const res = await postWebhook(app.url, body, signature);
      if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
      return Date.now();
    };
    const failedOrders = async () => (await sql<{ n: number }[]>`select count(*)::int as n from orders where status = 'failed'`)[0]!.n;
    const waitAll = async (emails: string[], timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      let checked = Date.now();
      while (emails.some((e) => deliveredAt(e) === undefined)) {
        if (Date.now() > deadline) throw new Error("timed out waiting for deliveries");
        // A failed order never delivers: stop and say so rather than wait out the deadline.
        if (Date.now() - checked > 5_000) {
          checked = Date.now();
          const failed = await failedOrders();
          if (failed > 0) throw new Error(`${failed} orders failed`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const waitForEmails = async (count: number, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (resend.emails.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };

    // Warm-up and the idle figure: one order with nothing else happening.
    const [idle, ...burst] = buyers;
    const idleAccepted = await pay(idle!);
    await waitAll([idle!.email], 60_000);
    const idleMs = deliveredAt(idle!.email)! - idleAccepted;

    const accepted = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < burst.length; i += 20) {
      await Promise.all(burst.slice(i, i + 20).map(async (b) => accepted.set(b.email, await pay(b))));
    }
    await waitAll(
      burst.map((b) => b.email),
      20 * 60_000,
    );
    const latencies = burst.map((b) => deliveredAt(b.email)! - accepted.get(b.email)!);
    const finished = Math.max(...burst.map((b) => deliveredAt(b.email)!));
    const seconds = (finished - started) / 1000;

    const renders = (await sql<{ ms: number }[]>`select render_ms as ms from blueprints`).map((r) => r.ms);
    const medianRender = quantile(renders, 0.5);
    const cores = os.availableParallelism();
    const limit = cores / (medianRender / 1000);
    const rate = burst.length / seconds;
    console.log(`\nfulfilment benchmark (${cores} cores, ${burst.length} orders in the burst)`);
    console.log(`  one order at idle: webhook accepted → delivery email accepted  ${idleMs} ms (goal ≤ 5000 ms)`);
    console.log(
      `  burst latency p50 ${quantile(latencies, 0.5)} ms, p99 ${quantile(latencies, 0.99)} ms, max ${Math.max(...latencies)} ms`,
    );
    console.log(`  throughput ${rate.toFixed(2)} orders/s over ${seconds.toFixed(1)} s`);
    console.log(
      `  median render ${medianRender} ms → render-bound limit ${limit.toFixed(2)} orders/s; reached ${((rate / limit) * 100).toFixed(0)} % (goal ≥ 70 %)`,
    );
    await waitForEmails(2 * buyers.length, 120_000);
    console.log(`  emails accepted by the fake provider: ${resend.emails.length} (expected ${2 * buyers.length})`);
    if (RATE > 0) {
      const lastEmail = Math.max(...resend.emails.map((e) => e.receivedAt));
      const states = async () =>
        (
          await sql<{ delivered: number; failed: number }[]>`
          select count(*) filter (where status = 'delivered')::int as delivered, count(*) filter (where status = 'failed')::int as failed from orders`
        )[0]!;
      // The provider accepts the email a moment before the order is marked delivered.
      const settleBy = Date.now() + 30_000;
      let settled = await states();
      while (settled.delivered + settled.failed < buyers.length && Date.now() < settleBy) {
        await new Promise((r) => setTimeout(r, 100));
        settled = await states();
      }
      const [retried] = await sql<{ n: number }[]>`
        select count(*)::int as n from pgboss.job where name in ('email-confirmation', 'email-delivery') and retry_count > 0`;
      console.log(
        `\nlaunch day: ${burst.length}-order burst, Resend fake enforcing ${RATE} requests/s, app pacing at EMAIL_RATE_PER_SECOND=${RATE}`,
      );
      console.log(`  orders delivered ${settled.delivered} of ${buyers.length}, failed ${settled.failed}`);
      console.log(`  429s received ${resend.rateLimited} (of ${resend.requests} requests); email jobs that used a retry: ${retried!.n}`);
      console.log(
        `  drain: first payment → last delivery ${seconds.toFixed(1)} s, → last email accepted ${((lastEmail - started) / 1000).toFixed(1)} s (${(resend.emails.length / ((lastEmail - started) / 1000)).toFixed(2)} emails/s)`,
      );
    }
  } finally {
    await sql.end();
    await app.stop();
    await stripe.close();
    await resend.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await embedded?.stop();
  }
}

await main();
