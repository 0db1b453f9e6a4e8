import { z } from "zod";
import { can } from "./roles";
import { fieldErrors } from "../utils/form-errors";
import { changePasswordSchema, createStaffSchema, formObject, uuidSchema } from "./schemas";
import { createSession, type StaffIdentity } from "./sessions.server";
import { recordStaffAudit } from "./staff-audit.server";
import { accountThrottles, clearAccountThrottle } from "./throttle.server";
import { changePassword, createStaffUser, setStaffDisabled, staffEmailOf } from "./users.server";
import { staffCookie } from "./cookie.server";

export type AdminOutcome =
  { ok: true; message: string } | { ok: false; status: 400 | 403 | 404 | 409; message: string; fieldErrors: Record<string, string> };

const accountActionSchema = z.object({
  intent: z.enum(["disable", "enable", "clearThrottle"]),
  userId: uuidSchema,
  confirm: z.literal("yes", { error: "Tick the box to confirm." }),
});

/**
 * Admins add staff, disable or re-enable them (disabling ends their sessions at once) and clear
 * an account's sign-in delay. Each change is audited: who, when, which account.
 */
export async function manageStaff(admin: StaffIdentity, form: FormData): Promise<AdminOutcome> {
  if (!can(admin.role, "manageStaff")) return { ok: false, status: 403, message: "Only admins manage staff.", fieldErrors: {} };
  const raw = formObject(form);
  if (raw.intent === "create") {
    const parsed = createStaffSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, status: 400, message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error) };
    const created = await createStaffUser(parsed.data, admin.userId);
    if (!created.ok)
      return {
        ok: false,
        status: 409,
        message: "There is already a staff account with that email.",
        fieldErrors: { email: "Already in use." },
      };
    await recordStaffAudit(admin.userId, "staff_created", created.id, { role: parsed.data.role });
    return { ok: true, message: `Added ${parsed.data.email} as ${parsed.data.role}. Give them the password by a separate channel.` };
  }
  const parsed = accountActionSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, status: 400, message: fieldErrors(parsed.error).confirm ?? "That action is not available.", fieldErrors: {} };
  const { intent, userId } = parsed.data;
  if (intent === "clearThrottle") {
    const email = await staffEmailOf(userId);
    if (!email) return { ok: false, status: 404, message: "There is no such staff account.", fieldErrors: {} };
    const before = (await accountThrottles([email])).get(email)!;
    await clearAccountThrottle(email);
    await recordStaffAudit(admin.userId, "sign_in_throttle_cleared", userId, { failures: before.failures });
    return { ok: true, message: `Cleared the sign-in delay for ${email}: they can sign in at once.` };
  }
  if (intent === "disable") {
    if (userId === admin.userId) return { ok: false, status: 409, message: "You cannot disable your own account.", fieldErrors: {} };
    const changed = await setStaffDisabled(userId, true);
    if (changed) await recordStaffAudit(admin.userId, "staff_disabled", userId);
    return changed
      ? { ok: true, message: "Disabled; their sessions have ended." }
      : { ok: true, message: "That account was already disabled." };
  }
  const changed = await setStaffDisabled(userId, false);
  if (changed) await recordStaffAudit(admin.userId, "staff_enabled", userId);
  return { ok: true, message: changed ? "Enabled." : "That account was already enabled." };
}

export type PasswordOutcome =
  { ok: true; cookie: string } | { ok: false; status: 400; message: string; fieldErrors: Record<string, string> };

/** Changing a password ends every session of the account; this browser gets a fresh one. */
export async function changeOwnPassword(staff: StaffIdentity, form: FormData): Promise<PasswordOutcome> {
  const parsed = changePasswordSchema.safeParse(formObject(form));
  if (!parsed.success) return { ok: false, status: 400, message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error) };
  const changed = await changePassword(staff.userId, parsed.data.current, parsed.data.password);
  if (!changed) return { ok: false, status: 400, message: "Your current password is not right.", fieldErrors: { current: "Not right." } };
  const token = await createSession(staff.userId);
  return { ok: true, cookie: staffCookie(token) };
}
