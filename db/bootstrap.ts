import path from "node:path";
import type { Env } from "../lib/env";
import { getDb } from "./client";
import { ensureEmbeddedPostgres } from "./embedded";
import { runMigrations, withStartupLock } from "./migrate";
import { seedCatalogue } from "./seed/seed";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * Everything a process needs before it touches the database: the server (embedded when
 * DATABASE_URL is unset), migrations and the curated catalogue, under one advisory lock so
 * concurrent starts take turns. Sets process.env.DATABASE_URL for the shared client.
 */
export async function prepareDatabase(env: Env, { seed = true } = {}): Promise<PreparedDatabase> {
  let url = env.databaseUrl;
  let stop = async () => {};
  if (!url) {
    const server = await ensureEmbeddedPostgres(path.join(env.dataDir), env.embeddedPgPort);
    url = server.url;
    stop = server.stop;
  }
  process.env.DATABASE_URL = url;
  await withStartupLock(url, async () => {
    await runMigrations(url);
    if (seed) await seedCatalogue(getDb());
  });
  return { url, embedded: !env.databaseUrl, stop };
}
