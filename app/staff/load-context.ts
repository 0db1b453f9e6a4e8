declare module "react-router" {
  interface AppLoadContext {
    /** The TCP peer of the request, set by server/request-handler.ts (staff sign-in throttling). */
    clientIp?: string;
  }
}

export {};
