import { z } from "zod";
import { RISK_LEVELS } from "../../domain/risk";

/** Results per catalogue page. */
export const PAGE_SIZE = 24;

// An empty form field means "no filter", not an invalid value.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

/** The /occupations query string: every value bounded, so a bad link is a 400 with a message. */
export const catalogueQuerySchema = z.object({
  q: optional(z.string().trim().max(80, "Search words must be 80 characters or fewer.")).transform((v) => v ?? ""),
  band: optional(z.enum(RISK_LEVELS, { error: "Choose an exposure band: high, medium or low." })),
  sector: optional(z.string().trim().min(1).max(80, "That sector name is too long.")),
  page: optional(
    z
      .string()
      .regex(/^\d{1,4}$/, "The page must be a whole number.")
      .transform(Number)
      .pipe(z.number().min(1, "Pages start at 1.")),
  ).transform((v) => v ?? 1),
});

export type CatalogueQuery = z.output<typeof catalogueQuerySchema>;

export function parseCatalogueQuery(params: URLSearchParams) {
  return catalogueQuerySchema.safeParse({
    q: params.get("q"),
    band: params.get("band"),
    sector: params.get("sector"),
    page: params.get("page"),
  });
}

/**
 * Prefix query over the words typed, so "nurs" finds nurses; only letters and digits reach
 * to_tsquery, so no input can form tsquery syntax.
 */
export function prefixTsQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}
