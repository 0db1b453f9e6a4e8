declare module "react-router" {
  interface AppLoadContext {
    /**
     * The client's key, set by server/request-handler.ts: `clientKey(req.ip)`, the same key as the
     * public allowances (X-Forwarded-For believed for TRUST_PROXY_HOPS hops; IPv6 by /64).
     * The staff sign-in throttle counts failures per this key.
     */
    clientIp?: string;
  }
}

export {};
