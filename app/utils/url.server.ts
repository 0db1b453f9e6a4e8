import { getEnv } from "../../lib/env";

/** Absolute public URL for a path, from APP_URL (never from the request's Host header). */
export function absoluteUrl(pathname: string): string {
  return `${getEnv().appUrl}${pathname}`;
}
