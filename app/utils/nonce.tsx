import { createContext, useContext } from "react";

/**
 * The per-request CSP nonce, provided by entry.server. In the browser it is empty: browsers hide
 * nonce values from the DOM, and scripts added after hydration come from our own origin.
 */
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
