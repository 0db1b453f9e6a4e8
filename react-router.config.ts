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
    // Not yet. Loaders get the load context as a RouterContextProvider: the request handler's
    // { cspNonce, clientIp } (read by entry.server.tsx and staff.login.tsx) must become a
    // context the handler sets and they `get`.
    v8_middleware: false,
    // Not yet. Loaders would see the raw request: `.data` and `_routes` in request.url, which
    // requireStaff puts into the sign-in page's `next`; they must read the `url` argument instead.
    v8_passThroughRequests: false,
  },
} satisfies Config;
