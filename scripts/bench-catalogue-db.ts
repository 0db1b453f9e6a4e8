import { randomBytes } from "node:crypto";
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { createSql, schema, type Sql } from "../db/client";
import { ensureEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";
import { seedCatalogue } from "../db/seed/seed";
import { withDatabase } from "../tests/support/database-url";

const ROOT = path.resolve(import.meta.dirname, "..");

export const RESEARCH_DIR = process.env.RESEARCH_DATA_DIR ?? path.resolve(ROOT, "../shared/data");

/** --gpts and --ai-applicability, defaulting to ../shared/data (or RESEARCH_DATA_DIR). */
export function researchArgs() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  return {
    gptsDir: arg("--gpts") ?? path.join(RESEARCH_DIR, "gpts-are-gpts"),
    applicabilityCsv: arg("--ai-applicability") ?? path.join(RESEARCH_DIR, "working-with-ai/soc_ai_applicability_scores.csv"),
  };
}

/**
 * A throw-away database (on DATABASE_URL's server, or an embedded one in .data/bench) with the
 * migrations and the curated catalogue, so a benchmark never touches anyone's data.
 */
export async function withScratchDatabase<T>(work: (url: string, sql: Sql) => Promise<T>): Promise<T> {
  const embedded = process.env.DATABASE_URL ? undefined : await ensureEmbeddedPostgres(path.join(ROOT, ".data/bench"), 54359);
  const adminUrl = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const name = `careerpivot_bench_${randomBytes(4).toString("hex")}`;
  const admin = createSql(adminUrl, { max: 1 });
  await admin.unsafe(`create database "${name}"`);
  const url = withDatabase(adminUrl, name);
  await runMigrations(url);
  const sql = createSql(url, { max: 4 });
  try {
    await seedCatalogue(drizzle(createSql(url, { max: 1 }), { schema }));
    return await work(url, sql);
  } finally {
    await sql.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await embedded?.stop();
  }
}
