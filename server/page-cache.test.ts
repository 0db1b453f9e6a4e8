import { describe, expect, it } from "vitest";
import { PageCache, pageCacheKey, withNonce } from "./page-cache";

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
    expect(cache.get("/a", 500)?.body.toString()).toBe("a");
    expect(cache.get("/a", 1000)).toBeUndefined();
  });

  it("serves a cached page with the new request's nonce", () => {
    const page = {
      status: 200,
      headers: [],
      body: Buffer.from('<script nonce="old+/=">x</script><script nonce="old+/=">'),
      nonce: "old+/=",
      expires: 1,
    };
    expect(withNonce(page, "new").toString()).toBe('<script nonce="new">x</script><script nonce="new">');
  });
});
