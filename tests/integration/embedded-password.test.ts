import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { ensureEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { freePort } from "../support/app-server";

/**
 * The embedded server's superuser has a generated password kept in the data directory, never
 * `postgres`/`postgres`; a cluster from before (initialised with that password) is moved over to a
 * generated one on its next start. Runs in its own temporary DATA_DIR and port.
 */
const root = mkdtempSync(path.join(os.tmpdir(), "careerpivot-pgpass-"));
// mkdtemp makes the directory private; the server runs as the `postgres` OS user when we are root.
chmodSync(root, 0o755);
const passwordFile = path.join(root, "postgres.password");
let server: EmbeddedServer | undefined;

afterAll(async () => {
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The error code of signing in as the superuser with `password` ("ok" when it worked). */
async function signIn(port: number, password: string): Promise<string> {
  const sql = postgres({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    database: "postgres",
    max: 1,
    connect_timeout: 5,
    onnotice: () => {},
  });
  try {
    await sql`select 1`;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

describe("embedded PostgreSQL superuser", () => {
  it("has a generated password, kept private in the data directory, listens on loopback only and refuses `postgres`", async () => {
    server = await ensureEmbeddedPostgres(root, await freePort());
    const password = readFileSync(passwordFile, "utf8").trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(new URL(server.adminUrl).password).toBe(password);
    expect(new URL(server.url).password).toBe(password);

    expect(await signIn(server.port, "postgres")).toBe("28P01"); // invalid_password
    expect(await signIn(server.port, password)).toBe("ok");
    const sql = postgres(server.adminUrl, { max: 1 });
    try {
      expect((await sql`show listen_addresses`)[0]!.listen_addresses).toBe("127.0.0.1");
    } finally {
      await sql.end();
    }

    // A restart keeps the password.
    await server.stop();
    server = await ensureEmbeddedPostgres(root, server.port);
    expect(readFileSync(passwordFile, "utf8").trim()).toBe(password);
    expect(await signIn(server.port, password)).toBe("ok");
  });

  it("moves a cluster initialised with the old `postgres` password to a generated one on its next start", async () => {
    // Recreate what earlier versions left behind: superuser password `postgres`, no password file.
    const sql = postgres(server!.adminUrl, { max: 1 });
    await sql.unsafe(`alter role postgres with password 'postgres'`);
    await sql.end();
    await server!.stop();
    rmSync(passwordFile);

    server = await ensureEmbeddedPostgres(root, server!.port);
    const password = readFileSync(passwordFile, "utf8").trim();
    expect(password).not.toBe("postgres");
    expect(await signIn(server.port, "postgres")).toBe("28P01");
    expect(await signIn(server.port, password)).toBe("ok");
    // The application database kept working through the change.
    const app = postgres(server.url, { max: 1 });
    try {
      expect((await app`select current_database() as db`)[0]!.db).toBe("careerpivot");
    } finally {
      await app.end();
    }
  });
});
