import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { createSql } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { buildIfNeeded } from "../../server/build";
import { TEMPLATE_DATABASE, withDatabase } from "./database-url";

/**
 * Once per `vitest run`: a PostgreSQL server (DATABASE_URL's, or an embedded one in .data/test),
 * a migrated template database that each test file clones, and a fresh production build for the
 * tests that start the real server.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedServer | undefined;

export async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await ensureEmbeddedPostgres(path.join(ROOT, ".data/test"), 54339);
    adminUrl = embedded.adminUrl;
  }
  const admin = createSql(adminUrl, { max: 1 });
  try {
    await admin.unsafe(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
    await admin.unsafe(`create database "${TEMPLATE_DATABASE}"`);
  } finally {
    await admin.end();
  }
  await runMigrations(withDatabase(adminUrl, TEMPLATE_DATABASE));

  await buildIfNeeded(ROOT);

  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", TEMPLATE_DATABASE);
}

export async function teardown() {
  const adminUrl = process.env.DATABASE_URL ?? embedded?.adminUrl;
  if (adminUrl) {
    const admin = createSql(adminUrl, { max: 1 });
    await admin.unsafe(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`).catch(() => undefined);
    await admin.end();
  }
  await embedded?.stop();
}
