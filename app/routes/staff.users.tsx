import { data, Form } from "react-router";
import { requireStaff } from "../staff/auth.server";
import { staffHeaders } from "../staff/route-helpers.server";
import { manageStaff } from "../staff/staff-admin.server";
import { Notice, when, ScrollBox, STAFF_INPUT, StaffField, TableHead } from "../staff/ui";
import { recentStaffAudit, type StaffAuditAction } from "../staff/staff-audit.server";
import { accountThrottles } from "../staff/throttle.server";
import { listStaff } from "../staff/users.server";
import type { Route } from "./+types/staff.users";

export async function loader({ request }: Route.LoaderArgs) {
  const admin = await requireStaff(request, "manageStaff");
  const users = await listStaff();
  const [throttles, audit] = await Promise.all([accountThrottles(users.map((u) => u.email)), recentStaffAudit()]);
  return { users: users.map((u) => ({ ...u, throttle: throttles.get(u.email)! })), audit, me: admin.userId };
}

export async function action({ request }: Route.ActionArgs) {
  const admin = await requireStaff(request, "manageStaff");
  const outcome = await manageStaff(admin, await request.formData().catch(() => new FormData()));
  return data(outcome, { status: outcome.ok ? 200 : outcome.status });
}

export const headers = staffHeaders;
export const meta = () => [{ title: "Staff accounts · Staff · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const AUDIT_LABELS: Record<StaffAuditAction, string> = {
  staff_created: "Added",
  staff_disabled: "Disabled",
  staff_enabled: "Enabled",
  sign_in_throttle_cleared: "Cleared sign-in throttle",
};

function throttleSummary({ failures, waitSeconds }: { failures: number; waitSeconds: number }): string {
  const wait = waitSeconds > 0 ? `, next attempt in ${waitSeconds} s` : "";
  return `${failures} failed sign-in${failures === 1 ? "" : "s"}${wait}`;
}

export default function StaffUsers({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData && !actionData.ok ? actionData.fieldErrors : {};
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Staff accounts</h1>
      {actionData ? <Notice tone={actionData.ok ? "ok" : "error"}>{actionData.message}</Notice> : null}
      <ScrollBox label="Staff accounts" className="mt-6">
        <table className="w-full border-collapse text-left text-sm">
          <TableHead columns={["Name", "Email", "Role", "Added", "Access", "Sign-in throttle"]} />
          <tbody>
            {loaderData.users.map((u) => (
              <tr key={u.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">{u.name}</td>
                <td className="py-2 pr-3 break-all">{u.email}</td>
                <td className="py-2 pr-3">{u.role}</td>
                <td className="py-2 pr-3 whitespace-nowrap">{when(u.createdAt)}</td>
                <td className="py-2 pr-3">
                  {u.id === loaderData.me ? (
                    "You"
                  ) : (
                    <Form method="post" className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="intent" value={u.disabledAt ? "enable" : "disable"} />
                      <input type="hidden" name="userId" value={u.id} />
                      <input id={`confirm-${u.id}`} type="checkbox" name="confirm" value="yes" required className="h-4 w-4" />
                      <label htmlFor={`confirm-${u.id}`}>Confirm</label>
                      <button type="submit" className="rounded border border-line bg-surface px-2 py-1 font-semibold text-accent-strong">
                        {u.disabledAt ? "Enable" : "Disable"} {u.email}
                      </button>
                      {u.disabledAt ? <span className="text-risk-high">disabled {when(u.disabledAt)}</span> : null}
                    </Form>
                  )}
                </td>
                <td className="py-2 pr-3">
                  {u.throttle.failures > 0 || u.throttle.waitSeconds > 0 ? (
                    <Form method="post" className="flex flex-wrap items-center gap-2">
                      <span>{throttleSummary(u.throttle)}</span>
                      <input type="hidden" name="intent" value="clearThrottle" />
                      <input type="hidden" name="userId" value={u.id} />
                      <input id={`clear-${u.id}`} type="checkbox" name="confirm" value="yes" required className="h-4 w-4" />
                      <label htmlFor={`clear-${u.id}`}>Confirm</label>
                      <button type="submit" className="rounded border border-line bg-surface px-2 py-1 font-semibold text-accent-strong">
                        {`Clear sign-in throttle for ${u.email}`}
                      </button>
                    </Form>
                  ) : (
                    <span className="text-muted">None</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h2 className="mt-10 text-xl font-bold">Recent changes to staff accounts</h2>
      {loaderData.audit.length === 0 ? (
        <p className="mt-3 text-muted">None yet.</p>
      ) : (
        <ScrollBox label="Recent changes to staff accounts" className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <TableHead columns={["When", "Who", "What", "Account"]} />
            <tbody>
              {loaderData.audit.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3 whitespace-nowrap">{when(e.at)}</td>
                  <td className="py-2 pr-3 break-all">{e.actor}</td>
                  <td className="py-2 pr-3">{AUDIT_LABELS[e.action]}</td>
                  <td className="py-2 pr-3 break-all">{e.target ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}

      <h2 className="mt-10 text-xl font-bold">Add a staff member</h2>
      <Form method="post" className="mt-3 grid max-w-xl gap-4" noValidate>
        <input type="hidden" name="intent" value="create" />
        <StaffField name="name" label="Name" required error={errors.name} />
        <StaffField name="email" label="Email" type="email" required error={errors.email} />
        <div>
          <label htmlFor="role" className="block font-semibold">
            Role
          </label>
          <select id="role" name="role" defaultValue="reviewer" className={STAFF_INPUT}>
            <option value="reviewer">Reviewer (view, approve, reject)</option>
            <option value="admin">Admin (everything, including refunds and staff)</option>
          </select>
        </div>
        <StaffField
          name="password"
          label="Initial password (12–128 characters)"
          type="password"
          autoComplete="new-password"
          required
          error={errors.password}
        />
        <button type="submit" className="justify-self-start rounded-md bg-accent px-5 py-2 font-semibold text-white hover:bg-accent-strong">
          Add staff member
        </button>
      </Form>
    </div>
  );
}
