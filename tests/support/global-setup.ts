import { spawnSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { ensureEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { createSql } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { buildIsStale } from "../../server/build-freshness";
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

  if (buildIsStale(ROOT, path.join(ROOT, "build"))) {
    const result = spawnSync("npx", ["react-router", "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (result.status !== 0) throw new Error("react-router build failed");
  }

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
