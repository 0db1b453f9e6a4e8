/**
 * A short-lived in-process cache of public, anonymous HTML pages (landing, catalogue search,
 * reports, method, sitemap). Rendering a report costs 10–16 ms of CPU; under load every request
 * rendering its own copy of an identical page is what made p99 latency grow. Pages change only
 * when the catalogue is imported or seeded, so up to PAGE_CACHE_SECONDS of staleness is fine.
 *
 * Each response's CSP nonce is per request, so a cached page is served with its old nonce
 * replaced by the new one. Responses that set cookies are never cached.
 */
export const PAGE_CACHE_SECONDS = 30;
const MAX_ENTRIES = 2_000;

const CACHEABLE = /^\/(?:|occupations|occupations\/[a-z0-9-]{1,80}|method|sitemap\.xml)$/;

export type CachedPage = { status: number; headers: [string, string][]; body: Buffer; nonce: string; expires: number };

export function pageCacheKey(method: string, path: string, originalUrl: string, hasAuthorization: boolean): string | null {
  if (method !== "GET" || hasAuthorization || !CACHEABLE.test(path) || originalUrl.length > 300) return null;
  return originalUrl;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(private readonly ttlMs = PAGE_CACHE_SECONDS * 1000) {}

  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    if (page.expires <= now) {
      this.entries.delete(key);
      return undefined;
    }
    // Map order is insertion order: re-inserting keeps the most recently used last.
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  set(key: string, page: Omit<CachedPage, "expires">, now = Date.now()): void {
    this.entries.delete(key);
    this.entries.set(key, { ...page, expires: now + this.ttlMs });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The cached body with this request's nonce in place of the one it was rendered with. */
export function withNonce(page: CachedPage, nonce: string): Buffer {
  if (!page.nonce || page.nonce === nonce) return page.body;
  return Buffer.from(page.body.toString("utf8").split(`nonce="${page.nonce}"`).join(`nonce="${nonce}"`), "utf8");
}
