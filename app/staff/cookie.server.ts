import { getEnv } from "../../lib/env";

/** `__Host-` binds the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure). */
export function staffCookieName(): string {
  return getEnv().isProduction ? "__Host-cp_staff" : "cp_staff";
}

export function readStaffCookie(request: Request): string | null {
  const name = staffCookieName();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/** No Max-Age: a browser session cookie; the server enforces the idle and absolute limits. */
export function staffCookie(token: string): string {
  return [`${staffCookieName()}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax", ...(getEnv().isProduction ? ["Secure"] : [])].join("; ");
}

export function clearedStaffCookie(): string {
  return [`${staffCookieName()}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", ...(getEnv().isProduction ? ["Secure"] : [])].join(
    "; ",
  );
}
