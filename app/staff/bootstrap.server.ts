import fs from "node:fs/promises";
import path from "node:path";
import type { Env } from "../../lib/env";
import { authenticate, ensureBootstrapAdmin } from "./users.server";

/** Where a generated admin password goes when nobody watches the terminal. */
export function generatedPasswordFile(dataDir: string): string {
  return path.join(dataDir, "staff-admin-password");
}

/**
 * At start: the first admin from STAFF_EMAIL/STAFF_PASSWORD, or in development a generated one
 * (stored only as an argon2id hash). Its password is printed once when stdout is a terminal; under
 * a service manager stdout is a log that others read and keep, so the password goes to a file only
 * this OS user can read, and the log says where. A later start deletes that file once the password
 * in it no longer signs in (changed, or the account disabled).
 */
export async function bootstrapStaff(env: Env, stdout: { isTTY?: boolean } = process.stdout): Promise<void> {
  const file = generatedPasswordFile(env.dataDir);
  const outcome = await ensureBootstrapAdmin({ email: env.staffEmail, password: env.staffPassword, isProduction: env.isProduction });
  if (!outcome.created) return removeStalePasswordFile(file);
  if (!outcome.generatedPassword) {
    console.log(`Staff console: created admin ${outcome.email} from STAFF_EMAIL/STAFF_PASSWORD`);
  } else if (stdout.isTTY) {
    console.log(
      `Staff console: created admin ${outcome.email} with password ${outcome.generatedPassword} — shown once; sign in at ${env.appUrl}/staff`,
    );
  } else {
    await writePrivateFile(file, `${outcome.email}\n${outcome.generatedPassword}\n`);
    console.log(
      `Staff console: created admin ${outcome.email}; its password is in ${file} (readable by this user only). Sign in at ${env.appUrl}/staff and change it; the next start then deletes the file.`,
    );
  }
}

async function writePrivateFile(file: string, text: string): Promise<void> {
  // The file's own mode (0600) keeps the password private. The folder keeps the default mode: it is
  // DATA_DIR, where the embedded PostgreSQL (run as the postgres user when we are root) keeps its data.
  await fs.mkdir(path.dirname(file), { recursive: true });
  // A file left from an earlier database may have other permissions: write a new one.
  await fs.rm(file, { force: true });
  await fs.writeFile(file, text, { flag: "wx", mode: 0o600 });
}

async function removeStalePasswordFile(file: string): Promise<void> {
  const text = await fs.readFile(file, "utf8").catch(() => null);
  if (text === null) return;
  const [email = "", password = ""] = text.split("\n");
  if (email && password && (await authenticate(email, password))) return;
  await fs.rm(file, { force: true });
  console.log(`Staff console: deleted ${file}, the generated password in it no longer signs in`);
}
