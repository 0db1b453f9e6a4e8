import { readdirSync } from "node:fs";
import path from "node:path";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "react-router";
import type { ViteDevServer } from "vite";
import { createReactRouterHandler } from "./request-handler";
import { logger } from "../lib/logger";
import { markStatic, metricsEndpoint, requestObservability } from "./observability";
import { abuseLimits, methodGuard } from "./abuse-limits";
import { routeMatching } from "./route-match";
import { PageCache } from "./page-cache";
import { originGuard, securityHeaders } from "./security-headers";
import { refuseFilledHoneypot } from "./middleware/honeypot";
import { refuseNulInAddress, refuseNulInForm } from "./middleware/nul-bytes";
import { servePageCache } from "./middleware/page-cache";
import { plainText } from "./middleware/plain-text";
import { bodyRefusal, rawBody } from "./middleware/raw-body";
import { countReportViews } from "./middleware/report-views";

type Options = {
  mode: string;
  buildDir: string;
  vite?: ViteDevServer;
  production?: boolean;
  stripeApiBase?: string;
  metricsToken?: string;
  appUrl?: string;
  /** Reverse proxies in front of the app whose X-Forwarded-For is believed (TRUST_PROXY_HOPS). */
  trustProxyHops?: number;
};

/** The HTTP app: static assets, URL sanity checks, then React Router for everything else. */
export async function createHttpApp({
  mode,
  buildDir,
  vite,
  production = false,
  stripeApiBase,
  metricsToken,
  appUrl = "http://localhost",
  trustProxyHops = 0,
}: Options): Promise<express.Express> {
  const app = express();
  app.disable("x-powered-by");
  // Per-IP limits read req.ip: behind a load balancer that is the balancer's address unless the
  // hops it adds to X-Forwarded-For are trusted; trusting more hops than exist lets clients forge it.
  if (trustProxyHops > 0) app.set("trust proxy", trustProxyHops);

  const client = path.join(buildDir, "client");
  // The build is loaded first: limits, method checks, metric labels and the access log key on
  // the route the router will pick, not on how the address happens to be spelt.
  const getBuild: () => Promise<ServerBuild> = vite
    ? () => vite.ssrLoadModule("virtual:react-router/server-build") as Promise<ServerBuild>
    : await import(path.join(buildDir, "server", "index.js")).then((build: ServerBuild) => async () => build);

  app.use(requestObservability());
  app.use(securityHeaders({ production, dev: Boolean(vite), extraFormActions: stripeApiBase ? [new URL(stripeApiBase).origin] : [] }));
  app.use(routeMatching(getBuild));
  app.use(originGuard(appUrl, ["/webhooks/stripe"]));
  app.use(methodGuard());
  app.use(abuseLimits());
  // A repeated anonymous public page is answered here, before the rest of the chain, already
  // compressed (server/page-cache.ts); views are counted first so that a cached copy counts too.
  // None in dev: edits must show at once.
  app.use(countReportViews());
  if (!vite) app.use(servePageCache(new PageCache()));
  app.use(compression());

  // "//x" would be parsed as a host by URL(); fold repeated leading slashes (never redirect off-site).
  app.use((req, res, next) => {
    if (!req.originalUrl.startsWith("//")) return next();
    const local = `/${req.originalUrl.replace(/^\/+/, "")}`;
    if (req.method === "GET" || req.method === "HEAD") return res.redirect(301, local);
    plainText(res, 400, "Bad request: the address starts with more than one slash.");
  });
  app.use(refuseNulInAddress());

  if (vite) {
    app.use(vite.middlewares);
  } else {
    const setHeaders = (res: object) => markStatic(res);
    app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y", index: false, setHeaders }));
    // The client root holds a handful of entries (favicon…): asking the disk about every page address
    // cost a stat per request, so only addresses under the names the build put there reach it.
    const rootFiles = new Set(readdirSync(client).filter((name) => name !== "assets"));
    const rootStatic = express.static(client, { maxAge: "1h", index: false, setHeaders });
    app.use((req, res, next) => (rootFiles.has(req.path.split("/")[1] ?? "") ? rootStatic(req, res, next) : next()));
  }

  app.get("/metrics", metricsEndpoint(metricsToken));
  // Everything else is React Router's, after the body checks (a page the cache missed is kept as it goes out).
  const pages = [rawBody(), refuseNulInForm(), refuseFilledHoneypot()];
  app.all("/{*path}", ...pages, createReactRouterHandler(getBuild, mode));

  app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const refused = bodyRefusal(error);
    if (refused) return plainText(res, refused.status, refused.message);
    logger.error(
      { err: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
      "unhandled request error",
    );
    if (!res.headersSent) plainText(res, 500, "Something went wrong on our side. Please try again.");
  });
  return app;
}
