/**
 * `npm run bench:http [-- --duration 10 --connections 50]`: the real server (production build,
 * `server/start.ts`) on a throw-away database holding the full imported catalogue, loaded with
 * autocannon on loopback: a report page, the search page and the unfiltered catalogue.
 * Prints requests/s and latency p50/p99 per page. Goal: p99 ≤ 50 ms.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import autocannon from "autocannon";
import { importCatalogue } from "../db/import";
import { buildIfNeeded } from "../server/build";
import { startAppServer } from "../tests/support/app-server";
import { researchArgs, withScratchDatabase } from "./bench-catalogue-db";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const DURATION = arg("--duration", 10);
const CONNECTIONS = arg("--connections", 50);

// Browsers ask for gzip, which the page cache serves from parts compressed once (server/page-cache.ts).
const GZIP = { "accept-encoding": "gzip, deflate, br" };
const PAGES: { name: string; path: string; headers?: Record<string, string> }[] = [
  { name: "report (imported)", path: "/occupations/registered-nurses" },
  { name: "report (imported), gzip", path: "/occupations/registered-nurses", headers: GZIP },
  { name: "report (curated)", path: "/occupations/backend-developer" },
  { name: "search ?q=nurse", path: "/occupations?q=nurse" },
  { name: "search ?band=low&page=3", path: "/occupations?band=low&page=3" },
  { name: "landing", path: "/" },
  { name: "method", path: "/method" },
];

// Production never builds at start: the bench measures the current sources' build.
await buildIfNeeded(process.cwd());

await withScratchDatabase(async (url, sql) => {
  const summary = await importCatalogue(sql, researchArgs());
  // Production mode, as deployed: React Router and React pick their production builds.
  const app = await startAppServer({
    DATABASE_URL: url,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    SESSION_SECRET: randomBytes(32).toString("hex"),
    // Production refuses to start without a payment and a mail provider; these pages call neither,
    // so placeholders that could never reach Stripe or Resend satisfy it. No worker: nothing is sold here.
    STRIPE_SECRET_KEY: "sk_live_bench_placeholder",
    STRIPE_WEBHOOK_SECRET: "whsec_bench_placeholder",
    RESEND_API_KEY: "re_bench_placeholder",
    WORKER: "off",
  });
  try {
    console.log(
      `bench:http · ${summary.occupations.written} imported occupations · ${CONNECTIONS} connections × ${DURATION} s per page · ${os.cpus().length} cores`,
    );
    for (const page of PAGES) {
      // A short warm-up so the first compile of each route is not in the numbers.
      await autocannon({ url: `${app.url}${page.path}`, connections: 4, duration: 1, headers: page.headers });
      const r = await autocannon({ url: `${app.url}${page.path}`, connections: CONNECTIONS, duration: DURATION, headers: page.headers });
      const bad = r.non2xx + r.errors + r.timeouts;
      console.log(
        `${page.name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(6)} req/s · p50 ${String(r.latency.p50).padStart(4)} ms · p99 ${String(r.latency.p99).padStart(4)} ms` +
          (bad ? ` · ${bad} failed` : ""),
      );
    }
  } finally {
    await app.stop();
  }
});
