import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { buildIfNeeded } from "./build";
import { buildState, prebuiltAppProblem } from "./build-freshness";

// A checkout in miniature: one source file and a stand-in for the React Router CLI that records
// each build and takes a while, so that concurrent starts overlap. The real build is exercised by
// every test that starts the server; this file is about taking turns.
let root: string;
const builds = () => readFileSync(path.join(root, "builds.txt"), "utf8").split("\n").filter(Boolean).length;

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "build-lock-"));
  mkdirSync(path.join(root, "app"));
  writeFileSync(path.join(root, "app", "root.tsx"), "export {};\n");
  writeFileSync(path.join(root, "builds.txt"), "");
  const cli = path.join(root, "node_modules/@react-router/dev/bin.js");
  mkdirSync(path.dirname(cli), { recursive: true });
  writeFileSync(
    cli,
    `const fs = require("node:fs");
fs.appendFileSync("builds.txt", "build\\n");
fs.rmSync("build", { recursive: true, force: true });
setTimeout(() => {
  fs.mkdirSync("build/server", { recursive: true });
  fs.writeFileSync("build/server/index.js", "");
}, 1500);
`,
  );
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

it("builds once when several processes start together, and nobody returns before the build is there", async () => {
  const started = [buildIfNeeded(root), buildIfNeeded(root), buildIfNeeded(root)];
  const done = started.map((p) => p.then(() => readFileSync(path.join(root, "build/server/index.js"), "utf8") === ""));
  expect(await Promise.all(done)).toEqual([true, true, true]);
  expect(builds()).toBe(1);
  // Fresh: nothing to do.
  await buildIfNeeded(root);
  expect(builds()).toBe(1);
  // A source changes: built again.
  const later = new Date(Date.now() + 5_000);
  utimesSync(path.join(root, "app", "root.tsx"), later, later);
  await buildIfNeeded(root);
  expect(builds()).toBe(2);
}, 30_000);

it("takes over the lock of a process killed while building", async () => {
  const lock = path.join(root, ".build.lock");
  mkdirSync(lock);
  const longAgo = new Date(Date.now() - 60_000);
  utimesSync(lock, longAgo, longAgo);
  await buildIfNeeded(root);
  expect(builds()).toBe(1);
}, 30_000);

it("fails when the build fails, and leaves the lock free", async () => {
  writeFileSync(path.join(root, "node_modules/@react-router/dev/bin.js"), "process.exit(3);\n");
  await expect(buildIfNeeded(root)).rejects.toThrow("The build failed");
  expect(existsSync(path.join(root, ".build.lock"))).toBe(false);
}, 30_000);

it("tells production what is wrong with the build, in one line naming `npm run build`", () => {
  const buildDir = path.join(root, "build");
  const missing = prebuiltAppProblem(root, buildDir);
  expect(missing).toMatch(/^No build of the app in build\/: run `npm run build`/);
  expect(missing).not.toContain("\n");

  mkdirSync(path.join(buildDir, "server"), { recursive: true });
  writeFileSync(path.join(buildDir, "server/index.js"), "");
  const built = new Date(Date.now() - 60_000);
  utimesSync(path.join(buildDir, "server/index.js"), built, built);
  const before = new Date(Date.now() - 120_000);
  for (const entry of ["app", "app/root.tsx", "builds.txt"]) utimesSync(path.join(root, entry), before, before);
  expect(buildState(root, buildDir)).toEqual({ state: "fresh" });
  expect(prebuiltAppProblem(root, buildDir)).toBeNull();

  // A test beside the code changes after the build: nothing bundled changed.
  writeFileSync(path.join(root, "app/root.test.tsx"), "export {};\n");
  utimesSync(path.join(root, "app"), before, before);
  expect(buildState(root, buildDir)).toEqual({ state: "fresh" });

  // A file in a folder the bundle imports (lib/ included) changes after the build.
  mkdirSync(path.join(root, "lib"));
  writeFileSync(path.join(root, "lib/env.ts"), "export {};\n");
  utimesSync(path.join(root, "lib"), before, before);
  expect(buildState(root, buildDir)).toEqual({ state: "stale", changed: "lib/env.ts" });
  const stale = prebuiltAppProblem(root, buildDir);
  expect(stale).toMatch(/^The build in build\/ is older than lib\/env.ts: run `npm run build`/);
  expect(stale).not.toContain("\n");
});
