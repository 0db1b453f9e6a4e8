import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startAppServer } from "../support/app-server";

/**
 * The two-command promise with no DATABASE_URL: the app starts its own PostgreSQL, survives a
 * `kill -9` of itself (the orphaned server is adopted on the next start) and stops the server on
 * a clean exit. Runs in a temporary DATA_DIR so it never touches a developer's .data.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-embedded-"));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postmasterPid(): number | null {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("embedded PostgreSQL start-up", () => {
  it("starts with no DATABASE_URL, comes back after kill -9, and stops its server on SIGTERM", async () => {
    const env = { DATABASE_URL: undefined, DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const first = await startAppServer(env);
    const report = await fetch(`${first.url}/occupations/backend-developer`);
    expect(report.status).toBe(200);
    const pgPid = postmasterPid();
    expect(pgPid).not.toBeNull();

    await first.kill();
    expect(alive(pgPid!)).toBe(true); // the orphaned server survives its owner

    const second = await startAppServer(env);
    expect((await fetch(`${second.url}/occupations/backend-developer`)).status).toBe(200);
    expect(postmasterPid()).toBe(pgPid); // adopted, not a second server

    expect(await second.stop()).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(pgPid!)).toBe(false);
    expect(postmasterPid()).toBeNull();
  });
});
