import { z } from "zod";

/** "Resend my Blueprint": the address the buyer paid with. */
export const blueprintResendSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter the email address you used when you paid.")),
});
