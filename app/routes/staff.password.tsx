import { data, Form, redirect, useSearchParams } from "react-router";
import { requireStaff } from "../staff/auth.server";
import { staffHeaders } from "../staff/route-helpers.server";
import { changeOwnPassword } from "../staff/staff-admin.server";
import { Notice } from "../staff/ui";
import type { Route } from "./+types/staff.password";

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request, "changeOwnPassword");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const staff = await requireStaff(request, "changeOwnPassword");
  const outcome = await changeOwnPassword(staff, await request.formData().catch(() => new FormData()));
  if (!outcome.ok) return data(outcome, { status: outcome.status });
  // Post/redirect/get: the new session cookie travels on the redirect.
  return redirect("/staff/password?changed=1", { status: 303, headers: { "Set-Cookie": outcome.cookie } });
}

export const headers = staffHeaders;
export const meta = () => [{ title: "Change password · Staff · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const FIELDS = [
  { name: "current", label: "Current password", autoComplete: "current-password" },
  { name: "password", label: "New password (12–128 characters)", autoComplete: "new-password" },
  { name: "confirm", label: "New password again", autoComplete: "new-password" },
] as const;

export default function StaffPassword({ actionData }: Route.ComponentProps) {
  const errors = actionData?.fieldErrors ?? {};
  const [params] = useSearchParams();
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-3xl font-bold">Change your password</h1>
      {actionData ? <Notice tone="error">{actionData.message}</Notice> : null}
      {!actionData && params.get("changed") ? (
        <Notice tone="ok">Password changed. Every other session of your account has been signed out.</Notice>
      ) : null}
      <Form method="post" className="mt-6 space-y-4" noValidate>
        {FIELDS.map((f) => (
          <div key={f.name}>
            <label htmlFor={f.name} className="block font-semibold">
              {f.label}
            </label>
            <input
              id={f.name}
              name={f.name}
              type="password"
              autoComplete={f.autoComplete}
              required
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={errors[f.name] ? `${f.name}-error` : undefined}
              className="mt-1 w-full rounded-md border border-line bg-surface px-3 py-2"
            />
            {errors[f.name] ? (
              <p id={`${f.name}-error`} className="mt-1 text-sm text-risk-high">
                {errors[f.name]}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
          Change password
        </button>
      </Form>
    </div>
  );
}
