import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { chunksWithNonce, gzipChunksWithNonce, PageCache, pageCacheKey, type CachedPage } from "./page-cache";

// What a client receives: the chunks the middleware writes, one after another.
const withNonce = (page: CachedPage, nonce: string) => Buffer.concat(chunksWithNonce(page, nonce));
const gzippedWithNonce = (page: CachedPage, nonce: string) => Buffer.concat(gzipChunksWithNonce(page, nonce));

describe("page cache", () => {
  it("caches only anonymous GETs of public catalogue pages", () => {
    expect(pageCacheKey("GET", "/occupations/backend-developer", "/occupations/backend-developer", false)).toBe(
      "/occupations/backend-developer",
    );
    expect(pageCacheKey("GET", "/occupations", "/occupations?q=nurse", false)).toBe("/occupations?q=nurse");
    expect(pageCacheKey("POST", "/occupations", "/occupations", false)).toBeNull();
    expect(pageCacheKey("GET", "/results/abc", "/results/abc", false)).toBeNull();
    expect(pageCacheKey("GET", "/staff", "/staff", false)).toBeNull();
    expect(pageCacheKey("GET", "/occupations", "/occupations", true)).toBeNull();
    expect(pageCacheKey("GET", "/occupations/x.data", "/occupations/x.data", false)).toBeNull();
  });

  it("expires entries and evicts the least recently used", () => {
    const cache = new PageCache(1000);
    cache.set("/a", { status: 200, headers: [], body: Buffer.from("a"), nonce: "" }, 0);
    expect(withNonce(cache.get("/a", 500)!, "n").toString()).toBe("a");
    // Expired: the first caller renders a new copy; the others meanwhile get the old one.
    expect(cache.get("/a", 1000)).toBeUndefined();
    expect(withNonce(cache.get("/a", 1001)!, "n").toString()).toBe("a");
    expect(withNonce(cache.get("/a", 1500)!, "n").toString()).toBe("a");
    cache.set("/a", { status: 200, headers: [], body: Buffer.from("a2"), nonce: "" }, 1600);
    expect(withNonce(cache.get("/a", 1700)!, "n").toString()).toBe("a2");
    // A render that never came back (an error page is not cached) leaves the old copy a ttl at most.
    expect(cache.get("/a", 2600)).toBeUndefined();
    expect(cache.get("/a", 2601)).toBeDefined();
    expect(cache.get("/a", 3600)).toBeUndefined();
    expect(cache.get("/a", 3601)).toBeUndefined();
  });

  it("serves a cached page with the new request's nonce", () => {
    const cache = new PageCache(1000);
    const body = '<p>£49 — “quoted”</p><script nonce="old+/=">x</script><script nonce="old+/=">';
    cache.set("/a", { status: 200, headers: [], body: Buffer.from(body), nonce: "old+/=" }, 0);
    const page = cache.get("/a", 1)!;
    expect(withNonce(page, "new").toString()).toBe('<p>£49 — “quoted”</p><script nonce="new">x</script><script nonce="new">');
    expect(withNonce(page, "other").toString()).toBe('<p>£49 — “quoted”</p><script nonce="other">x</script><script nonce="other">');
    // A page rendered without a nonce is served as it was.
    cache.set("/b", { status: 200, headers: [], body: Buffer.from("<p>plain</p>"), nonce: "" }, 0);
    expect(withNonce(cache.get("/b", 1)!, "new").toString()).toBe("<p>plain</p>");
  });

  it("serves the same page gzipped, from parts compressed once, whatever the new nonce", () => {
    const cache = new PageCache(1000);
    // A page bigger than one stored block, with incompressible stretches, starting and ending at a nonce.
    const noise = randomBytes(40_000).toString("base64");
    const body = `<script nonce="n0">a</script><p>£49 ${noise}</p>${"<li>same row</li>".repeat(3000)}<script nonce="n0">`;
    cache.set("/a", { status: 200, headers: [], body: Buffer.from(body), nonce: "n0" }, 0);
    const page = cache.get("/a", 1)!;
    for (const nonce of ["first+/=", "x"]) {
      const gz = gzippedWithNonce(page, nonce);
      expect(gunzipSync(gz).toString()).toBe(withNonce(page, nonce).toString());
      expect(gz.length).toBeLessThan(Buffer.byteLength(body));
    }
    cache.set("/b", { status: 200, headers: [], body: Buffer.from("<p>plain</p>"), nonce: "" }, 0);
    expect(gunzipSync(gzippedWithNonce(cache.get("/b", 1)!, "n")).toString()).toBe("<p>plain</p>");
  });
});
