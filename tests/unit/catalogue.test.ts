import { describe, expect, it } from "vitest";
import { parseCatalogue } from "../../db/seed/seed";
import { CURATED_OCCUPATIONS } from "../../db/seed/curated";
import { curatedBlueprintReady } from "../../domain/blueprint-availability";

const catalogue = parseCatalogue(CURATED_OCCUPATIONS);

describe("curated catalogue", () => {
  it("has the seven roles of the original page with their published scores", () => {
    const bySlug = new Map(catalogue.map((o) => [o.slug, o]));
    expect(bySlug.get("backend-developer")?.exposureScore).toBe(44);
    expect(bySlug.get("data-scientist")?.exposureScore).toBe(49);
    expect(bySlug.get("site-reliability-engineer")?.exposureScore).toBe(36);
    expect(bySlug.get("solutions-architect")?.exposureScore).toBe(29);
    for (const slug of ["platform-engineer", "cloud-architect", "technical-product-owner"]) expect(bySlug.has(slug)).toBe(true);
  });

  it.each(catalogue.map((o) => [o.slug, o] as const))("%s: task exposures average close to the role's score", (_slug, o) => {
    const mean = o.tasks.reduce((sum, t) => sum + t.exposure, 0) / o.tasks.length;
    expect(Math.abs(mean - o.exposureScore)).toBeLessThanOrEqual(5);
  });

  it.each(catalogue.map((o) => [o.slug, o] as const))("%s: names each skill once", (_slug, o) => {
    expect(new Set(o.skills.map((s) => s.skill)).size).toBe(o.skills.length);
  });

  it.each(catalogue.map((o) => [o.slug, o] as const))("%s: has what the Blueprint needs, so it is on sale", (_slug, o) => {
    expect(curatedBlueprintReady(o)).toBe(true);
  });

  it("rejects an entry that breaks the schema, naming it", () => {
    const broken = { ...CURATED_OCCUPATIONS[0]!, slug: "broken-role", exposureScore: 140 };
    expect(() => parseCatalogue([broken])).toThrow(/broken-role/);
  });

  it("rejects a source address too long to print in the Blueprint", () => {
    const base = CURATED_OCCUPATIONS[0]!;
    const long = { ...base, slug: "long-link", sources: [{ label: "A source", url: `https://example.org/${"a".repeat(100)}` }] };
    expect(() => parseCatalogue([long])).toThrow(/110 characters/);
  });

  it("rejects a duplicated slug", () => {
    expect(() => parseCatalogue([CURATED_OCCUPATIONS[0]!, CURATED_OCCUPATIONS[0]!])).toThrow(/twice/);
  });
});

describe("Blueprint data for every curated role", () => {
  it.each(catalogue.map((o) => [o.slug, o] as const))(
    "%s: salary band with source and year, 5+ employers, learning resources for its skills",
    (_slug, o) => {
      expect(o.salary.source.length).toBeGreaterThan(5);
      expect(o.salary.year).toBeGreaterThanOrEqual(2024);
      expect(o.salary.regionalNote.length).toBeGreaterThan(20);
      expect(new Set(o.employers.map((e) => e.name)).size).toBeGreaterThanOrEqual(5);
      expect(o.learningResources.length).toBeGreaterThanOrEqual(4);
      // At least one resource builds a skill the role itself rates important, so the plan can name it.
      const key = new Set(o.skills.filter((s) => s.importance >= 60).map((s) => s.skill));
      expect(o.learningResources.some((r) => r.skills.some((k) => key.has(k)))).toBe(true);
    },
  );

  it("rejects a role without learning resources or without a regional salary note", () => {
    const { learningResources: _omit, ...noResources } = CURATED_OCCUPATIONS[0]!;
    expect(() => parseCatalogue([noResources as (typeof CURATED_OCCUPATIONS)[number]])).toThrow(/learningResources/);
    const first = CURATED_OCCUPATIONS[0]!;
    const { regionalNote: _note, ...salary } = first.salary;
    expect(() => parseCatalogue([{ ...first, salary } as (typeof CURATED_OCCUPATIONS)[number]])).toThrow(/regionalNote/);
  });
});
