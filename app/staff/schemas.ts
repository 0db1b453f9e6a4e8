import { z } from "zod";

/** One schema per staff form, shared by the pages and the services. */
const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

// ASVS 5.0 (6.2): at least 12 characters, at most 128, any characters, no composition rules.
const newPassword = z
  .string({ error: "Enter a password." })
  .min(12, { error: "Use at least 12 characters." })
  .max(128, { error: "Use at most 128 characters." });

// Sign-in only looks an address up, never mails it: it must take the development admin@localhost,
// whose dotless domain z.email() refuses. Accounts are still created with a strict address.
const signInEmail = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That email address is too long." })
  .regex(/^[^\s@]+@[^\s@.][^\s@]*$/, { error: "Enter a valid email address, like name@example.com." });

export const loginSchema = z.object({
  email: signInEmail,
  password: z
    .string({ error: "Enter your password." })
    .min(1, { error: "Enter your password." })
    .max(1024, { error: "That password is too long." }),
  next: z.string().optional(),
});

export const createStaffSchema = z.object({
  email,
  name: z.string({ error: "Enter a name." }).trim().min(1, { error: "Enter a name." }).max(100, { error: "Use at most 100 characters." }),
  role: z.enum(["admin", "reviewer"], { error: "Choose a role." }),
  password: newPassword,
});

export const changePasswordSchema = z
  .object({
    current: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(1024),
    password: newPassword,
    confirm: z.string({ error: "Repeat the new password." }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "The two new passwords do not match." });

export const uuidSchema = z.uuid({ error: "Not a valid id." });

export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string") out[k] = v;
  return out;
}

/** Only same-site paths under /staff: an open redirect after sign-in would be a phishing aid. */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[A-Za-z0-9/_\-?=&.%]*)?$/.test(next) && !next.startsWith("//") ? next : "/staff";
}
