import type { Env } from "../env.server";
import { ensureBootstrapAdmin } from "./users.server";

/**
 * At start: the first admin from STAFF_EMAIL/STAFF_PASSWORD, or in development a generated one
 * whose password is printed this once (it is stored only as an argon2id hash, so it can never be
 * shown again: sign in and change it, or create another admin).
 */
export async function bootstrapStaff(env: Env): Promise<void> {
  const outcome = await ensureBootstrapAdmin({ email: env.staffEmail, password: env.staffPassword, isProduction: env.isProduction });
  if (!outcome.created) return;
  if (outcome.generatedPassword) {
    console.log(`Staff console: created admin ${outcome.email} with password ${outcome.generatedPassword} — shown once; sign in at ${env.appUrl}/staff`);
  } else {
    console.log(`Staff console: created admin ${outcome.email} from STAFF_EMAIL/STAFF_PASSWORD`);
  }
}
