import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/postgres-js";
import { inject } from "vitest";
import { createSql, schema, type Database, type Sql } from "../../db/client";
import { withDatabase } from "./database-url";

export type TestDatabase = { name: string; url: string; sql: Sql; db: Database; drop: () => Promise<void> };

/**
 * A database of its own for one test file: a clone of the migrated template (`empty: false`) or a
 * blank one (`empty: true`), on the real server the run uses. Dropped by `drop()`.
 */
export async function createTestDatabase({ empty = false } = {}): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `careerpivot_t_${randomBytes(5).toString("hex")}`;
  const admin = createSql(adminUrl, { max: 1 });
  try {
    await admin.unsafe(empty ? `create database "${name}"` : `create database "${name}" template "${inject("templateDatabase")}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(adminUrl, name);
  const sql = createSql(url, { max: 4 });
  return {
    name,
    url,
    sql,
    db: drizzle(sql, { schema }),
    drop: async () => {
      await sql.end({ timeout: 5 });
      const a = createSql(adminUrl, { max: 1 });
      await a.unsafe(`drop database if exists "${name}" with (force)`).finally(() => a.end());
    },
  };
}
