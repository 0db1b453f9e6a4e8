import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Everything the React Router bundle is built from. */
const SOURCES = ["app", "db", "domain", "pdf", "emails", "jobs", "lib", "public"];
const CONFIG_FILES = ["package-lock.json", "vite.config.ts", "react-router.config.ts", "tsconfig.json"];

type Newest = { file: string; mtimeMs: number };
/** Tests sit beside the code they test but are never bundled: editing one leaves the build current. */
const TEST_FILE = /\.(test|spec)\.tsx?$/;

function newestEntry(entry: string): Newest | null {
  if (!existsSync(entry)) return null;
  const stat = statSync(entry);
  let newest: Newest = { file: entry, mtimeMs: stat.mtimeMs };
  if (!stat.isDirectory()) return newest;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".") || TEST_FILE.test(child)) continue;
    const found = newestEntry(path.join(entry, child));
    if (found && found.mtimeMs > newest.mtimeMs) newest = found;
  }
  return newest;
}

export type BuildState = { state: "fresh" } | { state: "missing" } | { state: "stale"; changed: string };

/** Whether `buildDir` holds a build made after the last change to the sources under `root`. */
export function buildState(root: string, buildDir: string): BuildState {
  const marker = path.join(buildDir, "server", "index.js");
  if (!existsSync(marker)) return { state: "missing" };
  const built = statSync(marker).mtimeMs;
  for (const entry of [...SOURCES, ...CONFIG_FILES]) {
    const newest = newestEntry(path.join(root, entry));
    if (newest && newest.mtimeMs > built) return { state: "stale", changed: path.relative(root, newest.file) };
  }
  return { state: "fresh" };
}

/** True when there is no build yet or a source file changed after it was made. */
export function buildIsStale(root: string, buildDir: string): boolean {
  return buildState(root, buildDir).state !== "fresh";
}

/**
 * In production the server only serves a build made beforehand (`npm run build` in the image):
 * building at start needs devDependencies, races between processes and slows every boot. One
 * line for the operator, naming the fix; null when the build can be served.
 */
export function prebuiltAppProblem(root: string, buildDir: string): string | null {
  const found = buildState(root, buildDir);
  const relative = path.relative(root, buildDir) || ".";
  if (found.state === "missing")
    return `No build of the app in ${relative}/: run \`npm run build\`, then start again (NODE_ENV=production never builds at start).`;
  if (found.state === "stale")
    return `The build in ${relative}/ is older than ${found.changed}: run \`npm run build\`, then start again (NODE_ENV=production never builds at start).`;
  return null;
}
