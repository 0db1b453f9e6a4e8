import type express from "express";
import { chunksWithNonce, gzipChunksWithNonce, pageCacheKey, type PageCache } from "../page-cache";
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
      const gzip = req.acceptsEncodings("gzip", "identity") === "gzip";
      if (gzip) res.setHeader("Content-Encoding", "gzip");
      // Written chunk by chunk from the cached buffers (one writev), not copied into one per answer.
      const chunks = gzip ? gzipChunksWithNonce(hit, nonce) : chunksWithNonce(hit, nonce);
      res.setHeader(
        "Content-Length",
        chunks.reduce((n, c) => n + c.length, 0),
      );
      res.cork();
      for (const chunk of chunks) res.write(chunk);
      res.end();
      res.uncork();
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
