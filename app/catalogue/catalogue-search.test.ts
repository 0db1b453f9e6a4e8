import { describe, expect, it } from "vitest";
import { catalogueHref } from "./catalogue-href";
import { parseCatalogueQuery, prefixTsQuery } from "./catalogue-search";

describe("catalogue query", () => {
  it("reads an empty query string as the first unfiltered page", () => {
    const r = parseCatalogueQuery(new URLSearchParams(""));
    expect(r.success && r.data).toEqual({ q: "", band: undefined, sector: undefined, page: 1 });
  });

  it("treats empty form fields as no filter", () => {
    const r = parseCatalogueQuery(new URLSearchParams("q=&band=&sector=&page="));
    expect(r.success && r.data).toEqual({ q: "", band: undefined, sector: undefined, page: 1 });
  });

  it("rejects a bad band or page with a human message", () => {
    const band = parseCatalogueQuery(new URLSearchParams("band=extreme"));
    expect(band.success).toBe(false);
    expect(band.error?.issues[0]?.message).toBe("Choose an exposure band: high, medium or low.");
    const page = parseCatalogueQuery(new URLSearchParams("page=-2"));
    expect(page.error?.issues[0]?.message).toBe("The page must be a whole number.");
    expect(parseCatalogueQuery(new URLSearchParams("page=0")).error?.issues[0]?.message).toBe("Pages start at 1.");
    expect(parseCatalogueQuery(new URLSearchParams(`q=${"a".repeat(81)}`)).success).toBe(false);
  });

  it("builds prefix queries from words only", () => {
    expect(prefixTsQuery("Nurs  practitioner")).toBe("nurs:* & practitioner:*");
    expect(prefixTsQuery("a & b | !c:*")).toBe("a:* & b:* & c:*");
    expect(prefixTsQuery("  ':()& ")).toBeNull();
  });

  it("round-trips a query into a link", () => {
    expect(catalogueHref({ q: "data", band: "low", page: 2 })).toBe("/occupations?q=data&band=low&page=2");
    expect(catalogueHref({ page: 1 })).toBe("/occupations");
  });
});
