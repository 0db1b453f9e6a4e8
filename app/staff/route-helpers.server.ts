import { data } from "react-router";
import { requireStaff } from "./auth.server";

/** Staff pages are private and never cached or indexed. */
export const staffHeaders = () => ({
  "Cache-Control": "private, no-store",
  "X-Robots-Tag": "noindex, nofollow",
  "Referrer-Policy": "same-origin",
});

/**
 * For staff routes that accept no posts: still check the session first, so an anonymous post
 * gets 401 (not 405, which would tell a stranger the URL exists).
 */
export async function refusePost(request: Request) {
  await requireStaff(request);
  return data({ message: "This page does not accept form posts." }, { status: 405 });
}
