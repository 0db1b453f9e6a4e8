import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The `postinstall` patches (scripts/patch-*.mjs) edit two packages in node_modules. An install
 * with `--ignore-scripts`, common in container builds, skips them silently: the app then runs the
 * unpatched postgres.js, which kills the whole process when the database restarts. Each patch
 * leaves its marker in the files it edits; start-up refuses to run without them.
 */
export const PATCHES = [
  {
    script: "scripts/patch-postgres.mjs",
    packageName: "postgres",
    // Every build of connection.js the package ships (ESM, CommonJS, Cloudflare): the patch edits each.
    files: ["src/connection.js", "cjs/src/connection.js", "cf/src/connection.js"],
    marker: "career-pivot patch (scripts/patch-postgres.mjs)",
  },
  {
    script: "scripts/patch-react-pdf.mjs",
    packageName: "@react-pdf/layout",
    files: ["lib/index.js"],
    marker: "career-pivot patch (scripts/patch-react-pdf.mjs)",
  },
] as const;

/** The package's folder as the app resolves it from `root` (an exports map may hide package.json). */
function packageRoot(root: string, name: string): string | null {
  let dir: string;
  try {
    dir = path.dirname(createRequire(path.join(root, "package.json")).resolve(name));
  } catch {
    return null;
  }
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The patch scripts whose edit is missing from the packages installed under `root`. */
export function unappliedPatches(root: string): string[] {
  return PATCHES.filter((patch) => {
    const dir = packageRoot(root, patch.packageName);
    if (!dir) return true;
    const present = patch.files.map((f) => path.join(dir, f)).filter((f) => existsSync(f));
    return present.length === 0 || present.some((f) => !readFileSync(f, "utf8").includes(patch.marker));
  }).map((patch) => patch.script);
}

/** One line naming the fix, or null when every patch is applied. */
export function unappliedPatchesProblem(root: string): string | null {
  const missing = unappliedPatches(root);
  if (missing.length === 0) return null;
  return `node_modules lacks the postinstall patches (${missing.join(", ")}; an install with --ignore-scripts skips them): run \`npm run postinstall\`, then start again.`;
}
