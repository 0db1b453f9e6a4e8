import type { Config } from "@react-router/dev/config";

export default {
  ssr: true,
  // React Router 8's behaviour, chosen now so the upgrade changes nothing (and builds stay quiet).
  future: {
    // No route exports clientLoader/clientAction/clientMiddleware, so there is nothing to split yet.
    v8_splitRouteModules: true,
    // The build and the dev server (server/main.ts, vite.ssrLoadModule) both work with it.
    v8_viteEnvironmentApi: true,
    // Data requests for /a/ are /a/_.data and for / are /_.data (not /_root.data):
    // server/route-match.ts maps them to the route the same way React Router does.
    v8_trailingSlashAwareDataRequests: true,
    // The load context is a RouterContextProvider: server/request-handler.ts sets the request's
    // CSP nonce and client key under app/request-context.ts, which the entry and loaders `get`.
    v8_middleware: true,
    // Loaders get the request as sent: a data request's URL keeps `.data` and `_routes`. Loaders
    // read only its query, except requireStaff, which takes the page's path for sign-in's `next`.
    v8_passThroughRequests: true,
  },
} satisfies Config;
