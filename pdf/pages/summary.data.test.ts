import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectSummaryPage, threeSteps } from "./summary.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

const titles = (input: ReturnType<typeof analyst>) => threeSteps(modelOf(input)).map((s) => s.title);

describe("threeSteps", () => {
  it("hands over the most exposed time, closes the first pivot's biggest gap, then grows the least exposed task", () => {
    const steps = threeSteps(modelOf(analyst()));
    expect(steps.map((s) => s.title)).toEqual(["Hand “Writing routine reports” to AI tools", "Close your biggest gap: Data Engineering", "Grow “Presenting findings”"]);
    expect(steps[0]!.body).toBe(
      "It takes about 40% of your week and scores 80 for exposure. Let Tool 1a or Tool 1b draft it, review what they produce, and put the hours you save into the plan below.",
    );
    // A skill new to the person gets no "you are at"; the weeks are the plan's own for that skill.
    expect(steps[1]!.body).toBe(
      "Data Engineer is your strongest pivot at a 62% skill match. Data Engineering matters most to it (importance 95/100, level 4 needed), so weeks 1, 2, 3, 4, 10 of your plan go to it.",
    );
  });

  it("says where the person stands on the gap when they have some of the skill", () => {
    const input = analyst();
    input.pivotTargets[0]!.skills = [{ skill: "Databases and SQL", importance: 90, level: 5 }];
    expect(threeSteps(modelOf(input))[1]!.body).toContain("(importance 90/100, level 5 needed, you are at 3)");
  });

  it("protects the week instead of automating when no task the person spends time on is exposed", () => {
    const input = analyst();
    input.occupation.tasks = input.occupation.tasks.map((t, i) => ({ ...t, exposure: [20, 25, 5, 10][i]! }));
    const [first] = threeSteps(modelOf(input));
    expect(first).toEqual({
      title: "Keep your week where it is strongest",
      body: "Little of your time goes on highly exposed work. Protect that: keep building on “Presenting findings”, which AI touches least.",
    });
  });

  it("asks for evidence instead of a gap when the first pivot's requirements are met", () => {
    const input = analyst();
    input.pivotTargets[0]!.skills = [{ skill: "Writing", importance: 40, level: 2 }];
    expect(titles(input)[1]).toBe("Evidence your fit for Data Engineer");
  });

  it("follows the goal: the first pivot of the kind asked for", () => {
    const adjacent = analyst();
    adjacent.answers.goals.goal = "adjacent";
    expect(titles(adjacent)[2]).toBe("Test the move to Product Analyst");
    expect(threeSteps(modelOf(adjacent))[2]!.body).toContain("“An incremental data pipeline”");
    expect(threeSteps(modelOf(adjacent))[2]!.body).toMatch(/^You want an adjacent move\./);
    const cross = analyst();
    cross.answers.goals.goal = "cross-domain";
    expect(titles(cross)[2]).toBe("Test the move to Data Engineer");
    expect(threeSteps(modelOf(cross))[2]!.body).toMatch(/^You want a cross-domain move\./);
  });

  it("falls back to protecting the hours when no pivot matches the goal", () => {
    const input = withPivots(analyst(), [0]);
    input.answers.goals.goal = "adjacent";
    const steps = threeSteps(modelOf(input));
    expect(steps[2]).toEqual({
      title: "Protect 5 hours a week for twelve weeks",
      body: "That is 60 hours in all. Book them in your calendar now; the plan on pages 10–12 says what to do with each one.",
    });
  });

  it("gives two steps when there is no pivot and no goal step", () => {
    const input = withPivots(analyst(), []);
    input.answers.goals.goal = "cross-domain";
    expect(titles(input)).toEqual(["Hand “Writing routine reports” to AI tools", "Protect 5 hours a week for twelve weeks"]);
  });
});

describe("selectSummaryPage", () => {
  it("compares the person with their role and lists every pivot with its resilience", () => {
    const page = selectSummaryPage(modelOf(analyst()));
    expect([page.personalScore, page.comparedToAll, page.versus, page.occupationTitle, page.occupationScore, page.window]).toEqual([
      58,
      "well above the average worker",
      "13 points above",
      "Data Analyst",
      45,
      "1–2 years",
    ]);
    expect(page.pivots).toEqual([
      { targetId: 2, rank: 1, title: "Data Engineer", match: "62% match", exposure: "exposure 30", resilience: "Resilient move" },
      { targetId: 3, rank: 2, title: "Product Analyst", match: "80% match", exposure: "exposure 63", resilience: "More exposed" },
      { targetId: 4, rank: 3, title: "Analytics Manager", match: "55% match", exposure: "exposure 20", resilience: "Resilient move" },
    ]);
  });

  it.each([
    [45, 46, "the same as", "Similar exposure"],
    [40, 37, "5 points below", "Positive direction"],
  ])("with a personal score of %i and a pivot at %i says '%s' the role and '%s'", (score, pivotScore, versus, resilience) => {
    const input = analyst();
    input.outcome.personalScore = score;
    input.outcome.pivots[0]!.exposureScore = pivotScore;
    const page = selectSummaryPage(modelOf(input));
    expect(page.versus).toBe(versus);
    expect(page.pivots[0]!.resilience).toBe(resilience);
  });

  it("has no pivot rows when no pivot was computed", () => {
    expect(selectSummaryPage(modelOf(withPivots(analyst(), []))).pivots).toEqual([]);
  });

  it("personalises the sample Blueprints", () => {
    const junior = selectSummaryPage(modelOf(juniorBackend()));
    expect(junior.steps.map((s) => s.title)).toEqual([
      "Hand “CRUD API endpoint development” to AI tools",
      "Close your biggest gap: Containers and Kubernetes",
      "Grow “Distributed systems and service design”",
    ]);
    expect([junior.versus, junior.window]).toEqual(["27 points above", "act now"]);
    const lead = selectSummaryPage(modelOf(leadDataScientist()));
    // A cross-domain goal: the step names the first cross-domain pivot, not the top one.
    expect(lead.steps[2]!.title).toBe("Test the move to Data Engineer");
    expect(lead.pivots.map((p) => `${p.title}: ${p.resilience}`)).toEqual([
      "Machine Learning Engineer: More exposed",
      "Data Engineer: More exposed",
      "Solutions Architect: Positive direction",
    ]);
  });
});
