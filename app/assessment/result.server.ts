import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assessmentResults, occupations } from "../../db/schema";
import { blueprintAvailable } from "../../domain/blueprint-availability";
import { hashToken, TOKEN_PATTERN } from "../utils/tokens.server";
import { EMAIL_CONSENT_TEXT } from "./consent";
import { fieldErrors } from "../utils/form-errors";
import { emailCaptureSchema } from "./schemas";


/** A stored result exactly as computed at completion; never recomputed on read. */
export async function getResult(token: string) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const [row] = await getDb()
    .select({
      id: assessmentResults.id,
      scoringVersion: assessmentResults.scoringVersion,
      answers: assessmentResults.answers,
      outcome: assessmentResults.outcome,
      hasEmail: assessmentResults.emailConsentAt,
      createdAt: assessmentResults.createdAt,
      occupation: { slug: occupations.slug, title: occupations.title, pluralTitle: occupations.pluralTitle },
      occupationContent: occupations.content,
    })
    .from(assessmentResults)
    .innerJoin(occupations, eq(occupations.id, assessmentResults.occupationId))
    .where(eq(assessmentResults.tokenHash, hashToken(token)));
  if (!row) return null;
  const { occupationContent, ...result } = row;
  return { ...result, blueprintAvailable: blueprintAvailable(occupationContent) };
}

export type StoredResult = NonNullable<Awaited<ReturnType<typeof getResult>>>;

export type EmailCaptureOutcome =
  | { ok: true }
  | { ok: false; status: 400 | 404; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

/** Stores an email against a result, only with explicit consent; the first address given wins. */
export async function saveResultEmail(token: string, form: FormData): Promise<EmailCaptureOutcome> {
  const values = { email: String(form.get("email") ?? "").slice(0, 254) };
  if (!TOKEN_PATTERN.test(token)) return { ok: false, status: 404, message: "We could not find that result.", fieldErrors: {}, values };
  const parsed = emailCaptureSchema.safeParse({ email: form.get("email") ?? "", consent: form.get("consent") ?? undefined });
  if (!parsed.success) return { ok: false, status: 400, message: "Please correct the details marked below.", fieldErrors: fieldErrors(parsed.error), values };
  const updated = await getDb()
    .update(assessmentResults)
    .set({ email: parsed.data.email, emailConsentAt: new Date(), emailConsentText: EMAIL_CONSENT_TEXT })
    .where(and(eq(assessmentResults.tokenHash, hashToken(token)), isNull(assessmentResults.emailConsentAt)))
    .returning({ id: assessmentResults.id });
  if (updated.length === 0 && !(await getResult(token))) {
    return { ok: false, status: 404, message: "We could not find that result.", fieldErrors: {}, values };
  }
  return { ok: true };
}
