import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export type AppServer = {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** How the process ended ("running" while it runs), for failure messages. */
  exitStatus: () => string;
  /** SIGTERM and wait for exit. */
  stop: () => Promise<number | null>;
  /** SIGKILL (no clean-up at all) and wait for exit. */
  kill: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

export async function waitForHealthy(url: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      // 'exit' can come before the last of stdout/stderr (the error that ended it): wait for them.
      if (child.stderr && !child.stderr.readableEnded)
        await Promise.race([new Promise((r) => child.stderr!.once("end", r)), new Promise((r) => setTimeout(r, 2000))]);
      throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy in ${timeoutMs} ms:\n${output()}`);
}

/** Runs the real `npm start` entry (server/start.ts) as a child process. */
export async function startAppServer(env: Record<string, string | undefined>): Promise<AppServer> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "server/start.ts")], {
    cwd: ROOT,
    env: { ...process.env, WORKER: "off", ...env, PORT: String(port), DATABASE_URL: env.DATABASE_URL ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  let ended = "running";
  child.once("exit", (code, signal) => (ended = `exited at ${new Date().toISOString()} with code ${code} signal ${signal}`));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(url, child, () => log);
  return {
    url,
    process: child,
    output: () => log,
    exitStatus: () => ended,
    stop: async () => {
      child.kill("SIGTERM");
      return exited(child);
    },
    kill: async () => {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}
