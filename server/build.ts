import { spawn } from "node:child_process";
import path from "node:path";
import lockfile from "proper-lockfile";
import { buildIsStale } from "./build-freshness";

function runBuild(root: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    // Warnings and errors only: the asset table of `npm run build` is not for someone starting the app.
    const child = spawn(process.execPath, [path.join(root, "node_modules/@react-router/dev/bin.js"), "build", "--logLevel", "warn"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
    child.on("error", reject);
    child.on("exit", (code) => resolve(code));
  });
}

/**
 * Builds the app when its sources changed since the last build. Processes started together from
 * one checkout (the web server and `npm run worker`, or the e2e suite's two servers) take turns
 * under a lock, and whoever waited checks again, so one build happens and nobody reads a build
 * directory another process is emptying. The build runs asynchronously so the lock's heartbeat
 * keeps going; a lock whose holder was killed goes stale after 20 s and is taken over.
 */
export async function buildIfNeeded(root: string): Promise<void> {
  const buildDir = path.join(root, "build");
  if (!buildIsStale(root, buildDir)) return;
  const release = await lockfile.lock(root, {
    lockfilePath: path.join(root, ".build.lock"),
    stale: 20_000,
    retries: { retries: 1_000, minTimeout: 250, maxTimeout: 1_000 },
    onCompromised: (error) => console.error(`build lock lost: ${error.message}`),
  });
  try {
    if (!buildIsStale(root, buildDir)) return;
    console.log("Building the app (sources changed since the last build)…");
    const started = Date.now();
    const code = await runBuild(root);
    if (code !== 0) throw new Error("The build failed (its errors are above): fix them, or run `npm run build` to see its full output.");
    console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await release().catch(() => undefined);
  }
}
