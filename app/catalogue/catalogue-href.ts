import type { CatalogueQuery } from "./catalogue-search";

/**
 * Catalogue links, for the browser as well as the server. Kept apart from the query's zod schema
 * (catalogue-search.ts) so the /occupations page does not ship zod to the browser: import only
 * types from there.
 */
export function catalogueHref(query: Partial<CatalogueQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.band) params.set("band", query.band);
  if (query.sector) params.set("sector", query.sector);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const s = params.toString();
  return s ? `/occupations?${s}` : "/occupations";
}
