import { createContext } from "react-router";
import { singleton } from "../lib/singleton";

/** What the HTTP server knows about a request that React Router does not; set by server/request-handler.ts. */
export type RequestFacts = {
  /** This response's Content-Security-Policy nonce (server/security-headers.ts), put on every script React Router emits. */
  cspNonce?: string;
  /**
   * The client's key as the public allowances count it: `clientKey(req.ip)` (X-Forwarded-For
   * believed for TRUST_PROXY_HOPS hops; IPv6 by /64). The staff sign-in throttle counts failures per this key.
   */
  clientIp?: string;
};

/**
 * How the entry, loaders and actions read those facts: `context.get(requestContext)`. A context
 * is found by identity, and the server entry (run by tsx) and the React Router bundle each load
 * this module, so the key is one object per process.
 */
export const requestContext = singleton("request-context", () => createContext<RequestFacts>({}));
