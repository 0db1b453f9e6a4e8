import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEmbeddedPostgres } from "../../db/embedded";
import { freePort, startAppServer } from "../support/app-server";

/**
 * The two-command promise with no DATABASE_URL: the app starts its own PostgreSQL, survives a
 * `kill -9` of itself (the orphaned server is adopted on the next start) and stops the server on
 * a clean exit. Runs in a temporary DATA_DIR so it never touches a developer's .data.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), "careerpivot-embedded-"));
// mkdtemp makes the directory private; the server runs as the `postgres` OS user when we are root.
chmodSync(dataDir, 0o755);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function postmasterPid(): number | null {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

/** Running, not merely an unreaped zombie (orphans are reparented to whatever init the sandbox has). */
const alive = (pid: number) => {
  const stat = `/proc/${pid}/stat`;
  return existsSync(stat) && !/^\d+ \(.*\) Z/.test(readFileSync(stat, "utf8"));
};

async function waitUntil(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return check();
}

describe("embedded PostgreSQL start-up", () => {
  // Two real starts, each of which builds first when the sources changed: minutes on a busy machine.
  it("starts with no DATABASE_URL, comes back after kill -9, and stops its server on SIGTERM", { timeout: 240_000 }, async () => {
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
    expect(await waitUntil(() => !alive(pgPid!))).toBe(true);
    expect(postmasterPid()).toBeNull();
  });

  it("chooses another port when the preferred one is taken", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "careerpivot-port-"));
    chmodSync(root, 0o755);
    const blocker = net.createServer();
    const taken = await new Promise<number>((resolve) =>
      blocker.listen(0, "127.0.0.1", () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const server = await ensureEmbeddedPostgres(root, taken);
      expect(server.port).not.toBe(taken);
      expect(server.url).toContain(`:${server.port}/`);
      await server.stop();
    } finally {
      blocker.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
