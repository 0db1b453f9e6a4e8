import type { z } from "zod";

/** The form field an issue belongs to. */
export type FieldOf = (issue: z.core.$ZodIssue) => string;

/** The field named by the issue path's first segment; "form" for an issue about the whole form. */
export const firstPathSegment: FieldOf = (issue) => String(issue.path[0] ?? "form");

/** The first message for each field, for showing beside its input. */
export function fieldErrors(error: z.ZodError, fieldOf: FieldOf = firstPathSegment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[fieldOf(issue)] ??= issue.message;
  return out;
}
