import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Everything the React Router bundle is built from. */
const SOURCES = ["app", "db", "domain", "pdf", "emails", "jobs", "public"];
const CONFIG_FILES = ["package-lock.json", "vite.config.ts", "react-router.config.ts", "tsconfig.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === "node_modules" || child.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** True when there is no build yet or a source file changed after it was made. */
export function buildIsStale(root: string, buildDir: string): boolean {
  const marker = path.join(buildDir, "server", "index.js");
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return [...SOURCES, ...CONFIG_FILES].some((entry) => newestMtime(path.join(root, entry)) > built);
}
