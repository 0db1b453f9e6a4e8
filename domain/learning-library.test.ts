import { describe, expect, it } from "vitest";
import { suits, teaches } from "./blueprint-resources";
import {
  entryRoutesFor,
  levelForRating,
  majorGroupOf,
  planCandidates,
  resourcesFor,
  skillKey,
  teachesSkill,
  toPlanResource,
  type LibraryResource,
} from "./learning-library";

const res = (id: string, over: Partial<LibraryResource> = {}): LibraryResource => ({
  id,
  title: `Title ${id}`,
  provider: "Provider",
  format: "course",
  level: "intro",
  hours: 10,
  costGbp: 0,
  url: `https://example.org/${id}`,
  skills: ["Writing"],
  sectors: [],
  ...over,
});

const ids = (list: readonly LibraryResource[]) => list.map((r) => r.id);

describe("teachesSkill", () => {
  it("counts the main subject, and a side subject of anything but a certification", () => {
    expect(teachesSkill(res("a", { skills: ["Writing", "Speaking"] }), "Writing")).toBe(true);
    expect(teachesSkill(res("a", { skills: ["Writing", "Speaking"] }), "Speaking")).toBe(true);
    expect(teachesSkill(res("a", { skills: ["Writing", "Speaking"], format: "certification" }), "Speaking")).toBe(false);
    expect(teachesSkill(res("a", { skills: ["Writing"] }), "Mathematics")).toBe(false);
  });

  it("matches the research data's spelling (underscores, case, spaces)", () => {
    expect(skillKey("Active_Learning ")).toBe("active learning");
    expect(teachesSkill(res("a", { skills: ["Active Learning"] }), "active_learning")).toBe(true);
  });
});

describe("levelForRating", () => {
  it.each([
    [1, "intro"],
    [2, "intro"],
    [3, "intermediate"],
    [4, "advanced"],
    [5, "advanced"],
  ] as const)("self-rating %i wants %s material", (rating, level) => {
    expect(levelForRating(rating)).toBe(level);
  });
});

describe("majorGroupOf", () => {
  it("reads the two-digit SOC major group of an O*NET-SOC code", () => {
    expect(majorGroupOf("29-1141.00")).toBe("29");
    expect(majorGroupOf("47-2111")).toBe("47");
    expect(majorGroupOf("55-1011.00")).toBeNull();
    expect(majorGroupOf(undefined)).toBeNull();
  });
});

describe("resourcesFor", () => {
  it("returns only resources that teach the skill", () => {
    const library = [
      res("w"),
      res("m", { skills: ["Mathematics"] }),
      res("cert", { skills: ["Speaking", "Writing"], format: "certification" }),
    ];
    expect(ids(resourcesFor(library, { skill: "Writing" }))).toEqual(["w"]);
  });

  it("puts the wanted level first, an adjacent level next, and leaves out material two levels away", () => {
    const library = [res("adv", { level: "advanced" }), res("mid", { level: "intermediate" }), res("intro", { level: "intro" })];
    expect(ids(resourcesFor(library, { skill: "Writing", level: "intro" }))).toEqual(["intro", "mid"]);
    expect(ids(resourcesFor(library, { skill: "Writing", level: "advanced" }))).toEqual(["adv", "mid"]);
    expect(ids(resourcesFor(library, { skill: "Writing", level: "intermediate" }))).toEqual(["mid", "adv", "intro"]);
  });

  it("leaves out what does not fit the hours budget", () => {
    const library = [res("long", { hours: 40 }), res("short", { hours: 8 }), res("exact", { hours: 12 })];
    expect(ids(resourcesFor(library, { skill: "Writing", hoursBudget: 12 }))).toEqual(["short", "exact"]);
  });

  it("ranks the skill as main subject before a side subject, even at an adjacent level", () => {
    const library = [
      res("side", { skills: ["Speaking", "Writing"] }),
      res("main", { skills: ["Writing"], hours: 50, costGbp: 100, level: "intermediate" }),
    ];
    expect(ids(resourcesFor(library, { skill: "Writing" }))).toEqual(["main", "side"]);
    expect(ids(resourcesFor(library, { skill: "Writing", level: "intro" }))).toEqual(["main", "side"]);
  });

  it("leaves a sector's careers pages to entryRoutesFor", () => {
    const library = [
      res("careers-page", { format: "guide", sectors: ["29"] }),
      res("course", { sectors: ["29"] }),
      res("general-guide", { format: "guide" }),
    ];
    expect(ids(resourcesFor(library, { skill: "Writing", sector: "29" }))).toEqual(["course", "general-guide"]);
    expect(ids(entryRoutesFor(library, "29"))).toEqual(["careers-page", "course"]);
  });

  it("leaves out another sector's entry route and puts this sector's first", () => {
    const library = [res("general"), res("nursing", { sectors: ["29"] }), res("law", { sectors: ["23"] })];
    expect(ids(resourcesFor(library, { skill: "Writing", sector: "29" }))).toEqual(["nursing", "general"]);
    expect(ids(resourcesFor(library, { skill: "Writing", sector: "47" }))).toEqual(["general"]);
  });

  it("with no sector given, keeps every route but puts general learning first", () => {
    const library = [res("law", { sectors: ["23"] }), res("general", { hours: 30 })];
    expect(ids(resourcesFor(library, { skill: "Writing" }))).toEqual(["general", "law"]);
  });

  it("puts free before paid, then shorter before longer, then orders by id", () => {
    const library = [
      res("paid", { costGbp: 20, hours: 2 }),
      res("b-long", { hours: 30 }),
      res("b-short", { hours: 5 }),
      res("a-short", { hours: 5 }),
    ];
    expect(ids(resourcesFor(library, { skill: "Writing" }))).toEqual(["a-short", "b-short", "b-long", "paid"]);
  });
});

describe("entryRoutesFor", () => {
  it("lists a sector's routes, easiest first", () => {
    const library = [
      res("adv", { sectors: ["23"], level: "advanced" }),
      res("other", { sectors: ["29"] }),
      res("intro", { sectors: ["23"], hours: 50 }),
      res("none"),
    ];
    expect(ids(entryRoutesFor(library, "23"))).toEqual(["intro", "adv"]);
  });
});

describe("planCandidates", () => {
  it("gives each gap its best few at the buyer's next level, in gap order, each resource once", () => {
    const library = [
      res("w1", { skills: ["Writing", "Speaking"] }),
      res("w2"),
      res("w3", { hours: 20 }),
      res("s1", { skills: ["Speaking"], level: "intermediate" }),
      res("s-adv", { skills: ["Speaking"], level: "advanced" }),
    ];
    const gaps = [
      { skill: "Writing", yourLevel: 1 },
      { skill: "Speaking", yourLevel: 3 },
    ];
    // w1 is Writing's best and also teaches Speaking: named once, under the first gap.
    expect(ids(planCandidates(library, gaps, null, 2))).toEqual(["w1", "w2", "s1", "s-adv"]);
    expect(ids(planCandidates(library, [gaps[0]!, gaps[0]!], null, 5))).toEqual(["w1", "w2", "w3"]);
  });
});

describe("toPlanResource", () => {
  it("gives the plan engine its shape, and the engine's own rules accept it", () => {
    const apprenticeship = res("app", {
      format: "apprenticeship",
      level: "intro",
      skills: ["Writing", "Speaking"],
      hours: 300,
      costGbp: 0,
    });
    const plan = toPlanResource(apprenticeship);
    expect(plan).toMatchObject({
      title: "Title app",
      kind: "course",
      level: "foundation",
      approxHours: 300,
      approxCostGbp: 0,
      url: "https://example.org/app",
    });
    expect(teaches(plan, "Speaking")).toBe(true);
    expect(suits(plan, 1, "junior")).toBe(true);
    expect(suits(plan, 4, "mid")).toBe(false);
  });
});
