import { describe, expect, it } from "vitest";
import type { Employer } from "../../domain/occupation-content";
import type { BlueprintInput } from "../blueprint-input";
import { juniorBackend, leadDataScientist, sampleInput } from "../sample-input";
import { linkText, selectEmployersPage, sortForRegion, trackerGoal } from "./employers.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

const at = (name: string, regions: string[], extra: Partial<Employer> = {}): Employer => ({
  name,
  sector: "Retail",
  location: "Somewhere",
  regions,
  remote: false,
  careersUrl: `https://example.org/${name.toLowerCase().replace(/\W+/g, "-")}/careers`,
  eligibility: null,
  ...extra,
});

const buyerIn = (slug: string, region: string): BlueprintInput =>
  sampleInput({
    slug,
    email: null,
    paidAt: "2026-11-30T09:00:00Z",
    experience: { years: 6, seniority: "mid" },
    shares: [10, 10, 10, 20, 10, 20, 10, 10],
    ratings: [3, 3, 4, 3, 3, 4, 2, 3],
    goals: { goal: "adjacent", hoursPerWeek: 6, region },
  });

describe("sortForRegion", () => {
  const list = [
    at("Leeds Co", ["yorkshire"]),
    at("Remote Co", [], { remote: true }),
    at("Bristol Co", ["south-west"]),
    at("Cardiff Co", ["wales"]),
    at("Glasgow Co", ["scotland"]),
  ];

  it("puts the buyer's region first, then remote-friendly, then neighbours nearest first, then the rest in catalogue order", () => {
    expect(sortForRegion(list, "wales").map((e) => e.name)).toEqual(["Cardiff Co", "Remote Co", "Bristol Co", "Leeds Co", "Glasgow Co"]);
    expect(sortForRegion(list, "north-east").map((e) => e.name)).toEqual([
      "Remote Co",
      "Leeds Co",
      "Glasgow Co",
      "Bristol Co",
      "Cardiff Co",
    ]);
  });

  it("keeps content stored before employers had regions in catalogue order", () => {
    const old = [
      { name: "A", sector: "x", location: "y" },
      { name: "B", sector: "x", location: "y" },
    ];
    expect(sortForRegion(old, "london").map((e) => e.name)).toEqual(["A", "B"]);
  });
});

describe("selectEmployersPage", () => {
  it("gives each pivot a column of at most six employers, says why each sits where it does, and carries the careers link", () => {
    const input = analyst();
    input.pivotTargets[0]!.content.employers = [
      at("Leeds Co", ["yorkshire"]),
      at("Remote Co", [], { remote: true }),
      at("Kent Co", ["south-east"], { eligibility: "Most posts need SC security clearance." }),
      at("London Co", ["london"]),
      ...Array.from({ length: 4 }, (_, i) => at(`Far Co ${i + 1}`, ["scotland"])),
    ];
    const page = selectEmployersPage(modelOf(input));
    const column = page.columns.find((c) => c.targetId === 2)!;
    expect(column.employers.map((e) => [e.name, e.where])).toEqual([
      ["London Co", "In London"],
      ["Remote Co", "Remote-friendly"],
      ["Kent Co", "Nearby: South East"],
      ["Leeds Co", "Elsewhere in the UK"],
      ["Far Co 1", "Elsewhere in the UK"],
      ["Far Co 2", "Elsewhere in the UK"],
    ]);
    expect(column.note).toBeNull();
    expect(column.employers[2]).toMatchObject({
      eligibility: "Most posts need SC security clearance.",
      url: "https://example.org/kent-co/careers",
      linkText: "example.org/kent-co/careers",
    });
    expect(page.intro).toContain("typical employers for these roles, named from public job adverts, not live vacancies");
  });

  it("says so when no employer on a list is in the buyer's region", () => {
    const input = analyst();
    input.answers.goals.region = "northern-ireland";
    input.pivotTargets[0]!.content.employers = [at("Leeds Co", ["yorkshire"]), at("Glasgow Co", ["scotland"])];
    const column = selectEmployersPage(modelOf(input)).columns.find((c) => c.targetId === 2)!;
    expect(column.employers.map((e) => e.name)).toEqual(["Glasgow Co", "Leeds Co"]);
    expect(column.note).toBe(
      "None of the Data Engineer employers we list has a site in Northern Ireland; remote-friendly and nearby ones first.",
    );
  });

  it("names the first pivot and the plan's project in the advice; leaves out deleted targets", () => {
    expect(selectEmployersPage(modelOf(analyst()))).toMatchObject({ projectTitle: expect.any(String) });
    const deleted = analyst();
    deleted.pivotTargets = deleted.pivotTargets.slice(1);
    expect(
      selectEmployersPage(modelOf(deleted))
        .columns.map((c) => c.targetId)
        .sort(),
    ).toEqual([3, 4]);
    const none = selectEmployersPage(modelOf(withPivots(analyst(), [])));
    expect([none.columns, none.firstTitle]).toEqual([[], "Data Analyst"]);
  });

  it("clips names and places longer than a column holds, as the schema allows", () => {
    const input = analyst();
    input.pivotTargets[0]!.content.employers = [
      at("The Northern Regional Health and Social Care Data and Analytics Partnership", ["london"], {
        location: "Newcastle upon Tyne, Middlesbrough, Sunderland and Darlington",
      }),
    ];
    const e = selectEmployersPage(modelOf(input)).columns.find((c) => c.targetId === 2)!.employers[0]!;
    expect(e.name.length).toBeLessThanOrEqual(48);
    expect(e.name.startsWith("The Northern Regional Health and Social Care")).toBe(true);
    expect(e.location.length).toBeLessThanOrEqual(44);
  });

  it("prints a short form of a careers address, or the host when the address is too long for a column", () => {
    expect(linkText("https://www.starlingbank.com/careers/")).toBe("starlingbank.com/careers");
    expect(linkText("https://www.gov.uk/government/organisations/government-digital-service/about/recruitment")).toBe("gov.uk (careers)");
  });
});

describe("selectEmployersPage with the curated catalogue", () => {
  it("a London buyer sees London employers first in every column, each with a careers link", () => {
    const page = selectEmployersPage(modelOf(juniorBackend()));
    expect(page.columns).toHaveLength(3);
    for (const column of page.columns) {
      expect(column.employers.length).toBeGreaterThanOrEqual(5);
      expect(column.employers[0]!.where).toBe("In London");
      const firstNonLocal = column.employers.findIndex((e) => !e.local);
      if (firstNonLocal >= 0) expect(column.employers.slice(firstNonLocal).every((e) => !e.local)).toBe(true);
      for (const e of column.employers) expect(e.url).toMatch(/^https:\/\//);
      expect(column.note).toBeNull();
    }
  });

  it("a Scotland buyer sees Scottish employers first", () => {
    const page = selectEmployersPage(modelOf(leadDataScientist()));
    expect(page.region).toBe("Scotland");
    for (const column of page.columns) expect(column.employers[0]!.where).toBe("In Scotland");
  });

  it("a Wales buyer sees an employer in Wales first where the list has one, and is told when it has none", () => {
    const page = selectEmployersPage(modelOf(buyerIn("backend-developer", "wales")));
    for (const column of page.columns) {
      if (column.note === null) expect(column.employers[0]!.where).toBe("In Wales");
      else expect(column.note).toContain("has a site in Wales");
    }
    expect(page.columns.some((c) => c.employers[0]!.where === "In Wales")).toBe(true);
  });

  it("names GCHQ's nationality and vetting rules wherever it is listed", () => {
    const page = selectEmployersPage(modelOf(buyerIn("backend-developer", "south-west")));
    const security = page.columns.find((c) => c.title === "Security Engineer");
    const gchq = security?.employers.find((e) => e.name === "GCHQ");
    if (security) expect(gchq?.eligibility).toBe("British citizens only (dual nationals may apply); all need Developed Vetting (DV).");
  });
});

describe("the tracker's aim", () => {
  it("counts the plan's own apply steps, so page 14 never promises more applications than the plan holds", () => {
    expect(trackerGoal(["Monzo", "Skyscanner"])).toBe(
      "Aim for the day-90 milestone: two named employers (Monzo, Skyscanner) approached with your project in hand.",
    );
    expect(trackerGoal(["Monzo"])).toContain("one named employer (Monzo)");
    expect(trackerGoal([])).not.toMatch(/\d|named employers/);
  });

  it("matches the plan for the samples: applications for a mover, none for a buyer staying put", () => {
    const mover = modelOf(leadDataScientist());
    expect(mover.plan.applications.length).toBeGreaterThan(0);
    const goal = selectEmployersPage(mover).trackerGoal;
    for (const employer of mover.plan.applications) expect(goal).toContain(employer);
    // Applied to in the order page 14 lists them for the buyer's region (Scotland first).
    const listed = selectEmployersPage(mover).columns.flatMap((c) => c.employers.map((e) => e.name));
    expect(listed.indexOf(mover.plan.applications[0]!)).toBeGreaterThanOrEqual(0);

    const stayer = modelOf(juniorBackend());
    expect(stayer.plan.applications).toEqual([]);
    expect(selectEmployersPage(stayer).trackerGoal).toContain("keeps you in your role");
  });
});
