import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { ensureEmbeddedPostgres } from "../../db/embedded";
import { freePort, startAppServer, type AppServer } from "../support/app-server";

/**
 * An orchestrator may stop a process the moment it first answers /healthz, before the inline
 * worker has started. That SIGTERM must still be a clean stop: exit 0, and the embedded
 * PostgreSQL this process started stopped with it (its own data directory here).
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-stop-"));
// As root the embedded server runs as the `postgres` OS user, which must reach the directory.
chmodSync(dataDir, 0o755);
let pgPort: number;
let app: AppServer | undefined;

afterAll(async () => {
  if (app?.process.exitCode === null) await app.kill();
  // Left running only when the test failed: stop it so it does not outlive the run.
  if (existsSync(path.join(dataDir, "postgres/postmaster.pid"))) await (await ensureEmbeddedPostgres(dataDir, pgPort)).stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it("exits 0 and stops its embedded PostgreSQL on a SIGTERM right after the first /healthz", async () => {
  pgPort = await freePort();
  app = await startAppServer({ DATABASE_URL: "", DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), WORKER: "inline" });
  expect(existsSync(path.join(dataDir, "postgres/postmaster.pid"))).toBe(true);
  const code = await app.stop();
  expect(code, app.output()).toBe(0);
  expect(app.output()).toContain("SIGTERM: stopping");
  expect(existsSync(path.join(dataDir, "postgres/postmaster.pid"))).toBe(false);
});
