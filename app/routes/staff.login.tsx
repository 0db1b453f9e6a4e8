import { data, Form, redirect, useNavigation } from "react-router";
import { Container } from "../components/page";
import { requestContext } from "../request-context";
import { currentStaff, signIn } from "../staff/auth.server";
import { staffHeaders } from "../staff/route-helpers.server";
import { safeNext } from "../staff/schemas";
import { Notice, StaffField } from "../staff/ui";
import type { Route } from "./+types/staff.login";

export async function loader({ request }: Route.LoaderArgs) {
  const next = new URL(request.url).searchParams.get("next") ?? undefined;
  if (await currentStaff(request)) throw redirect(safeNext(next));
  return { next: safeNext(next) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const outcome = await signIn(request, form, context.get(requestContext).clientIp ?? "unknown");
  if (outcome.ok) return redirect(outcome.redirectTo, { status: 303, headers: { "Set-Cookie": outcome.cookie } });
  const headers: HeadersInit = outcome.retryAfterSeconds ? { "Retry-After": String(outcome.retryAfterSeconds) } : {};
  return data(outcome, { status: outcome.status, headers });
}

export function headers({ actionHeaders }: Route.HeadersArgs) {
  const retryAfter = actionHeaders.get("Retry-After");
  return { ...staffHeaders(), ...(retryAfter ? { "Retry-After": retryAfter } : {}) };
}
export const meta = () => [{ title: "Staff sign-in · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

export default function StaffLogin({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const errors = actionData && !actionData.ok ? actionData.fieldErrors : {};
  return (
    <Container className="max-w-md py-12">
      <h1 className="text-3xl font-bold">Staff sign-in</h1>
      <p className="mt-2 text-muted">For Career Pivot staff. Buyers do not need an account.</p>
      {actionData && !actionData.ok ? <Notice tone="error">{actionData.message}</Notice> : null}
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <input type="hidden" name="next" value={loaderData.next} />
        <StaffField
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          defaultValue={actionData && !actionData.ok ? actionData.email : ""}
          error={errors.email}
        />
        <StaffField name="password" label="Password" type="password" autoComplete="current-password" required error={errors.password} />
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong disabled:opacity-60"
        >
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </Form>
    </Container>
  );
}
