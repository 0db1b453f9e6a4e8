import type express from "express";
import { matchRoutes, type RouteObject, type ServerBuild } from "react-router";

/** The React Router route a request will reach, as the router itself will pick it. */
export type RouteMatch = {
  /** The route's full pattern, e.g. `/results/:token`; `/*` for the catch-all 404 route. */
  pattern: string;
  /** Methods the route answers; null for the catch-all, which answers 404 to every method. */
  methods: readonly string[] | null;
};

type Manifest = ServerBuild["routes"];

/**
 * Public routes whose module exports do not tell the whole truth: the webhook's loader exists only
 * to refuse GET, and a download has no action at all. (The staff PDF routes keep their own action,
 * which asks for a session before it refuses, so an anonymous caller learns nothing more.)
 */
const METHODS_BY_PATTERN: Record<string, readonly string[]> = {
  "/webhooks/stripe": ["POST"],
  "/blueprints/:token": ["GET", "HEAD"],
};

function tree(manifest: Manifest, parentId: string | undefined): RouteObject[] {
  return Object.values(manifest).flatMap((r): RouteObject[] => {
    if (!r || r.parentId !== parentId) return [];
    const { id, path, caseSensitive } = r;
    return [r.index ? { id, path, caseSensitive, index: true } : { id, path, caseSensitive, children: tree(manifest, id) }];
  });
}

/**
 * The pathname React Router routes by: the WHATWG URL of the request (as the request handler
 * builds it, so `\`, `..` and `%2e` resolve the same way) with the single-fetch `.data` suffix
 * and one trailing slash removed, as its server runtime does. Leading repeated slashes are
 * folded the way the app's own redirect folds them.
 */
export function routerPathname(originalUrl: string): string {
  let pathname: string;
  try {
    pathname = new URL(originalUrl.replace(/^\/{2,}/, "/"), "http://localhost").pathname;
  } catch {
    return originalUrl;
  }
  // Single-fetch data URLs (future.v8_trailingSlashAwareDataRequests): `/a.data` for /a, `/a/_.data` for /a/ and `/_.data` for /.
  if (pathname.endsWith("/_.data")) pathname = pathname.slice(0, -"_.data".length);
  else if (pathname.endsWith(".data")) pathname = pathname.slice(0, -".data".length);
  if (pathname !== "/" && pathname.endsWith("/")) pathname = pathname.slice(0, -1);
  return pathname;
}

/**
 * Pathnames remembered per build. React Router's matcher flattens and ranks the whole route tree
 * on every call (a quarter of a cached page's CPU time); the public pages are a few thousand
 * addresses. Bounded, because the addresses are the client's to choose: when full it starts again.
 */
const REMEMBERED_PATHS = 5_000;

/** Matches pathnames against a server build's routes with React Router's own matcher (case-insensitive, decoding). */
export function createRouteMatcher(manifest: Manifest): (pathname: string) => RouteMatch | null {
  const match = uncachedRouteMatcher(manifest);
  const seen = new Map<string, RouteMatch | null>();
  return (pathname) => {
    const known = seen.get(pathname);
    if (known !== undefined) return known;
    const found = match(pathname);
    if (seen.size >= REMEMBERED_PATHS) seen.clear();
    seen.set(pathname, found);
    return found;
  };
}

function uncachedRouteMatcher(manifest: Manifest): (pathname: string) => RouteMatch | null {
  const routes = tree(manifest, undefined);
  return (pathname) => {
    const matches = matchRoutes(routes, pathname);
    if (!matches?.length) return null;
    const pattern = `/${matches
      .map((m) => m.route.path ?? "")
      .filter(Boolean)
      .join("/")}`.replace(/\/{2,}/g, "/");
    if (pattern.endsWith("*")) return { pattern, methods: null };
    const leaf = manifest[matches[matches.length - 1]!.route.id ?? ""]?.module;
    if (!leaf) return null;
    const derived = [...(leaf.loader || leaf.default ? ["GET", "HEAD"] : []), ...(leaf.action ? ["POST"] : [])];
    return { pattern, methods: METHODS_BY_PATTERN[pattern] ?? derived };
  };
}

const matched = new WeakMap<express.Request, RouteMatch | null>();

/** The route this request was matched to by `routeMatching` (null: no route at all). */
export function matchedRoute(req: express.Request): RouteMatch | null {
  return matched.get(req) ?? null;
}

/**
 * Finds, before anything else looks at the request, which route it will reach, so limits,
 * method checks, metric labels and log lines all agree with the router whatever the spelling
 * of the address (letter case, `.data`, trailing slash, percent-escapes).
 */
export function routeMatching(getBuild: () => Promise<ServerBuild>): express.RequestHandler {
  const matchers = new WeakMap<Manifest, ReturnType<typeof createRouteMatcher>>();
  return async (req, _res, next) => {
    try {
      const build = await getBuild();
      let match = matchers.get(build.routes);
      if (!match) matchers.set(build.routes, (match = createRouteMatcher(build.routes)));
      matched.set(req, match(routerPathname(req.originalUrl)));
      next();
    } catch (error) {
      next(error);
    }
  };
}
