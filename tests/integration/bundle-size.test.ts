import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { buildIfNeeded } from "../../server/build";

/**
 * The JavaScript each public page makes a browser download, measured on the production build
 * (issue 17: every public page ≤ 120 KB gzip). A page loads the client entry, the root route and
 * its own route module, each with its static imports; lazy imports are not counted, since the
 * page does not wait for them.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const CLIENT = path.join(ROOT, "build/client");
const LIMIT_BYTES = 120 * 1024;

type ManifestRoute = {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  hasDefaultExport: boolean;
  module: string;
  imports?: string[];
};
type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, ManifestRoute> };

// Staff pages sit behind a sign-in and are not what a visitor or a search engine loads.
const isPublicPage = (route: ManifestRoute) => route.hasDefaultExport && route.id !== "root" && !route.id.startsWith("routes/staff");

/** React Router's browser manifest (assets/manifest-<hash>.js sets window.__reactRouterManifest). */
function readManifest(): Manifest {
  const assets = path.join(CLIENT, "assets");
  const files = readdirSync(assets).filter((f) => /^manifest-[\w-]+\.js$/.test(f));
  const newest = files.sort((a, b) => statSync(path.join(assets, b)).mtimeMs - statSync(path.join(assets, a)).mtimeMs)[0];
  if (!newest) throw new Error("build/client has no React Router manifest");
  const context: { window: { __reactRouterManifest?: Manifest } } = { window: {} };
  vm.runInNewContext(readFileSync(path.join(assets, newest), "utf8"), context);
  return context.window.__reactRouterManifest!;
}

const chunkText = (url: string) => readFileSync(path.join(CLIENT, url), "utf8");

/** Static imports named in a chunk's own code (`from"./x.js"`, `import"./x.js"`), not `import("./x.js")`. */
function staticImportsOf(url: string): string[] {
  const dir = path.posix.dirname(url);
  return [...chunkText(url).matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g)].map((m) => path.posix.join(dir, m[1]!));
}

/** Every chunk a page loads: the manifest's lists, closed over the chunks' own static imports. */
function chunksForPage(manifest: Manifest, routeId: string): Set<string> {
  const pending = [manifest.entry.module, ...manifest.entry.imports];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id]!;
    pending.push(route.module, ...(route.imports ?? []));
  }
  const seen = new Set<string>();
  while (pending.length) {
    const url = pending.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    pending.push(...staticImportsOf(url));
  }
  return seen;
}

const gzipBytes = (url: string) => gzipSync(readFileSync(path.join(CLIENT, url)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let manifest: Manifest;

beforeAll(async () => {
  // The suite's global setup builds when sources changed; this covers running the file alone.
  await buildIfNeeded(ROOT);
  manifest = readManifest();
}, 600_000);

describe("JavaScript each public page loads (production build, gzip)", () => {
  it("stays within 120 KB for every public page", () => {
    const pages = Object.values(manifest.routes).filter(isPublicPage);
    // Guards the filter: the pages the issue names must be among those measured.
    expect(pages.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "routes/home",
        "routes/occupations",
        "routes/occupation-report",
        "routes/method",
        "routes/privacy",
        "routes/refund-policy",
        "routes/assessment",
        "routes/assessment.experience",
        "routes/assessment.tasks",
        "routes/assessment.skills",
        "routes/assessment.goals",
        "routes/result",
        "routes/checkout-success",
        "routes/checkout-cancelled",
      ]),
    );
    const sizes = pages.map((route) => {
      const chunks = [...chunksForPage(manifest, route.id)];
      return {
        page: route.id,
        chunks: chunks.length,
        gzip: chunks.reduce((sum, url) => sum + gzipBytes(url), 0),
        own: gzipBytes(route.module),
      };
    });
    sizes.sort((a, b) => b.gzip - a.gzip);
    console.log(
      sizes.map((s) => `${s.page.padEnd(32)} ${kb(s.gzip).padStart(9)} in ${s.chunks} chunks (route chunk ${kb(s.own)})`).join("\n"),
    );
    for (const s of sizes) expect(s.gzip, `${s.page}: ${kb(s.gzip)} of JavaScript`).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it("does not ship zod to the catalogue page", () => {
    // zod's error messages are a fingerprint that survives minification.
    const chunks = [...chunksForPage(manifest, "routes/occupations")];
    const withZod = chunks.filter((url) => chunkText(url).includes("Invalid input"));
    expect(withZod).toEqual([]);
  });
});
