import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { createSql } from "./client";

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

/** Any fixed 64-bit key; every process that migrates or seeds takes this lock first. */
export const STARTUP_LOCK_KEY = 7_316_904_221n;

/**
 * Runs `work` holding a session-level advisory lock on a dedicated connection, so two processes
 * starting at once migrate and seed one after the other instead of racing on DDL.
 */
export async function withStartupLock<T>(url: string, work: (url: string) => Promise<T>): Promise<T> {
  const sql = createSql(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(${STARTUP_LOCK_KEY.toString()}::bigint)`;
    return await work(url);
  } finally {
    await sql`select pg_advisory_unlock(${STARTUP_LOCK_KEY.toString()}::bigint)`.catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}

/** Applies committed drizzle-kit migrations; already-applied ones are skipped by drizzle. */
export async function runMigrations(url: string): Promise<void> {
  const sql = createSql(url, { max: 1 });
  try {
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await sql.end({ timeout: 5 });
  }
}
