/**
 * `npm run fuzz:http [-- --requests 12000]`: hostile requests to every public endpoint of a real
 * server on a fresh database; prints the count by status, every response ≥ 500, and whether any
 * row was written. Exits 1 on a 5xx or a write.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createSql } from "../db/client";
import { ensureEmbeddedPostgres } from "../db/embedded";
import { startAppServer } from "../tests/support/app-server";
import { withDatabase } from "../tests/support/database-url";
import { fuzzRequests, runFuzz, WRITABLE_TABLES } from "../tests/support/fuzz";

const arg = process.argv.indexOf("--requests");
const N = arg > 0 ? Number(process.argv[arg + 1]) : 12_000;
const ROOT = path.resolve(import.meta.dirname, "..");

const embedded = process.env.DATABASE_URL ? undefined : await ensureEmbeddedPostgres(path.join(ROOT, ".data/bench"), 54359);
const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
const name = `careerpivot_fuzz_${randomBytes(4).toString("hex")}`;
const admin = createSql(adminUrl, { max: 1 });
await admin.unsafe(`create database "${name}"`);
const url = withDatabase(adminUrl, name);
// Abuse limits have their own test; here every request should reach validation.
const app = await startAppServer({ DATABASE_URL: url, RATE_LIMIT_SCALE: "1000" });
const sql = createSql(url, { max: 2 });
let failed = false;
try {
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(WRITABLE_TABLES.map(async (t) => [t, (await sql.unsafe(`select count(*)::int as n from ${t}`))[0]!.n])),
    );
  const before = await counts();
  const started = Date.now();
  const report = await runFuzz(app.url, fuzzRequests(N, Date.now() % 100_000), 16);
  const after = await counts();
  const written = WRITABLE_TABLES.filter((t) => before[t] !== after[t]);
  console.log(`sent ${report.sent} hostile requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `by status: ${Object.entries(report.byStatus)
      .map(([s, n]) => `${s}: ${n}`)
      .join(", ")}`,
  );
  console.log(`responses ≥ 500: ${report.serverErrors.length}`);
  for (const e of report.serverErrors.slice(0, 20)) console.log(`  ${e.status} ${e.request}`);
  console.log(`tables written: ${written.length ? written.join(", ") : "none"}`);
  failed = report.serverErrors.length > 0 || written.length > 0;
} finally {
  await sql.end();
  await app.stop();
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
  await embedded?.stop();
}
process.exit(failed ? 1 : 0);
