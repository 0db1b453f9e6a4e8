import { describe, expect, it } from "vitest";
import { UK_REGIONS } from "../../domain/regions";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectSalaryPage } from "./salary.data";
import { analyst, modelOf } from "./test-fixture";

describe("selectSalaryPage", () => {
  it("lists the current role first, then each pivot we hold, with UK-wide bands", () => {
    const page = selectSalaryPage(modelOf(analyst()));
    expect(page.rows).toEqual([
      { key: 1, label: "Data Analyst (now)", band: { p25: "£30,000", median: "£38,000", p75: "£46,000" } },
      { key: 2, label: "Data Engineer", band: { p25: "£45,000", median: "£55,000", p75: "£68,000" } },
      { key: 3, label: "Product Analyst", band: { p25: "£38,000", median: "£38,000", p75: "£50,000" } },
      { key: 4, label: "Analytics Manager", band: { p25: "£50,000", median: "£65,000", p75: "£80,000" } },
    ]);
    expect(page.sources.map((s) => `${s.title}: ${s.text}`)).toEqual([
      "Data Analyst: Survey A (2025)",
      "Data Engineer: Survey B (2025)",
      "Product Analyst: Survey A (2025)",
      "Analytics Manager: Survey A (2025)",
    ]);
  });

  it("scales the chart to whole £10k steps around every band and marks the current role", () => {
    const chart = selectSalaryPage(modelOf(analyst())).chart!;
    expect([chart.lo, chart.hi]).toEqual([30_000, 80_000]);
    expect(chart.ticks.map((t) => t.label)).toEqual(["£30k", "£40k", "£50k", "£60k", "£70k", "£80k"]);
    expect(chart.rows.map((r) => [r.label, r.current])).toEqual([
      ["Data Analyst (now)", true],
      ["Data Engineer", false],
      ["Product Analyst", false],
      ["Analytics Manager", false],
    ]);
  });

  it("gives the person's region's band where the source publishes one, else the catalogue's note", () => {
    const input = analyst();
    expect(selectSalaryPage(modelOf(input)).regional).toBe("UK-wide adverts only; no regional split yet.");
    input.occupation.content.salary!.regions = UK_REGIONS.map((r, i) => ({ region: r.id, p25: 30_000 + i * 1000, median: 40_000 + i * 1000, p75: 50_000 + i * 1000 }));
    for (const [i, { id, name }] of UK_REGIONS.entries()) {
      input.answers.goals.region = id;
      const page = selectSalaryPage(modelOf(input));
      expect(page.region).toBe(name);
      expect(page.regional).toBe(`Data Analyst adverts give £${30 + i},000–£${50 + i},000, median £${40 + i},000 (same source).`);
    }
  });

  it("says what is missing when the current role has no band", () => {
    const input = analyst();
    delete input.occupation.content.salary;
    const page = selectSalaryPage(modelOf(input));
    expect(page.regional).toBe("we hold no regional figures for these roles; the bands below are UK-wide.");
    expect(page.rows[0]!.band).toBeNull();
    expect(page.sources[0]!.text).toBe("no salary source held.");
    expect(page.chart!.rows.map((r) => r.current)).toEqual([false, false, false]);
  });

  it("has no chart without any band, and no rows for deleted targets", () => {
    const input = analyst();
    input.pivotTargets = [];
    delete input.occupation.content.salary;
    const page = selectSalaryPage(modelOf(input));
    expect(page.rows.map((r) => r.label)).toEqual(["Data Analyst (now)"]);
    expect(page.chart).toBeNull();
  });

  it("names the source's address and clips long chart labels", () => {
    const input = analyst();
    input.occupation.content.salary!.sourceUrl = "https://example.org/salaries";
    input.pivotTargets[0]!.title = "Senior Data Platform Engineering Specialist";
    const page = selectSalaryPage(modelOf(input));
    expect(page.sources[0]!.text).toBe("Survey A (2025) — https://example.org/salaries");
    expect(page.chart!.rows[1]!.label).toBe("Senior Data Platform…");
  });

  it("uses the samples' regions and the catalogue's bands", () => {
    const junior = selectSalaryPage(modelOf(juniorBackend()));
    expect(junior.region).toBe("London");
    expect(junior.regional).toBe(juniorBackend().occupation.content.salary!.regionalNote);
    expect(junior.rows.map((r) => r.label)).toEqual(["Backend Developer (now)", "Platform Engineer", "Cloud Architect", "Security Engineer"]);
    expect(junior.rows.every((r) => r.band !== null)).toBe(true);
    expect(selectSalaryPage(modelOf(leadDataScientist())).region).toBe("Scotland");
  });
});
