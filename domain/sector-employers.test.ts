import { describe, expect, it } from "vitest";
import { employersFor, reachOf, socMajorGroupOf, SOC_MAJOR_GROUP_CODES, type SectorEmployer } from "./sector-employers";

const employer = (name: string, change: Partial<SectorEmployer> = {}): SectorEmployer => ({
  name,
  sectors: ["29"],
  industry: "Health",
  location: "Somewhere",
  regions: ["london"],
  remoteFriendly: false,
  careersUrl: "https://example.org/careers",
  eligibility: null,
  hiresFor: "Nurses and doctors",
  ...change,
});

const directory = [
  employer("Far away", { regions: ["northern-ireland"] }),
  employer("Remote only elsewhere", { regions: ["scotland"], remoteFriendly: true }),
  employer("Nationwide", { regions: "nationwide" }),
  employer("Next door, second nearest", { regions: ["east"] }),
  employer("Local A", { regions: ["wales", "south-east"] }),
  employer("Other sector, local", { sectors: ["53"], regions: ["south-east"] }),
  employer("Next door, nearest", { regions: ["london"] }),
  employer("Local B", { regions: ["south-east"], remoteFriendly: true }),
];
const names = (list: SectorEmployer[]) => list.map((e) => e.name);

describe("employersFor", () => {
  it("puts the buyer's region first, then nationwide, remote-friendly, neighbouring regions nearest first, then the rest", () => {
    expect(names(employersFor(directory, { socMajorGroup: "29", region: "south-east" }))).toEqual([
      "Local A",
      "Local B",
      "Nationwide",
      "Remote only elsewhere",
      "Next door, nearest",
      "Next door, second nearest",
      "Far away",
    ]);
  });

  it("keeps only the sector's employers", () => {
    expect(names(employersFor(directory, { socMajorGroup: "53", region: "london" }))).toEqual(["Other sector, local"]);
    expect(employersFor(directory, { socMajorGroup: "11", region: "london" })).toEqual([]);
  });

  it("keeps the directory's order among equals, without a region too", () => {
    expect(names(employersFor(directory, { socMajorGroup: "29", region: null }))).toEqual([
      "Nationwide",
      "Remote only elsewhere",
      "Local B",
      "Far away",
      "Next door, second nearest",
      "Local A",
      "Next door, nearest",
    ]);
  });

  it("treats an unknown region as no region", () => {
    expect(employersFor(directory, { socMajorGroup: "29", region: "atlantis" })).toEqual(
      employersFor(directory, { socMajorGroup: "29", region: null }),
    );
  });

  it("cuts the list at the limit after sorting", () => {
    expect(names(employersFor(directory, { socMajorGroup: "29", region: "northern-ireland", limit: 2 }))).toEqual([
      "Far away",
      "Nationwide",
    ]);
    expect(employersFor(directory, { socMajorGroup: "29", region: "london", limit: 0 })).toEqual([]);
  });

  it("does not change the directory", () => {
    const before = names(directory);
    employersFor(directory, { socMajorGroup: "29", region: "scotland" });
    expect(names(directory)).toEqual(before);
  });
});

describe("reachOf", () => {
  it.each([
    ["Local A", "wales", "in-region"],
    ["Nationwide", "wales", "nationwide"],
    ["Local B", "wales", "remote"],
    ["Next door, nearest", "east", "nearby"],
    ["Far away", "london", "elsewhere"],
    ["Far away", null, "elsewhere"],
  ] as const)("%s seen from %s is %s", (name, region, reach) => {
    expect(
      reachOf(
        directory.find((e) => e.name === name)!,
        region,
      ),
    ).toBe(reach);
  });
});

describe("socMajorGroupOf", () => {
  it.each([
    ["29-1141.00", "29"],
    ["53-3032", "53"],
    [" 11-1011.03 ", "11"],
    ["55-1011.00", null],
    ["29", null],
    ["nurse", null],
  ])("%s → %s", (code, group) => {
    expect(socMajorGroupOf(code)).toBe(group);
  });

  it("knows the 22 major groups of SOC 2018 in the research data", () => {
    expect(SOC_MAJOR_GROUP_CODES).toHaveLength(22);
    expect(SOC_MAJOR_GROUP_CODES[0]).toBe("11");
    expect(SOC_MAJOR_GROUP_CODES.at(-1)).toBe("53");
  });
});
