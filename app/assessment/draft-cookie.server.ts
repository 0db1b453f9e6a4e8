import { createCookie } from "react-router";
import { getEnv } from "../../lib/env";
import { TOKEN_PATTERN } from "../utils/tokens.server";

/**
 * The assessment draft's bearer token. Not signed: it is 192 random bits and the server only
 * knows its hash, so there is nothing to forge.
 */
function cookie() {
  return createCookie("cp_assessment", {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 30,
    secure: getEnv().isProduction,
  });
}

export async function readDraftToken(request: Request): Promise<string | null> {
  const value: unknown = await cookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && TOKEN_PATTERN.test(value) ? value : null;
}

export function setDraftCookie(token: string): Promise<string> {
  return cookie().serialize(token);
}
