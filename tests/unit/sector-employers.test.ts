import { describe, expect, it } from "vitest";
import { parseSectorEmployers } from "../../db/seed/sector-employers-schema";
import { CAREERS_URLS_TO_CHECK, SECTOR_EMPLOYERS } from "../../db/seed/sector-employers/index";
import { REGION_IDS, type RegionId } from "../../domain/regions";
import { employersFor, reachOf, SOC_MAJOR_GROUP_CODES, type SectorEmployer } from "../../domain/sector-employers";

const ofGroup = (group: string) => SECTOR_EMPLOYERS.filter((e) => e.sectors.includes(group as SectorEmployer["sectors"][number]));
const sitedRegions = (employers: readonly SectorEmployer[]) =>
  new Set(employers.flatMap((e) => (e.regions === "nationwide" ? [] : e.regions)));
const NATIONS: RegionId[] = ["scotland", "wales", "northern-ireland"];
const ENGLISH_REGIONS = REGION_IDS.filter((r) => !NATIONS.includes(r));

describe("the sector employer directory: coverage", () => {
  it.each(SOC_MAJOR_GROUP_CODES.map((g) => [g]))("SOC group %s: 8+ employers, each named once", (group) => {
    const employers = ofGroup(group);
    expect(employers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(employers.map((e) => e.name.toLowerCase())).size).toBe(employers.length);
  });

  it.each(SOC_MAJOR_GROUP_CODES.map((g) => [g]))(
    "SOC group %s: sites named in 6+ regions, including Scotland, Wales, Northern Ireland and 3+ English regions",
    (group) => {
      // "nationwide" does not count here: each nation needs an employer named for it.
      const regions = sitedRegions(ofGroup(group));
      expect(regions.size).toBeGreaterThanOrEqual(6);
      for (const nation of NATIONS) expect(regions, nation).toContain(nation);
      expect(ENGLISH_REGIONS.filter((r) => regions.has(r)).length).toBeGreaterThanOrEqual(3);
    },
  );

  it("gives every buyer, in every sector and region, a local or nationwide employer first", () => {
    for (const group of SOC_MAJOR_GROUP_CODES)
      for (const region of REGION_IDS) {
        const [first] = employersFor(SECTOR_EMPLOYERS, { socMajorGroup: group, region, limit: 10 });
        expect(["in-region", "nationwide"], `${group} in ${region}`).toContain(reachOf(first!, region));
      }
  });

  it("offers remote-friendly employers in the office-based sectors", () => {
    for (const group of ["13", "15", "43"] as const)
      expect(ofGroup(group).filter((e) => e.remoteFriendly).length, group).toBeGreaterThanOrEqual(2);
  });
});

describe("the sector employer directory: links and eligibility", () => {
  it("links every employer to an https careers page or careers site", () => {
    for (const e of SECTOR_EMPLOYERS) {
      const url = new URL(e.careersUrl);
      expect(url.protocol, e.name).toBe("https:");
      expect(url.pathname.length > 1 || /careers?|jobs|recruit|workforus|^people\./i.test(url.hostname), e.name).toBe(true);
    }
  });

  it("names each organisation once across the directory", () => {
    const names = SECTOR_EMPLOYERS.map((e) => e.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("lists only known employers among the links to check first", () => {
    const names = new Set(SECTOR_EMPLOYERS.map((e) => e.name));
    for (const name of CAREERS_URLS_TO_CHECK) expect(names, name).toContain(name);
    expect(new Set(CAREERS_URLS_TO_CHECK).size).toBe(CAREERS_URLS_TO_CHECK.length);
  });

  const needing = (predicate: (e: SectorEmployer) => boolean) => SECTOR_EMPLOYERS.filter(predicate);
  const RULES: [string, (e: SectorEmployer) => boolean, RegExp][] = [
    [
      "protective services state vetting, licensing or fitness rules",
      (e) => e.sectors.includes("33"),
      /vetting|SIA licence|clearance|fitness|counter-terrorist|lifeguard/i,
    ],
    [
      "health employers state DBS checks or professional registration",
      (e) => e.sectors.includes("29") || e.sectors.includes("31"),
      /DBS|PVG|AccessNI|registration|register/i,
    ],
    [
      "schools, colleges, universities and nurseries state DBS checks",
      (e) => /school|college|universit|nurser|careers guidance/i.test(e.industry),
      /DBS|PVG|AccessNI/,
    ],
    [
      "police, prisons, fire, defence, intelligence and government state their rules",
      (e) => /police|prison|fire|defence|gchq|mi5|civil service|government|border/i.test(e.name),
      /vetting|clearance|nationality|BPSS|fitness|Disclosure|PVG/i,
    ],
    ["employers of drivers and pilots state the licence", (e) => /driver|pilot/i.test(e.hiresFor), /licen[cs]e/i],
  ];
  it.each(RULES)("%s", (_label, applies, wording) => {
    const employers = needing(applies);
    expect(employers.length).toBeGreaterThan(0);
    for (const e of employers) expect(e.eligibility ?? "", e.name).toMatch(wording);
  });
});

describe("parseSectorEmployers (build-time validation)", () => {
  const valid = SECTOR_EMPLOYERS[0]!;
  const withChange = (change: Record<string, unknown>) => ({ ...valid, name: "Changed employer", ...change });

  it.each([
    ["a home page", { careersUrl: "https://www.example.com/" }, /careers page or careers site/],
    ["an http link", { careersUrl: "http://www.example.com/careers" }, /https/],
    ["an unknown region", { regions: ["atlantis"] }, /regions/],
    ["no region and not remote", { regions: [], remoteFriendly: false }, /remote-friendly/],
    ["an unknown SOC group", { sectors: ["55"] }, /sectors/],
    ["no sector", { sectors: [] }, /sectors/],
    ["a missing eligibility field (null when none)", { eligibility: undefined }, /eligibility/],
    ["a missing 'hires for' line", { hiresFor: undefined }, /hiresFor/],
  ])("fails for %s, naming the employer", (_label, change, message) => {
    expect(() => parseSectorEmployers([withChange(change)])).toThrow(/Changed employer/);
    expect(() => parseSectorEmployers([withChange(change)])).toThrow(message);
  });

  it("fails for an organisation listed twice, in any letter case", () => {
    expect(() => parseSectorEmployers([valid, { ...valid, name: valid.name.toUpperCase() }])).toThrow(/listed twice/);
  });

  it("accepts a remote-only employer with no sites", () => {
    expect(parseSectorEmployers([withChange({ regions: [], remoteFriendly: true })])).toHaveLength(1);
  });
});
