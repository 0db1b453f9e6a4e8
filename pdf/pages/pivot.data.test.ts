import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectPivotPage, type PivotData } from "./pivot.data";
import { analyst, band, modelOf, withPivots } from "./test-fixture";

const pivotPage = (input: ReturnType<typeof analyst>, index: number): PivotData => {
  const page = selectPivotPage(modelOf(input), index);
  if (page.kind !== "pivot") throw new Error(`page ${index} has no pivot`);
  return page;
};

describe("selectPivotPage", () => {
  it("describes the first pivot from the person's figures and the target's catalogue entry", () => {
    expect(pivotPage(analyst(), 0)).toEqual({
      kind: "pivot",
      kicker: "Pivot path 1 of 3 · cross-domain move",
      title: "Data Engineer",
      match: "62%",
      exposure: "30",
      exposureLabel: "exposure (yours: 58)",
      resilience: "Resilient move",
      shift: "28 points less exposed",
      summary: "Data Engineers build the pipelines that move and clean data.",
      held: ["Databases and SQL", "Writing"],
      gaps: [
        { skill: "Data Engineering", requiredLevel: 4, yours: "not part of your current role" },
        { skill: "Programming", requiredLevel: 3, yours: "level 2, typical of your role" },
        { skill: "Databases and SQL", requiredLevel: 4, yours: "you rated 3" },
      ],
      pay: "£45,000–£68,000, median £55,000: £17,000 (45%) more at the median than your current role (£38,000).",
      // The target's three least exposed tasks, least exposed first.
      keepTasks: [
        { position: 4, name: "Agreeing data contracts", description: "Agreeing data contracts, described in one sentence.", exposure: 10 },
        { position: 2, name: "Designing data models", description: "Designing data models, described in one sentence.", exposure: 20 },
        { position: 3, name: "Fixing failed jobs", description: "Fixing failed jobs, described in one sentence.", exposure: 45 },
      ],
      employers: "Engineer Employer 1, Engineer Employer 2, Engineer Employer 3, Engineer Employer 4",
    });
  });

  it("says when a move is more exposed and when the median pay is the same", () => {
    const page = pivotPage(analyst(), 1);
    expect([page.kicker, page.shift, page.resilience]).toEqual(["Pivot path 2 of 3 · adjacent move", "5 points more exposed", "More exposed"]);
    expect(page.pay).toBe("£38,000–£50,000, median £38,000: the same median as your current role (£38,000).");
    expect([page.keepTasks, page.employers]).toEqual([[], "Product Employer 1, Product Employer 2"]);
  });

  it("says when a move pays less, or when either band is missing", () => {
    const less = analyst();
    less.pivotTargets[0]!.content.salary = band(25_000, 30_000, 36_000);
    expect(pivotPage(less, 0).pay).toBe("£25,000–£36,000, median £30,000: £8,000 (21%) less at the median than your current role (£38,000).");
    const noTarget = analyst();
    delete noTarget.pivotTargets[2]!.content.salary;
    expect(pivotPage(noTarget, 2).pay).toBe("We hold no UK salary band for Analytics Manager yet.");
    const noCurrent = analyst();
    delete noCurrent.occupation.content.salary;
    expect(pivotPage(noCurrent, 0).pay).toBe("Median £55,000 (Survey B, 2025); we hold no band for your current role to compare.");
  });

  it("keeps to the outcome's figures when the target role has been deleted from the catalogue", () => {
    const input = analyst();
    input.pivotTargets = [];
    const page = pivotPage(input, 0);
    expect([page.title, page.match, page.summary, page.keepTasks, page.employers]).toEqual(["Data Engineer", "62%", null, [], null]);
    expect(page.pay).toBe("We hold no UK salary band for Data Engineer yet.");
    expect(page.gaps).toHaveLength(3);
  });

  it("lists at most five held skills and clips a long summary", () => {
    const input = analyst();
    input.outcome.pivots[0]!.skillsHeld = ["A", "B", "C", "D", "E", "F", "G"];
    input.pivotTargets[0]!.summary = "Data Engineers build the pipelines that move data ".repeat(12).trim();
    const page = pivotPage(input, 0);
    expect(page.held).toEqual(["A", "B", "C", "D", "E"]);
    expect(page.summary!.length).toBeLessThanOrEqual(381);
  });

  it("covers growing in the current role when there are fewer than three pivots", () => {
    const input = withPivots(analyst(), [0]);
    expect(selectPivotPage(modelOf(input), 0).kind).toBe("pivot");
    for (const index of [1, 2]) {
      expect(selectPivotPage(modelOf(input), index)).toEqual({
        kind: "none",
        kicker: `Pivot path ${index + 1} of 3`,
        title: "Growing within Data Analyst",
        grow: { name: "Presenting findings", exposure: 15 },
        outlook: null,
      });
    }
    input.occupation.content.outlook = "Analysis is changing fast. ".repeat(30).trim();
    input.occupation.tasks = [];
    const none = selectPivotPage(modelOf(input), 2);
    expect(none).toMatchObject({ kind: "none", grow: null });
    expect(none.kind === "none" && none.outlook!.length).toBeLessThanOrEqual(401);
  });

  it("names each sample's own pivots in order", () => {
    const junior = modelOf(juniorBackend());
    expect([0, 1, 2].map((i) => pivotPage(juniorBackend(), i).title)).toEqual(["Platform Engineer", "Cloud Architect", "Security Engineer"]);
    const first = pivotPage(juniorBackend(), 0);
    const employers = junior.pivots[0]!.target!.content.employers!.slice(0, 4).map((e) => e.name);
    expect(first.employers).toBe(employers.join(", "));
    expect(first.keepTasks.map((t) => t.exposure)).toEqual([...first.keepTasks.map((t) => t.exposure)].sort((a, b) => a - b));
    expect(first.exposureLabel).toBe("exposure (yours: 71)");
    expect(pivotPage(leadDataScientist(), 0).shift).toBe("8 points more exposed");
  });
});
