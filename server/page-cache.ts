/**
 * A short-lived in-process cache of public, anonymous HTML pages (landing, catalogue search,
 * reports, method, sitemap). Rendering a report costs 10–16 ms of CPU; under load every request
 * rendering its own copy of an identical page is what made p99 latency grow. Pages change only
 * when the catalogue is imported or seeded, so up to twice PAGE_CACHE_SECONDS of staleness is fine.
 *
 * Each response's CSP nonce is per request, so a cached page is served with its old nonce
 * replaced by the new one. Responses that set cookies are never cached.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export const PAGE_CACHE_SECONDS = 30;
const MAX_ENTRIES = 2_000;

const CACHEABLE = /^\/(?:|occupations|occupations\/[a-z0-9-]{1,80}|method|sitemap\.xml)$/;

export type RenderedPage = { status: number; headers: [string, string][]; body: Buffer; nonce: string };
/**
 * `parts`: the body cut where its nonce attributes were, so each hit is one copy of bytes with the
 * new nonce between them (decoding and re-encoding the whole page per hit was a tenth of its CPU).
 */
export type CachedPage = {
  status: number;
  headers: [string, string][];
  parts: Buffer[];
  gzipParts: Buffer[];
  expires: number;
  /** Expired, and one request is rendering its successor. */
  refreshing?: boolean;
};

// Gzip for a page whose nonce changes per answer, without compressing the page per answer (which
// halved throughput): each part is compressed once as raw deflate ending on a byte boundary (sync
// flush, not final), the nonce goes between them as a stored block, and an empty final block, the
// CRC-32 and the length close the member. RFC 1951 §3.2.4 (stored blocks), RFC 1952 (gzip).
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

const deflatePart = (part: Buffer) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH });

function splitAtNonce(body: Buffer, nonce: string): Buffer[] {
  if (!nonce) return [body];
  const marker = Buffer.from(`nonce="${nonce}"`, "utf8");
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(marker, from); at !== -1; at = body.indexOf(marker, from)) {
    parts.push(body.subarray(from, at));
    from = at + marker.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

export function pageCacheKey(method: string, path: string, originalUrl: string, hasAuthorization: boolean): string | null {
  if (method !== "GET" || hasAuthorization || !CACHEABLE.test(path) || originalUrl.length > 300) return null;
  return originalUrl;
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>();

  constructor(private readonly ttlMs = PAGE_CACHE_SECONDS * 1000) {}

  /**
   * The page, or undefined when the caller should render it. Once a page expires, the first caller
   * renders the new copy while the others keep getting the old one for up to another ttl: without
   * that, every request in flight at expiry rendered its own copy (a burst of 10–16 ms renders).
   */
  get(key: string, now = Date.now()): CachedPage | undefined {
    const page = this.entries.get(key);
    if (!page) return undefined;
    if (page.expires <= now) {
      if (page.expires + this.ttlMs <= now) {
        this.entries.delete(key);
        return undefined;
      }
      if (!page.refreshing) {
        page.refreshing = true;
        return undefined;
      }
    }
    // Map order is insertion order: re-inserting keeps the most recently used last.
    this.entries.delete(key);
    this.entries.set(key, page);
    return page;
  }

  set(key: string, page: RenderedPage, now = Date.now()): void {
    this.entries.delete(key);
    const parts = splitAtNonce(page.body, page.nonce);
    this.entries.set(key, {
      status: page.status,
      headers: page.headers,
      parts,
      gzipParts: parts.map(deflatePart),
      expires: now + this.ttlMs,
    });
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** The cached body with this request's nonce in place of the one it was rendered with, as chunks to write in turn. */
export function chunksWithNonce(page: CachedPage, nonce: string): Buffer[] {
  const attribute = Buffer.from(`nonce="${nonce}"`, "utf8");
  return page.parts.flatMap((part, i) => (i === 0 ? [part] : [attribute, part]));
}

/** `chunksWithNonce` as one gzip member, from the parts compressed when the page was cached. */
export function gzipChunksWithNonce(page: CachedPage, nonce: string): Buffer[] {
  const attribute = Buffer.from(`nonce="${nonce}"`, "utf8");
  const stored = storedBlock(attribute);
  const chunks: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let size = 0;
  page.parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(stored);
      crc = crc32(attribute, crc);
      size += attribute.length;
    }
    chunks.push(page.gzipParts[i]!);
    crc = crc32(part, crc);
    size += part.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return [...chunks, FINAL_EMPTY_BLOCK, trailer];
}
