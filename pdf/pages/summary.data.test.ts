import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist, seniorBackend } from "../sample-input";
import { selectSummaryPage, threeSteps } from "./summary.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

const titles = (input: ReturnType<typeof analyst>) => threeSteps(modelOf(input)).map((s) => s.title);

describe("threeSteps", () => {
  it("hands over the most exposed time, deepens the first focus skill when staying, then protects the hours", () => {
    const steps = threeSteps(modelOf(analyst()));
    expect(steps.map((s) => s.title)).toEqual([
      "Hand “Writing routine reports” to AI tools",
      expect.stringMatching(/^Deepen .+ in your role$/),
      "Protect 5 hours a week for twelve weeks",
    ]);
    expect(steps[1]!.body).toMatch(/^You asked to future-proof your role, so the plan keeps you in it\./);
  });

  it("says 'use AI as an assistant', as page 4's Keep verdict does, for a task in the medium band", () => {
    const input = analyst();
    input.occupation.tasks = input.occupation.tasks.map((t, i) => ({ ...t, exposure: [45, 25, 5, 10][i]! }));
    expect(titles(input)[0]).toBe("Use AI as an assistant on “Writing routine reports”");
  });

  it("protects the week instead of automating when no task the person spends time on is exposed", () => {
    const input = analyst();
    input.occupation.tasks = input.occupation.tasks.map((t, i) => ({ ...t, exposure: [20, 25, 5, 10][i]! }));
    expect(titles(input)[0]).toBe("Keep your week where it is strongest");
  });

  it("names the plan's target for a move, and calls a path the highest match only when it is", () => {
    for (const input of [seniorBackend(), leadDataScientist()]) {
      const model = modelOf(input);
      const body = threeSteps(model)[1]!.body;
      const max = Math.max(...model.paths.filter((p) => p.kind !== "stay").map((p) => p.matchPercent));
      if (model.planPath.highestMatch) expect(model.planPath.matchPercent).toBe(max);
      expect(body).toContain(model.planPath.title);
      expect(body).not.toContain("strongest");
    }
  });
});

describe("selectSummaryPage", () => {
  it("compares the person with their role, with the window in one sentence", () => {
    const page = selectSummaryPage(modelOf(analyst()));
    expect([page.personalScore, page.versus, page.window]).toEqual([58, "13 points above", "1–2 years"]);
    const now = analyst();
    now.outcome.window = { band: "now", label: "Act now", detail: "x" };
    expect(selectSummaryPage(modelOf(now)).window).toBe("now");
  });

  it("says '1 point', not '1 points'", () => {
    const input = analyst();
    input.outcome.personalScore = 46;
    expect(selectSummaryPage(modelOf(input)).versus).toBe("1 point above");
  });

  it("lists every path with its reason, the in-role path first for a future-proof buyer", () => {
    const page = selectSummaryPage(modelOf(analyst()));
    expect(page.pivots[0]!.title).toBe("Stay: Data Analyst");
    expect(page.pivots).toHaveLength(4);
    expect(page.pivots.every((p) => p.reason.length > 20)).toBe(true);
    // Any other goal: staying comes after the moves worth making and before those more exposed for no more pay.
    const adjacent = analyst();
    adjacent.answers.goals.goal = "adjacent";
    const model = modelOf(adjacent);
    const stayAt = model.paths.findIndex((p) => p.kind === "stay");
    expect(model.paths.slice(0, stayAt).every((p) => !p.fallback)).toBe(true);
    expect(model.paths.slice(stayAt + 1).every((p) => p.fallback)).toBe(true);
    expect(model.paths.some((p) => p.fallback)).toBe(true);
    expect(selectSummaryPage(model).pivots[stayAt]!.title).toBe("Stay: Data Analyst");
  });

  it("shows the staying path alone when no pivot was computed", () => {
    expect(selectSummaryPage(modelOf(withPivots(analyst(), []))).pivots.map((p) => p.title)).toEqual(["Stay: Data Analyst"]);
  });

  it("lists what the plan delivers by day 90", () => {
    expect(selectSummaryPage(modelOf(juniorBackend())).deliverables.length).toBeGreaterThanOrEqual(2);
  });
});
