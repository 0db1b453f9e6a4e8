import { redirect } from "react-router";
import { signOut } from "../staff/auth.server";
import type { Route } from "./+types/staff.logout";

export async function loader() {
  return redirect("/staff");
}

/** Ends the session in the database (not just in the browser), then back to sign-in. */
export async function action({ request }: Route.ActionArgs) {
  const cookie = await signOut(request);
  return redirect("/staff/login", { status: 303, headers: { "Set-Cookie": cookie, "Cache-Control": "no-store" } });
}
