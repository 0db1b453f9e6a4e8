import type express from "express";
import { gzippedWithNonce, pageCacheKey, withNonce, type PageCache } from "../page-cache";
import { beforeSending, cspNonce } from "../request-handler";

/**
 * Answers a repeated anonymous GET of a public page from `cache` (with this request's nonce), and
 * keeps a copy of each such page React Router renders with 200 and no cookie. See ../page-cache.ts.
 */
export function servePageCache(cache: PageCache): express.RequestHandler {
  return (req, res, next) => {
    const key = pageCacheKey(req.method, req.path, req.originalUrl, Boolean(req.get("authorization")));
    if (!key) return next();
    const nonce = cspNonce(res);
    const hit = cache.get(key);
    if (hit) {
      res.status(hit.status);
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader("X-Page-Cache", "hit");
      res.vary("Accept-Encoding");
      // Compressed once when cached; compression() leaves an answer that has its encoding alone.
      if (req.acceptsEncodings("gzip", "identity") === "gzip") {
        res.setHeader("Content-Encoding", "gzip");
        res.end(gzippedWithNonce(hit, nonce));
      } else res.end(withNonce(hit, nonce));
      return;
    }
    beforeSending(res, async (response) => {
      if (response.status !== 200 || response.headers.has("set-cookie")) return response;
      const page = { status: 200, headers: [...response.headers.entries()], body: Buffer.from(await response.arrayBuffer()), nonce };
      cache.set(key, page);
      res.setHeader("X-Page-Cache", "miss");
      return new Response(new Uint8Array(page.body), { status: 200, headers: response.headers });
    });
    next();
  };
}
