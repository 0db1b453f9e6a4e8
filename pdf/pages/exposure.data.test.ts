import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectExposurePage } from "./exposure.data";
import { analyst, modelOf } from "./test-fixture";

describe("selectExposurePage", () => {
  it("compares the person, their role and all workers, and ranks the tasks by points", () => {
    const page = selectExposurePage(modelOf(analyst()));
    expect(page.title).toBe("58 out of 100: well above the average worker");
    expect(page.comparison).toEqual([
      { label: "You", value: 58, tone: "medium" },
      { label: "Typical Data Analyst", value: 45, tone: "occupation" },
      { label: "All workers", value: 30, tone: "reference" },
    ]);
    expect(page.contributions.map((c) => [c.position, c.points, c.risk])).toEqual([
      [1, 32, "high"],
      [2, 16.5, "medium"],
      [4, 8, "medium"],
      [3, 1.5, "low"],
    ]);
    expect(page.contributions[0]!.detail).toBe("40% of your week × exposure 80");
    expect(page.scaleMax).toBe(32);
    expect(page.top).toEqual({ name: "Writing routine reports", points: "32 points" });
  });

  it.each([
    ["junior", 6, "plus 6 points for your seniority", "Junior roles carry more of the routine part of each task, which AI does best."],
    ["lead", -7, "minus 7 points for your seniority", "Senior roles spend more of each task on judgement, which AI helps least with."],
    ["mid", 0, "with no seniority adjustment", ""],
  ] as const)("explains a %s's adjustment", (_seniority, adj, adjustment, reason) => {
    const input = analyst();
    input.outcome.seniorityAdjustment = adj;
    const page = selectExposurePage(modelOf(input));
    expect([page.adjustment, page.adjustmentReason]).toEqual([adjustment, reason]);
  });

  it("keeps the scale at 10 points or more, so small contributions do not fill the width", () => {
    const input = analyst();
    input.outcome.contributions = input.outcome.contributions.map((c) => ({ ...c, points: c.position }));
    expect(selectExposurePage(modelOf(input)).scaleMax).toBe(10);
  });

  it("prints a long role label whole and names a long task by the head of its statement, never with an ellipsis", () => {
    const input = analyst();
    input.occupation.title = "Principal Data and Analytics Engineering Lead";
    const long = "Writing the weekly and monthly routine reports for the regional sales teams";
    const top = input.outcome.contributions[0]!;
    top.name = long;
    input.occupation.tasks.find((t) => t.position === top.position)!.name = long;
    const page = selectExposurePage(modelOf(input));
    expect(page.comparison[1]!.label).toBe("Typical Principal Data and Analytics Engineering Lead");
    // One line beside its bar: the head clause, not a sentence cut at a word.
    expect(page.contributions[0]!.name).toBe("Writing the weekly and monthly routine reports");
    // Quoted mid-sentence ("“…” alone accounts for …") by the task's label, as every page quotes it.
    expect(page.top!.name).toBe("Writing the weekly and monthly routine reports");
    const statement =
      "Plan layout and installation of electrical wiring, equipment, or fixtures, based on job specifications and local codes.";
    top.name = statement;
    input.occupation.tasks.find((t) => t.position === top.position)!.name = statement;
    const imported = selectExposurePage(modelOf(input));
    expect(imported.contributions[0]!.name).toBe("Plan layout and installation");
    expect(imported.top!.name).toBe("Plan layout and installation of electrical wiring");
  });

  it("adds the role's comparison with all workers, clipped, only when the catalogue has one", () => {
    expect(selectExposurePage(modelOf(analyst())).vsAllWorkers).toBe("");
    const input = analyst();
    input.occupation.content.vsAllWorkers = "Analysts sit well above the average worker ".repeat(10).trim();
    const text = selectExposurePage(modelOf(input)).vsAllWorkers;
    expect(text.length).toBeLessThanOrEqual(321);
    expect(text).toMatch(/^Analysts sit well above .*\.$/);
    expect(text).not.toContain("…");
    input.occupation.content.vsAllWorkers = "Analysts sit well above the average worker. ".repeat(10).trim();
    expect(selectExposurePage(modelOf(input)).vsAllWorkers).toBe("Analysts sit well above the average worker. ".repeat(7).trim());
  });

  it("draws the twelve biggest contributions and counts the rest, for a role with 40 tasks", () => {
    const input = analyst();
    input.outcome.contributions = Array.from({ length: 40 }, (_, i) => ({
      position: i + 1,
      name: `Task ${i + 1}`,
      exposure: 50,
      sharePercent: 2.5,
      points: (i % 20) / 2,
      risk: "medium" as const,
    }));
    const page = selectExposurePage(modelOf(input));
    expect(page.contributions.map((c) => c.points)).toEqual([9.5, 9.5, 9, 9, 8.5, 8.5, 8, 8, 7.5, 7.5, 7, 7]);
    expect(page.contributions.slice(0, 2).map((c) => c.position)).toEqual([20, 40]);
    // 0 + 0.5 + … + 6.5, twice: the 28 smallest.
    expect(page.notDrawn).toEqual({ count: 28, points: "91 points" });
    expect(selectExposurePage(modelOf(analyst())).notDrawn).toBeNull();
  });

  it("has no top task when there are no contributions", () => {
    const input = analyst();
    input.outcome.contributions = [];
    const page = selectExposurePage(modelOf(input));
    expect([page.top, page.contributions, page.scaleMax]).toEqual([null, [], 10]);
  });

  it("reflects the sample respondents' answers", () => {
    const junior = selectExposurePage(modelOf(juniorBackend()));
    expect(junior.comparison[0]).toEqual({ label: "You", value: 71, tone: "high" });
    expect(junior.top).toEqual({ name: "CRUD API endpoint development", points: "27.3 points" });
    expect(junior.adjustment).toBe("plus 6 points for your seniority");
    const lead = selectExposurePage(modelOf(leadDataScientist()));
    expect(lead.adjustment).toBe("minus 7 points for your seniority");
    expect(lead.contributions).toHaveLength(8);
    expect(lead.contributions.map((c) => c.points)).toEqual([...lead.contributions.map((c) => c.points)].sort((a, b) => b - a));
  });
});
