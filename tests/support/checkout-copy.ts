import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lockfile from "proper-lockfile";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Linked, not copied: everything start-up reads but never writes. */
const LINKED = [
  "app",
  "db",
  "domain",
  "pdf",
  "emails",
  "jobs",
  "lib",
  "public",
  "scripts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "vite.config.ts",
  "react-router.config.ts",
];

export type CheckoutCopy = {
  root: string;
  /** A package in node_modules replaced by one with these files (package.json is written too). */
  replacePackage: (name: string, files: Record<string, string>) => void;
  /** A copy of this checkout's build, dated `mtime` (so fresh or stale whatever the sources' dates). */
  copyBuild: (mtime: Date) => Promise<void>;
  /** A build whose server entry is dated `mtime` (nothing in it can be served). */
  fakeBuild: (mtime: Date) => void;
  remove: () => void;
};

/**
 * This checkout in miniature for start-up tests: its own `server/` (so `server/start.ts` looks for
 * `build/` and `node_modules/` here, not in the shared checkout where other runs build), the
 * other sources linked, and a node_modules of links whose packages a test may replace.
 */
export function copyCheckout(): CheckoutCopy {
  const root = mkdtempSync(path.join(os.tmpdir(), "careerpivot-checkout-"));
  cpSync(path.join(ROOT, "server"), path.join(root, "server"), { recursive: true });
  for (const entry of LINKED) symlinkSync(path.join(ROOT, entry), path.join(root, entry));
  // One link per package, scoped ones inside a real scope folder: replacing or removing a package
  // here then removes a link, never the shared checkout's package behind a linked scope folder.
  const modules = path.join(root, "node_modules");
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(ROOT, "node_modules"))) {
    if (!entry.startsWith("@")) {
      symlinkSync(path.join(ROOT, "node_modules", entry), path.join(modules, entry));
      continue;
    }
    mkdirSync(path.join(modules, entry));
    for (const name of readdirSync(path.join(ROOT, "node_modules", entry)))
      symlinkSync(path.join(ROOT, "node_modules", entry, name), path.join(modules, entry, name));
  }

  return {
    root,
    replacePackage: (name, files) => {
      const dir = path.join(modules, name);
      // Only ever inside this copy: removing a link leaves the shared checkout's package alone.
      if (!realpathSync(path.dirname(dir)).startsWith(realpathSync(root))) throw new Error(`${name} resolves outside ${root}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "0.0.0-test", main: Object.keys(files)[0] }));
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), content);
      }
    },
    copyBuild: async (mtime) => {
      // The build lock of server/build.ts: nobody is emptying build/ while it is copied.
      const release = await lockfile.lock(ROOT, {
        lockfilePath: path.join(ROOT, ".build.lock"),
        stale: 20_000,
        retries: { retries: 1_000, minTimeout: 250, maxTimeout: 1_000 },
      });
      try {
        cpSync(path.join(ROOT, "build"), path.join(root, "build"), { recursive: true });
      } finally {
        await release();
      }
      utimesSync(path.join(root, "build/server/index.js"), mtime, mtime);
    },
    fakeBuild: (mtime) => {
      mkdirSync(path.join(root, "build/server"), { recursive: true });
      writeFileSync(path.join(root, "build/server/index.js"), "");
      utimesSync(path.join(root, "build/server/index.js"), mtime, mtime);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
