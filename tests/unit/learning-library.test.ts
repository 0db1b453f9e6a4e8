import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { LEARNING_LIBRARY, parseLearningLibrary } from "../../db/seed/learning-library";
import { LIBRARY_ENTRIES } from "../../db/seed/learning-library/index";
import { LEARNING_RESOURCES, SKILL_NAMES } from "../../db/seed/skills";
import { skillNameFromColumn } from "../../domain/catalogue-import";
import { entryRoutesFor, ONET_BASIC_SKILLS, resourcesFor, SOC_MAJOR_GROUP_CODES } from "../../domain/learning-library";

/** What a plan can use for the skill: it teaches it (main subject, or a side subject of a non-certificate), and it is not a sector's careers page. */
const teaching = (skill: string) => resourcesFor(LEARNING_LIBRARY, { skill });
const withChange = (change: (e: Record<string, unknown>) => void) => {
  const entries = LIBRARY_ENTRIES.map((e) => ({ ...e }) as Record<string, unknown>);
  change(entries[0]!);
  return entries;
};

describe("learning library coverage (issue 17)", () => {
  it.each(ONET_BASIC_SKILLS)("O*NET basic skill %s has at least 4 resources, over at least 2 levels and 2 formats", (skill) => {
    const list = teaching(skill);
    expect(list.length).toBeGreaterThanOrEqual(4);
    expect(new Set(list.map((r) => r.level)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(list.map((r) => r.format)).size).toBeGreaterThanOrEqual(2);
  });

  it.each(SKILL_NAMES)("curated skill %s has at least 3 resources", (skill) => {
    expect(teaching(skill).length).toBeGreaterThanOrEqual(3);
  });

  it.each(SOC_MAJOR_GROUP_CODES)("SOC major group %s has at least 3 entry routes", (group) => {
    expect(entryRoutesFor(LEARNING_LIBRARY, group).length).toBeGreaterThanOrEqual(3);
  });

  it("has unique ids and one link per resource, positive hours and no negative price", () => {
    expect(new Set(LEARNING_LIBRARY.map((r) => r.id)).size).toBe(LEARNING_LIBRARY.length);
    expect(new Set(LEARNING_LIBRARY.map((r) => r.url)).size).toBe(LEARNING_LIBRARY.length);
    expect(new Set(LEARNING_LIBRARY.map((r) => r.title)).size).toBe(LEARNING_LIBRARY.length);
    for (const r of LEARNING_LIBRARY) {
      expect(r.hours, r.id).toBeGreaterThan(0);
      expect(r.costGbp, r.id).toBeGreaterThanOrEqual(0);
    }
  });

  it("files every curated role's resource too, so the two lists cannot drift", () => {
    const urls = new Set(LEARNING_LIBRARY.map((r) => r.url));
    for (const r of Object.values(LEARNING_RESOURCES)) expect(urls.has(r.url), r.title).toBe(true);
  });

  it("answers a query for every skill a Blueprint can name, in every sector", () => {
    for (const skill of [...ONET_BASIC_SKILLS, ...SKILL_NAMES]) {
      for (const sector of SOC_MAJOR_GROUP_CODES)
        expect(resourcesFor(LEARNING_LIBRARY, { skill, sector }).length, `${skill} in ${sector}`).toBeGreaterThan(0);
    }
  });

  // The skill names must be the research data's own, or imported roles' gaps would find nothing.
  const csv = resolve(__dirname, "../../../shared/data/gpts-are-gpts/occupations_onet_basic_skills.csv");
  it.skipIf(!existsSync(csv))("names the same O*NET basic skills as the research data", () => {
    const header = readFileSync(csv, "utf8").split("\n", 1)[0]!.split(",");
    const skills = header.filter((c) => c.endsWith("_Importance")).map((c) => skillNameFromColumn(c.replace(/_Importance$/, "")));
    expect([...skills].sort()).toEqual([...ONET_BASIC_SKILLS].sort());
  });
});

describe("learning library choices", () => {
  it("offers someone new to maths in a non-technical role everyday numeracy first, within a small plan's hours, not a linear algebra series", () => {
    const fits = resourcesFor(LEARNING_LIBRARY, { skill: "Mathematics", level: "intro", sector: "13", hoursBudget: 15 });
    expect(fits.length).toBeGreaterThan(0);
    expect(fits[0]!.skills[0]).toBe("Mathematics");
    expect(fits[0]!.title).not.toMatch(/linear algebra/i);
  });
});

describe("learning library schema (load time)", () => {
  it.each([
    ["a missing url", (e: Record<string, unknown>) => delete e.url, /url/],
    ["a missing level", (e: Record<string, unknown>) => delete e.level, /level/],
    ["zero hours", (e: Record<string, unknown>) => (e.hours = 0), /hours/],
    ["a negative price", (e: Record<string, unknown>) => (e.costGbp = -5), /costGbp/],
    ["an http link", (e: Record<string, unknown>) => (e.url = "http://example.org/course"), /https/],
    ["an unknown skill", (e: Record<string, unknown>) => (e.skills = ["Juggling"]), /not an O\*NET basic skill or a curated skill/],
    ["an unknown sector", (e: Record<string, unknown>) => (e.sectors = ["55"]), /sectors/],
    ["a misspelt field", (e: Record<string, unknown>) => (e.hour = 3), /hour/],
    ["an id that is not kebab-case", (e: Record<string, unknown>) => (e.id = "Learning How"), /kebab-case/],
  ])("fails loading for %s, naming the entry", (_label, change, message) => {
    const entries = withChange(change);
    expect(() => parseLearningLibrary(entries)).toThrow(message);
    expect(() => parseLearningLibrary(entries)).toThrow(/Learning resource/);
  });

  it("fails loading when two entries share an id or a link", () => {
    const [first, second] = LIBRARY_ENTRIES;
    expect(() => parseLearningLibrary([first, { ...second, id: first!.id }])).toThrow(/appears twice/);
    expect(() => parseLearningLibrary([first, { ...second, url: first!.url }])).toThrow(/share the link/);
  });
});
