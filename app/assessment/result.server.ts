import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb } from "../../db/client";
import { assessmentResults, occupations } from "../../db/schema";
import { PAID_STATUSES, type OrderStatus } from "../../domain/order-state";
import { blueprintOfferOf } from "../catalogue/blueprint-sale.server";
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
      occupation: { slug: occupations.slug, title: occupations.title, pluralTitle: occupations.pluralTitle, origin: occupations.origin },
      sale: {
        origin: occupations.origin,
        blueprintOnSale: occupations.blueprintOnSale,
        socCode: occupations.socCode,
        content: occupations.content,
        skills: sql<string[]>`array(select s.skill from occupation_skills s where s.occupation_id = ${occupations.id})`,
      },
      // The latest order decides, as at checkout: a refund ends the purchase.
      latestOrderStatus: sql<OrderStatus | null>`(select o.status from orders o where o.result_id = ${assessmentResults.id} order by o.created_at desc limit 1)`,
    })
    .from(assessmentResults)
    .innerJoin(occupations, eq(occupations.id, assessmentResults.occupationId))
    .where(eq(assessmentResults.tokenHash, hashToken(token)));
  if (!row) return null;
  const { sale, latestOrderStatus, ...result } = row;
  return {
    ...result,
    blueprint: blueprintOfferOf(sale, sale.skills),
    purchased: latestOrderStatus !== null && PAID_STATUSES.includes(latestOrderStatus),
  };
}

export type StoredResult = NonNullable<Awaited<ReturnType<typeof getResult>>>;

export type EmailCaptureOutcome =
  { ok: true } | { ok: false; status: 400 | 404; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

/** Stores an email against a result, only with explicit consent; the first address given wins. */
export async function saveResultEmail(token: string, form: FormData): Promise<EmailCaptureOutcome> {
  const values = { email: String(form.get("email") ?? "").slice(0, 254) };
  if (!TOKEN_PATTERN.test(token)) return { ok: false, status: 404, message: "We could not find that result.", fieldErrors: {}, values };
  const parsed = emailCaptureSchema.safeParse({ email: form.get("email") ?? "", consent: form.get("consent") ?? undefined });
  if (!parsed.success)
    return { ok: false, status: 400, message: "Please correct the details marked below.", fieldErrors: fieldErrors(parsed.error), values };
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
