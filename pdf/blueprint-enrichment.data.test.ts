import { describe, expect, it } from "vitest";
import { entryRoutesFor } from "../domain/learning-library";
import { employersFor, reachOf } from "../domain/sector-employers";
// pdf/ never reads db/seed (lint); the fixture hands the real library and directory over.
import { importedParalegal, LEARNING_LIBRARY, SECTOR_EMPLOYERS } from "../tests/support/imported-fixture";
import { enrichBlueprintInput, mergeResources, sectorEmployersFor, skillsToStudy, titleStems, toEmployer } from "./blueprint-enrichment";
import { sortForRegion } from "./employer-order";
import { juniorBackend } from "./sample-input";

const byId = (input: ReturnType<typeof importedParalegal>, id: number) => input.pivotTargets.find((t) => t.id === id)!;

describe("enrichBlueprintInput: imported roles", () => {
  const input = importedParalegal();

  it("gives each imported role its sector's typical UK employers, sorted for the buyer's region, with careers link, eligibility and who they hire", () => {
    for (const role of [input.occupation, byId(input, 102), byId(input, 103)]) {
      const group = role.socCode!.slice(0, 2);
      const expected = sectorEmployersFor(SECTOR_EMPLOYERS, group as "23", "scotland", role.pluralTitle);
      expect(role.content.employers!.map((e) => e.name)).toEqual(expected.map((e) => e.name));
      // The buyer's order is the directory's: region, across the UK, remote-friendly, nearby.
      const order = employersFor(SECTOR_EMPLOYERS, { socMajorGroup: group as "23", region: "scotland" }).map((e) => e.name);
      const positions = expected.map((e) => order.indexOf(e.name));
      const reach = (i: number) =>
        reachOf(
          SECTOR_EMPLOYERS.find((e) => e.name === order[i])!,
          "scotland",
        );
      const rank = { "in-region": 0, nationwide: 1, remote: 2, nearby: 3, elsewhere: 4 } as const;
      expect(positions.map((i) => rank[reach(i)])).toEqual([...positions.map((i) => rank[reach(i)])].sort((a, b) => a - b));
      expect(role.content.employers!.length).toBeGreaterThanOrEqual(5);
      expect(role.employerSector?.code).toBe(group);
      for (const e of role.content.employers!) {
        expect(e.careersUrl).toMatch(/^https:\/\//);
        expect(e.hiresFor).toBeTruthy();
      }
      // The page and the plan re-sort with sortForRegion: the order is already theirs.
      expect(sortForRegion(role.content.employers!, "scotland").map((e) => e.name)).toEqual(role.content.employers!.map((e) => e.name));
    }
    expect(input.occupation.content.employers![0]!.regions).toContain("scotland");
  });

  it("keeps a curated role's own employers and marks no sector", () => {
    const curated = byId(input, 2);
    expect(curated.content.employers!.map((e) => e.name)).toEqual(Array.from({ length: 6 }, (_, i) => `Engineer Employer ${i + 1}`));
    expect(curated.employerSector).toBeNull();
  });

  it("gives every role library resources for the buyer's skills in it, each title once, a curated role's own list first", () => {
    for (const role of [input.occupation, ...input.pivotTargets]) {
      const titles = role.content.learningResources!.map((r) => r.title.toLowerCase());
      expect(titles.length).toBeGreaterThan(0);
      expect(new Set(titles).size).toBe(titles.length);
      for (const r of role.content.learningResources!) {
        expect(r.url).toMatch(/^https:\/\//);
        expect(r.approxHours).toBeGreaterThan(0);
        expect(r.approxCostGbp).toBeGreaterThanOrEqual(0);
      }
    }
    expect(byId(input, 2).content.learningResources![0]!.title).toBe("dbt Fundamentals");
  });

  it("adds the entry routes of the target's sector only for a move into another SOC major group", () => {
    expect(byId(input, 102).entryRoutes).toEqual([]);
    expect(input.occupation.entryRoutes).toEqual([]);
    const routes = byId(input, 103).entryRoutes!;
    expect(routes.map((r) => r.title)).toEqual(
      entryRoutesFor(LEARNING_LIBRARY, "13")
        .slice(0, 3)
        .map((r) => r.title),
    );
    expect(routes.length).toBeGreaterThan(0);
  });

  it("keeps, among a sector's employers, those that hire for the role's own work first", () => {
    const drivers = sectorEmployersFor(SECTOR_EMPLOYERS, "53", "wales", "Heavy and Tractor-Trailer Truck Drivers");
    expect(titleStems("Heavy and Tractor-Trailer Truck Drivers")).toEqual(["heavy", "tractor", "trailer", "truck", "driver"]);
    const relevant = drivers.filter((e) => /driver|truck|heavy/i.test(e.hiresFor));
    expect(relevant.length).toBeGreaterThanOrEqual(8);
    // Among employers at the same reach, a driver's list leads with those that hire drivers.
    const inWales = drivers.filter((e) => e.regions !== "nationwide" && e.regions.includes("wales"));
    const firstIrrelevant = inWales.findIndex((e) => !/driver|truck|heavy/i.test(e.hiresFor));
    if (firstIrrelevant >= 0) expect(inWales.slice(firstIrrelevant).every((e) => !/driver|truck|heavy/i.test(e.hiresFor))).toBe(true);
  });

  it("puts nationwide employers after the buyer's region and before remote-only ones, as the directory does", () => {
    const nationwide = SECTOR_EMPLOYERS.find((e) => e.regions === "nationwide")!;
    expect(toEmployer(nationwide)).toMatchObject({ nationwide: true, regions: [] });
  });
});

describe("enrichBlueprintInput: curated roles", () => {
  it("appends library resources after the role's own list and changes nothing else", () => {
    const input = juniorBackend();
    const enriched = enrichBlueprintInput(input, { library: LEARNING_LIBRARY, employers: SECTOR_EMPLOYERS });
    const own = input.occupation.content.learningResources!;
    const after = enriched.occupation.content.learningResources!;
    expect(after.slice(0, own.length)).toEqual(own);
    expect(after.length).toBeGreaterThanOrEqual(own.length);
    expect(enriched.occupation.content.employers).toEqual(input.occupation.content.employers);
    expect(enriched.occupation.content.salary).toEqual(input.occupation.content.salary);
  });

  it("dedupes by title whatever the case or spacing, and studies the buyer's gaps first", () => {
    const r = (title: string) => ({
      title,
      provider: "P",
      kind: "course" as const,
      skills: ["Writing"],
      approxHours: 1,
      approxCostGbp: 0,
      url: "https://example.org",
    });
    expect(mergeResources([r("Writing Well")], [r("writing  well"), r("Other")]).map((x) => x.title)).toEqual(["Writing Well", "Other"]);
    const skills = [
      { skill: "A", importance: 50, level: 3 },
      { skill: "B", importance: 90, level: 2 },
      { skill: "C", importance: 80, level: 4 },
    ];
    const levels: Record<string, number> = { A: 1, B: 2, C: 2 };
    expect(skillsToStudy({ skills }, (s) => levels[s]!).map((s) => s.skill)).toEqual(["C", "A", "B"]);
  });
});
