import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { singleton, clearSingleton } from "../lib/singleton";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;
export type Sql = postgres.Sql;

/**
 * Two pools: drizzle replaces its client's date and JSON serializers with pass-throughs (it maps
 * those types itself), which breaks Date and JSON parameters in hand-written SQL. Services that
 * write SQL with postgres.js (transactions shared with pg-boss) use their own, untouched pool.
 */
type Client = { sql: Sql; raw: Sql; db: Database; url: string };

/** Options shared by every pool: quiet notices, bounded waits so a dead database fails fast. */
export function createSql(url: string, options: postgres.Options<Record<string, never>> = {}): Sql {
  return postgres(url, {
    max: 10,
    idle_timeout: 30,
    connect_timeout: 5,
    onnotice: () => {},
    ...options,
  });
}

/**
 * The process-wide client, created on first use from DATABASE_URL (server start sets it to the
 * embedded server's URL when the operator did not).
 */
function client(): Client {
  return singleton("db", () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app through server/start.ts or set it");
    const sql = createSql(url);
    return { sql, raw: createSql(url), db: drizzle(sql, { schema }), url };
  });
}

export function getDb(): Database {
  return client().db;
}

/** postgres.js with its standard type handling (Dates, JSON), for hand-written SQL. */
export function getSql(): Sql {
  return client().raw;
}

export async function closeDb(): Promise<void> {
  const store = globalThis as unknown as { __careerPivot?: Map<string, unknown> };
  const existing = store.__careerPivot?.get("db") as Client | undefined;
  clearSingleton("db");
  await Promise.all([existing?.sql.end({ timeout: 5 }), existing?.raw.end({ timeout: 5 })]);
}

export { schema };
