import { describe, expect, it } from "vitest";
import {
  blueprintContents,
  blueprintSale,
  curatedBlueprintReady,
  MIN_BLUEPRINT_EMPLOYERS,
  offSaleExplanation,
  OFF_SALE_REASONS,
  type BlueprintSaleFacts,
} from "./blueprint-availability";

const employers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Employer ${i}` }));
const complete = {
  salary: { median: 65_000, source: "ITJobsWatch, permanent UK job adverts" },
  employers: employers(MIN_BLUEPRINT_EMPLOYERS),
  learningResources: [{ title: "AWS Certified Developer – Associate" }],
};

describe("curatedBlueprintReady", () => {
  it("is ready when salary, five employers and a learning resource are there", () => {
    expect(curatedBlueprintReady(complete)).toBe(true);
  });

  it.each([
    ["no content at all", {}],
    ["no salary band", { ...complete, salary: undefined }],
    ["a salary band without a source", { ...complete, salary: { median: 65_000, source: "" } }],
    ["four employers", { ...complete, employers: employers(MIN_BLUEPRINT_EMPLOYERS - 1) }],
    ["no learning resources", { ...complete, learningResources: [] }],
  ])("is not ready with %s", (_, content) => {
    expect(curatedBlueprintReady(content)).toBe(false);
  });

  it("is not ready for a missing occupation content", () => {
    expect(curatedBlueprintReady(null)).toBe(false);
  });
});

const curated: BlueprintSaleFacts = {
  origin: "curated",
  onSale: true,
  content: complete,
  skills: [],
  sectorEmployers: 0,
  libraryTeaches: () => false,
};
const imported: BlueprintSaleFacts = {
  origin: "imported",
  onSale: true,
  content: {},
  skills: ["Critical Thinking", "Speaking"],
  sectorEmployers: MIN_BLUEPRINT_EMPLOYERS,
  libraryTeaches: () => true,
};

describe("blueprintSale", () => {
  it("sells a complete curated role as the curated edition, whatever the sector directory holds", () => {
    expect(blueprintSale(curated)).toEqual({ onSale: true, edition: "curated" });
  });

  it("keeps a curated role with incomplete checked content off sale", () => {
    expect(blueprintSale({ ...curated, content: { ...complete, salary: undefined } })).toEqual({
      onSale: false,
      reason: "curated-unchecked",
    });
  });

  it("sells an imported role with skills, sector employers and library resources as the imported edition", () => {
    expect(blueprintSale(imported)).toEqual({ onSale: true, edition: "imported" });
  });

  it.each([
    ["no skills, published or estimated", { skills: [] }, "no-skills"],
    ["four sector employers", { sectorEmployers: MIN_BLUEPRINT_EMPLOYERS - 1 }, "no-sector-employers"],
    ["a skill the library does not teach", { libraryTeaches: (s: string) => s !== "Speaking" }, "no-learning-resources"],
  ] as const)("keeps an imported role with %s off sale", (_, change, reason) => {
    expect(blueprintSale({ ...imported, ...change })).toEqual({ onSale: false, reason });
  });

  it("the staff switch takes either edition off sale, before any other reason", () => {
    expect(blueprintSale({ ...curated, onSale: false })).toEqual({ onSale: false, reason: "withdrawn" });
    expect(blueprintSale({ ...imported, onSale: false, skills: [] })).toEqual({ onSale: false, reason: "withdrawn" });
  });

  it("explains every reason in a sentence, never promising it for later", () => {
    for (const reason of OFF_SALE_REASONS) {
      expect(offSaleExplanation(reason)).toMatch(/^[A-Z].+\.$/);
      expect(offSaleExplanation(reason)).not.toMatch(/\byet\b.*available|coming soon/i);
    }
  });
});

describe("blueprintContents", () => {
  it("lists the curated edition's checked UK salary bands and named hiring employers", () => {
    const { items } = blueprintContents("curated");
    expect(items).toContain("UK salary bands for your role and each pivot");
    expect(items).toContain("Named UK employers hiring for those roles, and how to approach them");
  });

  it("tells an imported role's buyer where pay and employers come from, and claims no UK salary data or hiring employers", () => {
    const { items, summary } = blueprintContents("imported");
    const text = [summary, ...items].join("\n");
    expect(text).toContain("US BLS May 2021 medians, applied to the salary band you give us");
    expect(text).toContain("Typical UK employers of each path's sector, sorted by your region");
    expect(text).toContain("not live vacancies");
    expect(text).not.toMatch(/UK salary (bands|data)|named (UK )?employers|employers hiring/i);
  });

  it("gives both editions the same number of lines, one per part of the 15-page PDF", () => {
    expect(blueprintContents("imported").items).toHaveLength(blueprintContents("curated").items.length);
  });
});
