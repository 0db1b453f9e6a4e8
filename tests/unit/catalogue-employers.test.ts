import { describe, expect, it } from "vitest";
import { CURATED_OCCUPATIONS } from "../../db/seed/curated";
import { EMPLOYERS } from "../../db/seed/employers";
import { parseCatalogue } from "../../db/seed/seed";
import { LEARNING_RESOURCES } from "../../db/seed/skills";
import { REGION_IDS } from "../../domain/regions";

const catalogue = parseCatalogue(CURATED_OCCUPATIONS);
const base = CURATED_OCCUPATIONS[0]!;
type Entry = (typeof CURATED_OCCUPATIONS)[number];
const withEmployer = (change: (e: Record<string, unknown>) => void): Entry => {
  const employers = base.employers.map((e) => ({ ...e }) as Record<string, unknown>);
  change(employers[0]!);
  return { ...base, slug: "changed-role", employers } as unknown as Entry;
};
const withSalary = (change: Record<string, unknown>): Entry =>
  ({ ...base, slug: "changed-role", salary: { ...base.salary, ...change } }) as unknown as Entry;

describe("employer and salary schema (seed-time)", () => {
  it.each([
    ["a missing careers URL", (e: Record<string, unknown>) => delete e.careersUrl, /careersUrl/],
    [
      "a careers link to a home page",
      (e: Record<string, unknown>) => (e.careersUrl = "https://www.example.com/"),
      /careers page or careers site/,
    ],
    ["missing regions", (e: Record<string, unknown>) => delete e.regions, /regions/],
    ["an unknown region", (e: Record<string, unknown>) => (e.regions = ["atlantis"]), /regions/],
    [
      "no region and not remote",
      (e: Record<string, unknown>) => Object.assign(e, { regions: [], remote: false }),
      /give the regions it hires in, or mark it remote/,
    ],
    ["a missing eligibility field (null when none)", (e: Record<string, unknown>) => delete e.eligibility, /eligibility/],
  ])("fails seeding for %s, naming the role", (_label, change, message) => {
    expect(() => parseCatalogue([withEmployer(change)])).toThrow(/changed-role/);
    expect(() => parseCatalogue([withEmployer(change)])).toThrow(message);
  });

  it("fails seeding for fewer than ten employers or one named twice", () => {
    expect(() => parseCatalogue([{ ...base, employers: base.employers.slice(0, 9) }])).toThrow(/employers/);
    expect(() => parseCatalogue([{ ...base, employers: [...base.employers.slice(0, 10), base.employers[0]!] }])).toThrow(
      /name each employer once/,
    );
  });

  it.each([
    ["a salary source that is a site's home page", { sourceUrl: "https://www.itjobswatch.co.uk/" }, /not the site's home page/],
    ["no period", { period: undefined }, /period/],
    ["no review date", { reviewedOn: undefined }, /reviewedOn/],
    ["no statement of rounding", { roundedTo: undefined }, /roundedTo/],
    [
      "a regional band without its own source page",
      { regions: [{ region: "london", p25: 1, median: 2, p75: 3, period: "6 months to May 2026" }] },
      /sourceUrl/,
    ],
  ])("fails seeding for %s", (_label, change, message) => {
    expect(() => parseCatalogue([withSalary(change)])).toThrow(message);
  });

  it("fails seeding for a learning resource without a level", () => {
    const { level: _omit, ...noLevel } = base.learningResources[0]!;
    expect(() =>
      parseCatalogue([{ ...base, learningResources: [noLevel as Entry["learningResources"][number], ...base.learningResources.slice(1)] }]),
    ).toThrow(/level/);
  });
});

describe("the curated employers and pay data", () => {
  it.each(catalogue.map((o) => [o.slug, o] as const))(
    "%s: 10+ employers with careers links, deep salary links, a stated period and rounding",
    (_slug, o) => {
      expect(o.employers.length).toBeGreaterThanOrEqual(10);
      for (const e of o.employers) expect(e.careersUrl).toMatch(/^https:\/\//);
      expect(new URL(o.salary.sourceUrl).pathname.length).toBeGreaterThan(1);
      for (const s of o.sources) if (s.url) expect(new URL(s.url).pathname.length, s.url).toBeGreaterThan(1);
      expect(o.salary.period).toMatch(/\d{4}/);
      // A London buyer and one outside London both have someone local or remote to approach.
      expect(o.employers.some((e) => e.regions.includes("london") || e.remote)).toBe(true);
      expect(o.employers.some((e) => e.regions.some((r) => r !== "london"))).toBe(true);
    },
  );

  it("covers every UK nation and region somewhere in the catalogue, each nation for most roles", () => {
    const covered = new Set(catalogue.flatMap((o) => o.employers.flatMap((e) => e.regions)));
    expect([...REGION_IDS].filter((r) => !covered.has(r))).toEqual([]);
    for (const nation of ["scotland", "wales", "northern-ireland"] as const) {
      const roles = catalogue.filter((o) => o.employers.some((e) => e.regions.includes(nation)));
      expect(roles.length, nation).toBeGreaterThanOrEqual(8);
    }
  });

  it("states the nationality and clearance rules of national-security and defence employers", () => {
    expect(EMPLOYERS.gchq.eligibility).toMatch(/British citizens only/);
    expect(EMPLOYERS.gchq.eligibility).toMatch(/Developed Vetting \(DV\)/);
    for (const id of ["mod", "bae", "qinetiq", "thales", "leonardo", "homeOffice"] as const)
      expect(EMPLOYERS[id].eligibility).toMatch(/\bSC\b/);
  });

  it("fits the Blueprint's employer columns without cutting a curated name, place or note", () => {
    for (const e of Object.values(EMPLOYERS)) {
      expect(e.name.length, e.name).toBeLessThanOrEqual(48);
      expect(e.location.length, e.location).toBeLessThanOrEqual(44);
      expect(e.sector.length, e.sector).toBeLessThanOrEqual(44);
      if (e.eligibility) expect(e.eligibility.length, e.eligibility).toBeLessThanOrEqual(100);
    }
  });

  it("files resources under what they teach, at the level they teach it", () => {
    expect(LEARNING_RESOURCES.accelerate.skills).not.toContain("Administration and Management");
    expect(LEARNING_RESOURCES.comptiaSecurityPlus.skills).not.toContain("Networking");
    expect(LEARNING_RESOURCES.comptiaSecurityPlus.level).toBe("foundation");
    expect(LEARNING_RESOURCES.awsSecuritySpecialty.level).toBe("advanced");
    for (const r of Object.values(LEARNING_RESOURCES)) expect(["foundation", "intermediate", "advanced"]).toContain(r.level);
  });
});
