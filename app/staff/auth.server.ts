import { data, redirect } from "react-router";
import { clearedStaffCookie, readStaffCookie, staffCookie } from "./cookie.server";
import { can, type Permission } from "./roles";
import { fieldErrors } from "../utils/form-errors";
import { formObject, loginSchema, safeNext } from "./schemas";
import { createSession, deleteSessionByToken, findSession, type StaffIdentity } from "./sessions.server";
import { waitPhrase } from "./sign-in-delay";
import { beginSignInAttempt, signInFailed, signInSucceeded } from "./throttle.server";
import { authenticate } from "./users.server";

const isRead = (request: Request) => request.method === "GET" || request.method === "HEAD";

/**
 * A post must come from our own pages. SameSite=Lax already keeps the cookie off cross-site
 * posts; this also refuses a same-site but foreign origin (another app on a sibling host).
 */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  return !origin || origin === new URL(request.url).origin;
}

/**
 * The page a request is for, to return to after sign-in. Loaders see the request as sent
 * (future.v8_passThroughRequests): a client-side navigation asks for `/a.data` (`/a/_.data` after
 * a trailing slash) with a `_routes` parameter, neither of which belongs in the page's address.
 */
function pagePath(request: Request): string {
  const url = new URL(request.url);
  const pathname = url.pathname.endsWith("/_.data") ? url.pathname.slice(0, -"_.data".length) : url.pathname.replace(/\.data$/, "");
  url.searchParams.delete("_routes");
  return pathname + url.search;
}

/**
 * Every /staff loader and action starts here. No session: a page redirects to sign-in, a post
 * gets 401. The wrong role: 403. Thrown, so a route cannot forget to stop.
 */
export async function requireStaff(request: Request, permission: Permission = "view"): Promise<StaffIdentity> {
  if (!isRead(request) && !sameOrigin(request)) throw data({ message: "This form was sent from another site." }, { status: 403 });
  const staff = await findSession(readStaffCookie(request));
  if (!staff) {
    if (isRead(request))
      throw redirect(`/staff/login?next=${encodeURIComponent(pagePath(request))}`, { headers: { "Cache-Control": "no-store" } });
    throw data({ message: "Your session has ended. Sign in again." }, { status: 401, headers: { "Set-Cookie": clearedStaffCookie() } });
  }
  if (!can(staff.role, permission)) throw data({ message: "Your role does not allow this." }, { status: 403 });
  return staff;
}

/** For the sign-in page: who is signed in already, if anyone. */
export async function currentStaff(request: Request): Promise<StaffIdentity | null> {
  return findSession(readStaffCookie(request));
}

export type SignInResult =
  | { ok: true; redirectTo: string; cookie: string }
  | { ok: false; status: 400 | 403 | 429; message: string; fieldErrors: Record<string, string>; email: string; retryAfterSeconds?: number };

/** `clientKey`: the client's address as the public allowances count it (app/utils/client-key.server.ts). */
export async function signIn(request: Request, form: FormData, clientKey: string): Promise<SignInResult> {
  const raw = formObject(form);
  if (!sameOrigin(request)) return { ok: false, status: 403, message: "This form was sent from another site.", fieldErrors: {}, email: "" };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      status: 400,
      message: "Check the highlighted fields.",
      fieldErrors: fieldErrors(parsed.error),
      email: raw.email ?? "",
    };
  const { email, password, next } = parsed.data;

  const gate = await beginSignInAttempt(email, clientKey);
  if (!gate.allowed) {
    const message =
      gate.scope === "address"
        ? `Too many failed sign-in attempts from your network. Try again in ${waitPhrase(gate.retryAfterSeconds)}.`
        : `Too many failed sign-in attempts for this account. Try again in ${waitPhrase(gate.retryAfterSeconds)}.`;
    return { ok: false, status: 429, message, fieldErrors: {}, email, retryAfterSeconds: gate.retryAfterSeconds };
  }
  const user = await authenticate(email, password);
  if (!user) {
    await signInFailed(email);
    return { ok: false, status: 400, message: "That email and password do not match an active staff account.", fieldErrors: {}, email };
  }
  await signInSucceeded(email, clientKey);
  // Never keep a session id the browser brought with it (session fixation): always a new one.
  await deleteSessionByToken(readStaffCookie(request));
  const token = await createSession(user.id);
  return { ok: true, redirectTo: safeNext(next), cookie: staffCookie(token) };
}

export async function signOut(request: Request): Promise<string> {
  await deleteSessionByToken(readStaffCookie(request));
  return clearedStaffCookie();
}
