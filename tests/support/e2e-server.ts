import path from "node:path";
import postgres from "postgres";
import { EMBEDDED_DATABASE, ensureEmbeddedPostgres } from "../../db/embedded";
import { withDatabase } from "./database-url";
import { e2eDatabaseName } from "./e2e-database-name";

/**
 * The e2e web servers' entry (playwright.config.ts): an empty database for every run, then
 * `npm start`'s own entry in this process. What PostgreSQL keeps between runs — per-IP
 * allowances, the sign-in throttle, earlier runs' orders and alerts — must not decide this one.
 *
 * - DATABASE_URL set: the database `careerpivot_e2e_<PORT>` on that server, dropped and created
 *   again (one per port, so runs on other ports are left alone), becomes DATABASE_URL.
 * - Otherwise: the embedded server in DATA_DIR (a previous run's, left running by Playwright's
 *   kill, is adopted) loses its app database, which start-up creates, migrates and seeds anew.
 *   This process owns that server as `npm start` would; CI's exit trap stops it.
 */
async function recreateDatabase(adminUrl: string, name: string, create: boolean): Promise<void> {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    if (create) await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
}

const port = process.env.PORT ?? "3000";
if (!/^\d+$/.test(port)) throw new Error(`PORT must be a number, got ${port}`);
if (process.env.DATABASE_URL) {
  const name = e2eDatabaseName(port);
  await recreateDatabase(process.env.DATABASE_URL, name, true);
  process.env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, name);
} else {
  const server = await ensureEmbeddedPostgres(path.resolve(process.env.DATA_DIR ?? ".data"), Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  await recreateDatabase(server.adminUrl, EMBEDDED_DATABASE, false);
}
await import("../../server/start");
