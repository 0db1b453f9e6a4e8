import { describe, expect, it } from "vitest";
import { UK_REGIONS } from "../../domain/regions";
import { payPosition, SALARY_BANDS } from "../../domain/salary-bands";
import type { BlueprintInput } from "../blueprint-input";
import { juniorBackend, leadDataScientist, sampleInput } from "../sample-input";
import { selectSalaryPage } from "./salary.data";
import { analyst, modelOf } from "./test-fixture";

const withBand = (input: BlueprintInput, salaryBand: (typeof SALARY_BANDS)[number]["id"] | undefined) => {
  input.answers.goals = { ...input.answers.goals, salaryBand };
  if (salaryBand === undefined) delete input.answers.goals.salaryBand;
  return input;
};

/** A Welsh buyer: the catalogue holds no Welsh salary figures for any role. */
const welshSecurityEngineer = (): BlueprintInput =>
  sampleInput({
    slug: "security-engineer",
    email: null,
    paidAt: "2026-11-30T09:00:00Z",
    experience: { years: 6, seniority: "mid" },
    shares: [10, 10, 10, 20, 10, 20, 10, 10],
    ratings: [3, 3, 4, 3, 3, 4, 2, 3],
    goals: { goal: "adjacent", hoursPerWeek: 6, region: "wales" },
  });

describe("selectSalaryPage: rows, chart and sources", () => {
  it("lists the current role first, then each pivot we hold, with UK-wide bands and the gap to the role's typical salary", () => {
    const page = selectSalaryPage(modelOf(analyst()));
    // Pivot order is the plan engine's (it follows the buyer's goal); the current role always comes first.
    expect(page.rows[0]!.key).toBe(1);
    expect([...page.rows].sort((a, b) => a.key - b.key)).toEqual([
      {
        key: 1,
        label: "Data Analyst (now)",
        scope: "UK-wide",
        band: { p25: "£30,000", median: "£38,000", p75: "£46,000" },
        versus: "the typical salary",
      },
      {
        key: 2,
        label: "Data Engineer",
        scope: "UK-wide",
        band: { p25: "£45,000", median: "£55,000", p75: "£68,000" },
        versus: "median £17,000 more than your role's",
      },
      {
        key: 3,
        label: "Product Analyst",
        scope: "UK-wide",
        band: { p25: "£38,000", median: "£38,000", p75: "£50,000" },
        versus: "same median as your role's",
      },
      {
        key: 4,
        label: "Analytics Manager",
        scope: "UK-wide",
        band: { p25: "£50,000", median: "£65,000", p75: "£80,000" },
        versus: "median £27,000 more than your role's",
      },
    ]);
    expect(page.sources.map((s) => `${s.title}: ${s.text}`).sort()).toEqual([
      "Analytics Manager: Survey A, 2025.",
      "Data Analyst: Survey A, 2025.",
      "Data Engineer: Survey B, 2025.",
      "Product Analyst: Survey A, 2025.",
    ]);
  });

  it("scales the chart to whole £10k steps around every band and marks the current role", () => {
    const chart = selectSalaryPage(modelOf(analyst())).chart!;
    expect([chart.lo, chart.hi]).toEqual([30_000, 80_000]);
    expect(chart.ticks.map((t) => t.label)).toEqual(["£30k", "£40k", "£50k", "£60k", "£70k", "£80k"]);
    expect(chart.rows[0]).toMatchObject({ label: "Data Analyst (now)", current: true, you: false });
    expect(
      chart.rows
        .slice(1)
        .map((r) => [r.label, r.current, r.you])
        .sort(),
    ).toEqual([
      ["Analytics Manager", false, false],
      ["Data Engineer", false, false],
      ["Product Analyst", false, false],
    ]);
  });

  it("says what is missing when the current role has no band, and has no chart without any band", () => {
    const input = analyst();
    delete input.occupation.content.salary;
    const page = selectSalaryPage(modelOf(input));
    expect(page.regional).toBe("We hold no salary figures for Data Analyst, for London or UK-wide.");
    expect(page.you).toBe("You did not give your salary, and we hold no salary band for Data Analyst yet.");
    expect(page.rows[0]!.band).toBeNull();
    expect(page.rows[1]!.versus).toBe("no band for your role");
    expect(page.sources[0]!.text).toBe("no salary source held.");
    input.pivotTargets = [];
    expect(selectSalaryPage(modelOf(input)).chart).toBeNull();
  });

  it("prints each source's period, sample, rounding and page address; dates the figures against the catalogue review", () => {
    const input = analyst();
    Object.assign(input.occupation.content.salary!, {
      sourceUrl: "https://example.org/salaries/data-analyst",
      period: "6 months to October 2025",
      reviewedOn: "2026-11-01",
      roundedTo: 2500,
      sampleSize: 120,
    });
    const page = selectSalaryPage(modelOf(input));
    expect(page.sources[0]).toEqual({
      key: "1",
      title: "Data Analyst",
      text: "Survey A, 6 months to October 2025, 120 advertised salaries; rounded by us to the nearest £2,500.",
      url: "https://example.org/salaries/data-analyst",
    });
    expect(page.dating).toBe(
      "The latest figures in our catalogue at its review on 1 November 2026. Some date from 2025; pay may have moved since. The source updates daily: follow a link for today's figures. Advertised pay is not agreed pay.",
    );
  });
});

describe("selectSalaryPage: the buyer's own pay", () => {
  it("never calls the role's median the buyer's salary when they gave none: it is the typical (median) salary, and seniority is said", () => {
    const page = selectSalaryPage(modelOf(withBand(juniorBackend(), undefined)));
    expect(page.you).toContain(
      "You did not give your salary, so this page compares each role with the typical (median) salary for Backend Developer: £80,000 in London and £67,500 UK-wide, each role set against the figure on its own basis",
    );
    expect(page.you).toContain(
      "The source does not split pay by seniority; at your level (junior), expect pay nearer the lower quartile of the band.",
    );
    expect(page.you).not.toMatch(/your current salary|your salary is/i);
    expect(page.chart!.rows.some((r) => r.you)).toBe(false);
  });

  it("places a London junior's band against London Backend Developer adverts and each target's median against that band", () => {
    const page = selectSalaryPage(modelOf(withBand(juniorBackend(), "45-55k")));
    expect(page.you).toBe(
      "You told us you earn £45,000 to £55,000 a year. Backend Developer adverts in London pay £67,500 to £90,000 for the middle half, median £80,000: your pay is below the lower quartile: most adverts for the role pay more than you earn now, so there is room to grow in your current role as well as by moving.",
    );
    expect(page.rows[0]).toMatchObject({ label: "Backend Developer (now)", scope: "London", versus: "you: below its 25th" });
    // Targets without a London figure stay UK-wide and say so; their median is set against the band, not the role's median.
    for (const row of page.rows.slice(1)) {
      expect(row.scope).toBe("UK-wide");
      expect(row.versus).toMatch(/^median (£[\d,]+ above|£[\d,]+ below|within) your band$/);
    }
    expect(page.chart!.rows[0]).toMatchObject({ label: "You (your band)", p25: 45_000, p75: 55_000, median: null, you: true });
    expect(page.sources[0]).toMatchObject({
      title: "Backend Developer, London",
      url: "https://www.itjobswatch.co.uk/jobs/london/backend%20developer.do",
    });
    expect(page.sources[0]!.text).toBe(
      "ITJobsWatch, permanent UK job adverts for 'Backend Developer', 6 months to 21 November 2025, 41 advertised salaries; as published.",
    );
  });

  it("a Scotland buyer gets UK-wide figures, said plainly, and a band above the role's upper quartile is named as such", () => {
    const page = selectSalaryPage(modelOf(withBand(leadDataScientist(), "100k-plus")));
    expect(page.region).toBe("Scotland");
    expect(page.regional.startsWith("We hold no Scotland figures for these roles: the bands are UK-wide.")).toBe(true);
    expect(page.rows.every((r) => r.scope === "UK-wide")).toBe(true);
    expect(page.you).toContain(
      "Data Scientist adverts across the UK pay £50,000 to £80,000 for the middle half, median £65,000: your pay is above the upper quartile",
    );
  });

  it("a Wales buyer is told the figures are UK-wide, with the source's outside-London median where it has one", () => {
    const input = welshSecurityEngineer();
    const page = selectSalaryPage(modelOf(input));
    expect(page.region).toBe("Wales");
    expect(page.regional).toContain("We hold no Wales figures for these roles: the bands are UK-wide.");
    input.occupation.content.salary!.outsideLondonMedian = 60_000;
    expect(selectSalaryPage(modelOf(input)).regional).toContain(
      "Outside London, Security Engineer adverts have a median of £60,000 (same source).",
    );
    // A London buyer is not shown the outside-London figure.
    input.answers.goals.region = "london";
    expect(selectSalaryPage(modelOf(input)).regional).not.toContain("Outside London");
  });

  it("uses a region's band wherever the source publishes one, for every region", () => {
    const input = analyst();
    input.occupation.content.salary!.regions = UK_REGIONS.map((r, i) => ({
      region: r.id,
      p25: 30_000 + i * 1000,
      median: 40_000 + i * 1000,
      p75: 50_000 + i * 1000,
      sourceUrl: `https://example.org/${r.id}`,
      period: "6 months to May 2026",
    }));
    for (const [i, { id, name }] of UK_REGIONS.entries()) {
      input.answers.goals.region = id;
      const page = selectSalaryPage(modelOf(input));
      expect(page.rows[0]).toMatchObject({ scope: name, band: { median: `£${40 + i},000` } });
      expect(page.sources[0]).toMatchObject({ title: `Data Analyst, ${name}`, url: `https://example.org/${id}` });
      expect(page.regional).toContain(`Data Analyst figures are for ${name}; roles without a ${name} figure are UK-wide.`);
    }
  });
});

describe("selectSalaryPage with every curated role in every region", () => {
  it("never shortens the catalogue's own regional wording, and always says whether figures are regional or UK-wide", () => {
    for (const slug of [
      "backend-developer",
      "cloud-architect",
      "data-engineer",
      "data-scientist",
      "engineering-manager",
      "frontend-developer",
      "machine-learning-engineer",
      "platform-engineer",
      "security-engineer",
      "site-reliability-engineer",
      "solutions-architect",
      "technical-product-owner",
    ]) {
      for (const { id } of UK_REGIONS) {
        const input = sampleInput({
          slug,
          email: null,
          paidAt: "2026-11-30T09:00:00Z",
          experience: { years: 4, seniority: "mid" },
          shares: [20, 20, 10, 10, 10, 10, 10, 10],
          ratings: [],
          goals: { goal: "adjacent", hoursPerWeek: 5, region: id },
        });
        const page = selectSalaryPage(modelOf(input));
        expect(page.regional, `${slug} in ${id}`).toContain(input.occupation.content.salary!.regionalNote!);
        expect(page.regional).toMatch(/UK-wide/);
        for (const row of page.rows) expect(row.scope === "UK-wide" || row.scope === page.region).toBe(true);
        for (const src of page.sources) expect(src.url).toMatch(/^https:\/\/www\.itjobswatch\.co\.uk\/jobs\/[a-z%0-9-]+\/.+\.do$/);
        expect(page.you).not.toMatch(/…|\.\./);
      }
    }
  });
});

describe("payPosition", () => {
  const role = { p25: 50_000, median: 65_000, p75: 80_000 };
  it.each([
    ["under-25k", "below"],
    ["45-55k", "lower-half"],
    ["55-65k", "lower-half"],
    ["65-75k", "upper-half"],
    ["75-85k", "upper-half"],
    ["85-100k", "above"],
    ["100k-plus", "above"],
  ] as const)("%s → %s", (id, expected) => {
    expect(
      payPosition(
        SALARY_BANDS.find((b) => b.id === id)!,
        role,
      ),
    ).toBe(expected);
  });

  it("does not place an open-ended top band below the upper quartile it may pass", () => {
    const manager = { p25: 80_000, median: 95_000, p75: 110_000 };
    expect(
      payPosition(
        SALARY_BANDS.find((b) => b.id === "100k-plus")!,
        manager,
      ),
    ).toBe("top");
  });
});
