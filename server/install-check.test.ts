import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { PATCHES, unappliedPatches, unappliedPatchesProblem } from "./install-check";

const ROOT = path.resolve(import.meta.dirname, "..");
let root: string;

/** A package in the miniature checkout's node_modules, its files with or without the marker. */
function installPackage(name: string, files: readonly string[], content: string) {
  const dir = path.join(root, "node_modules", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version: "1.0.0", main: files[0] }));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "install-check-"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "checkout", private: true }));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

it("looks for the markers the patch scripts write", () => {
  for (const patch of PATCHES) {
    expect(readFileSync(path.join(ROOT, patch.script), "utf8")).toContain(`const MARKER = "${patch.marker}";`);
  }
});

it("finds both patches applied in this checkout's node_modules", () => {
  expect(unappliedPatches(ROOT)).toEqual([]);
  expect(unappliedPatchesProblem(ROOT)).toBeNull();
});

it("names each patch missing from an install made with --ignore-scripts, and the command that applies them", () => {
  const [postgres, reactPdf] = PATCHES;
  installPackage(postgres.packageName, postgres.files, "function nextWrite(fn) {}\n");
  installPackage(reactPdf.packageName, reactPdf.files, "const layoutText = () => {};\n");
  expect(unappliedPatches(root)).toEqual(["scripts/patch-postgres.mjs", "scripts/patch-react-pdf.mjs"]);
  const problem = unappliedPatchesProblem(root)!;
  expect(problem).toContain("run `npm run postinstall`");
  expect(problem).not.toContain("\n");

  // Patched in one build of connection.js but not in another: still refused.
  installPackage(postgres.packageName, postgres.files.slice(0, 1), `// ${postgres.marker}\n`);
  expect(unappliedPatches(root)).toContain("scripts/patch-postgres.mjs");
  installPackage(postgres.packageName, postgres.files, `// ${postgres.marker}\n`);
  installPackage(reactPdf.packageName, reactPdf.files, `// ${reactPdf.marker}\n`);
  expect(unappliedPatches(root)).toEqual([]);
});

it("counts a package that is not installed at all as unpatched", () => {
  expect(unappliedPatches(root)).toEqual(["scripts/patch-postgres.mjs", "scripts/patch-react-pdf.mjs"]);
});
