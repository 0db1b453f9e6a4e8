import { describe, expect, it } from "vitest";
import { importedParalegal, usWages } from "../../tests/support/imported-fixture";
import { buildModel } from "../blueprint-model";
import { analyst } from "./test-fixture";
import { selectEmployersPage } from "./employers.data";
import { selectLongTerm, selectRoutes, shortReason } from "./entry-routes.data";
import { pathPayLine, ratioBars } from "./pay-ratio.data";
import { selectPivotPage } from "./pivot.data";
import { selectPlanPage } from "./plan.data";
import { selectSalaryPage } from "./salary.data";
import { selectSkillGapPage } from "./skill-gap.data";
import { selectSummaryPage } from "./summary.data";

const pathTo = (model: ReturnType<typeof buildModel>, id: number) => model.paths.find((p) => p.targetId === id)!;

describe("pay for imported roles: US ratios, applied to the buyer's band", () => {
  it("with a band: each imported path as a ratio of US medians and that ratio applied to the band, rounded; never another £ figure", () => {
    const model = buildModel(importedParalegal({ salaryBand: "35-45k" }));
    const page = selectSalaryPage(model);
    const rows = Object.fromEntries(page.rows.map((r) => [r.key, r]));
    expect(rows[101]).toMatchObject({ scope: "US (BLS)", band: { median: "$56,230" }, versus: "your band: £35,000 to £45,000" });
    // 127,990 / 56,230 = 2.28; £35,000 × 2.28 = £79,800 → £80,000; £45,000 × 2.28 = £102,600 → £103,000.
    expect(rows[102]).toMatchObject({ scope: "US (BLS)", band: { median: "$127,990" }, versus: "2.28× yours: about £80,000–£103,000" });
    expect(rows[103]!.versus).toBe("1.21× yours: about £42,000–£54,000");
    // The curated path keeps its UK band, set against the buyer's own band only.
    expect(rows[2]).toMatchObject({ scope: "UK-wide", band: { median: "£55,000" }, versus: "median £10,000 above your band" });
    expect(page.you).toMatch(
      /^You told us you earn £35,000 to £45,000 a year\. We hold no UK pay figures for Paralegal and Legal Assistant/,
    );
    expect(page.regionalLabel).toBe("Which figures are which");
    expect(page.regional).toMatch(/No figure here is for Scotland\. Dollar figures are US national wages \(BLS OEWS May 2021\)/);
    expect(page.regional).toContain("£ figures are UK advertised pay, for roles we hold a UK band for (Data Engineer)");
    expect(pathPayLine(model, pathTo(model, 102))).toBe(
      "Lawyers earn about 2.28× what Paralegals and Legal Assistants earn in the US (BLS OEWS May 2021 medians); on your £35,000 to £45,000 band that would be about £80,000–£103,000. The ratio comes from US pay, not a UK figure; page 13 has the detail.",
    );
    // Every £ on the page is the buyer's band, a curated UK band, or the band times a ratio.
    // The range chart (the curated row and the band) has axis ticks in £k; every other £ is checked.
    const pounds = JSON.stringify({ ...page, chart: null }).match(/£[\d,]+/g) ?? [];
    const allowed = new Set(["£35,000", "£45,000", "£80,000", "£103,000", "£42,000", "£54,000", "£55,000", "£68,000", "£10,000", "£1,000"]);
    expect(pounds.filter((p) => !allowed.has(p))).toEqual([]);
  });

  it("without a band: ratios only, and every dollar figure with its BLS source and SOC code", () => {
    const model = buildModel(importedParalegal());
    const page = selectSalaryPage(model);
    expect(page.rows.find((r) => r.key === 102)!.versus).toBe("2.28× your role's median");
    expect(page.you).toContain("You did not give your salary.");
    expect(JSON.stringify(page.rows.filter((r) => r.scope === "US (BLS)"))).not.toMatch(/£/);
    expect(page.rows.find((r) => r.key === 2)!.versus).toBe("no UK band for your role to compare");
    for (const id of ["101", "102", "103"]) {
      const src = page.sources.find((s) => s.key === id)!;
      expect(src.text).toMatch(
        /^BLS OEWS May 2021, national \(US\) estimates in US dollars; SOC \d\d-\d{4} \(detailed occupation\); annual wages, 10th to 90th percentile \$[\d,]+ to \$[\d,]+\.$/,
      );
      expect(src.url).toMatch(/^https:\/\/www\.bls\.gov\/oes\/2021\/may\/oes\d{6}\.htm$/);
    }
    expect(ratioBars(model)!.map((b) => [b.label, b.text])).toEqual([
      ["Paralegal and Legal Assistant (now)", "1.00×"],
      ...model.pivots.flatMap((p) =>
        p.target?.id === 102 ? [["Lawyer", "2.28×"]] : p.target?.id === 103 ? [["Claims Adjuster", "1.21×"]] : [],
      ),
    ]);
    expect(page.dating).toContain("BLS OEWS May 2021");
  });

  it("mixed the other way: a curated current role with an imported path shows no cross-country comparison", () => {
    const input = analyst();
    input.pivotTargets[1] = { ...input.pivotTargets[1]!, content: {}, origin: "imported", usWages: usWages("15-2051", 98_230) };
    const model = buildModel(input);
    const path = model.paths.find((p) => p.targetId === 3)!;
    expect(pathPayLine(model, path)).toBe(
      "We hold no UK salary band for Product Analyst. Its US median (BLS OEWS May 2021) cannot be set against your role's UK band, so no comparison is shown.",
    );
    const row = selectSalaryPage(model).rows.find((r) => r.key === 3)!;
    expect(row).toMatchObject({ scope: "US (BLS)", versus: "no US figure for your role" });
    expect(selectSalaryPage(model).regional).toContain("Rows marked US (BLS) are US national wages in dollars");
  });

  it("shows no difference for two roles BLS reports under one SOC code", () => {
    const input = importedParalegal();
    input.pivotTargets[0] = { ...input.pivotTargets[0]!, usWages: usWages("23-2011", 56_230) };
    const model = buildModel(input);
    expect(pathPayLine(model, pathTo(model, 102))).toBe(
      "BLS publishes one US figure for Lawyers and Paralegals and Legal Assistants (SOC 23-2011), so no pay difference between them can be shown. Page 13 has the US figures.",
    );
  });
});

describe("employers of imported roles", () => {
  it("lists a sector's typical employers once, flowed over its paths' columns, and says they are not live vacancies", () => {
    const model = buildModel(importedParalegal());
    const page = selectEmployersPage(model);
    const legal = page.columns.filter((c) => c.sector === "23");
    expect(legal.length).toBeGreaterThanOrEqual(1);
    expect(legal[0]!.title).toBe("Legal sector");
    expect(legal[0]!.note).toMatch(/^Typical UK employers of the sector \(Law firms, .*\), for Lawyer: not live vacancies\./);
    const names = legal.flatMap((c) => c.employers.map((e) => e.name));
    expect(new Set(names).size).toBe(names.length);
    expect(legal[0]!.employers[0]!.local).toBe(true);
    for (const e of legal.flatMap((c) => c.employers)) expect(e.hiresFor).toBeTruthy();
    expect(page.intro).toMatch(
      /first, then those with sites across the UK, then remote-friendly ones, then neighbouring regions\. Where a column names a sector/,
    );
    // The curated path keeps its own column.
    expect(page.columns.some((c) => c.title === "Data Engineer" && !c.sector)).toBe(true);
  });

  it("names on each path's page the first employers page 14 lists for its sector", () => {
    const model = buildModel(importedParalegal());
    const page = selectEmployersPage(model);
    const lawyer = selectPivotPage(
      model,
      model.paths.findIndex((p) => p.targetId === 102),
    );
    if (lawyer.kind !== "pivot") throw new Error("expected the lawyer path");
    const column = page.columns.find((c) => c.sector === "23")!;
    expect(lawyer.employerNames.slice(0, column.employers.length)).toEqual(
      column.employers.map((e) => e.name).slice(0, lawyer.employerNames.length),
    );
  });
});

describe("entry routes and long-term paths", () => {
  it("offers the target sector's routes only when the plan aims at another SOC major group", () => {
    const own = importedParalegal();
    own.outcome.pivots = [own.outcome.pivots[0]!];
    const sameSector = buildModel(own);
    expect(sameSector.planPath.targetId).toBe(102);
    expect(selectRoutes(sameSector)).toBeNull();
    const input = importedParalegal();
    input.outcome.pivots = [input.outcome.pivots[1]!];
    const cross = buildModel(input);
    expect(cross.planPath.targetId).toBe(103);
    const routes = selectRoutes(cross)!;
    expect(routes.heading).toBe("Getting into Business and Financial Operations: the UK routes");
    expect(routes.routes.length).toBeGreaterThan(0);
    for (const r of routes.routes) expect(r.detail).toMatch(/about \d+ h, (free|about £[\d,]+|from £[\d,]+)/);
    const pages = [
      selectSummaryPage(cross).routes,
      selectSkillGapPage(cross).routes,
      ...([1, 2, 3] as const).map((p) => selectPlanPage(cross, p).routes),
    ].filter(Boolean);
    expect(pages).toHaveLength(1);
    // Page 9, against the plan's target, carries them when it has no manager pitch (long O*NET task statements).
    expect(cross.roomy).toBe(true);
    expect(selectSkillGapPage(cross).routes).toBeNull();
    const long = structuredClone(input);
    long.occupation.tasks[0]!.description = `${"Prepare and file legal documents for the courts, ".repeat(5)}checked by a solicitor.`;
    const tight = buildModel(long);
    expect(tight.roomy).toBe(false);
    expect(selectSkillGapPage(tight).routes).toEqual(routes);
    expect([selectSummaryPage(tight).routes, ...([1, 2, 3] as const).map((p) => selectPlanPage(tight, p).routes)].filter(Boolean)).toEqual(
      [],
    );
  });

  it("labels the stored long-term paths as such, on exactly one page", () => {
    const model = buildModel(importedParalegal());
    const block = selectLongTerm(model)!;
    expect(block.paths).toEqual([
      {
        key: 104,
        title: "Judge, Magistrate Judge, and Magistrate",
        reason:
          "A step up into job zone 5, where most roles need a graduate degree (job zone 4 → 5); pays more (US median ratio 2.63); 25 points less exposed to AI.",
      },
    ]);
    const shown = [selectSummaryPage(model).longTerm, ...([1, 2, 3] as const).map((p) => selectPlanPage(model, p).longTerm)].filter(
      Boolean,
    );
    expect(shown).toHaveLength(1);
    expect(shortReason("Long-term path, not a quick pivot. Pays more.")).toBe("Pays more.");
  });
});
