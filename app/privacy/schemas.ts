import { z } from "zod";

export const privacyRequestSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter the email address you used with Career Pivot.")),
  action: z.enum(["export", "delete"], { error: "Choose whether you want a copy of your data or want it deleted." }),
});

export const privacyConfirmSchema = z.object({ confirm: z.literal("yes", { error: "Tick the box to confirm." }) });

/** What the emailed link carries, sealed (encrypted and authenticated) so the URL reveals nothing. */
export const privacyTokenSchema = z.object({ e: z.email(), a: z.enum(["export", "delete"]), x: z.number().int(), n: z.string() });
export type PrivacyToken = z.infer<typeof privacyTokenSchema>;

/** Why a privacy link no longer works, as the 410 page says it. */
export const PRIVACY_LINK_GONE = {
  invalid: "This link has expired or is not valid. Ask for a new one on the privacy page.",
  used: "This link has been used — request a new one on the privacy page.",
} as const;
