import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectPlanPage, timetable } from "./plan.data";
import { analyst, modelOf } from "./test-fixture";

describe("selectPlanPage", () => {
  it("opens with the hours, the aim and each focus skill's weeks, hours and resource", () => {
    const page = selectPlanPage(modelOf(analyst()), 1);
    expect(page.intro).toMatchObject({ hours: "5 hours", totalHours: 60, aim: "future-proofing your role as Data Analyst" });
    expect(page.intro!.focus.every((f) => /^weeks? /.test(f.weeks) && /hours?$/.test(f.hours))).toBe(true);
  });

  it.each([1, 2, 3] as const)("part %i shows its four weeks, its milestone and nothing of the other parts", (phase) => {
    const page = selectPlanPage(modelOf(analyst()), phase);
    expect(page.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4].map((w) => w + (phase - 1) * 4));
    expect(page.milestone!.day).toBe(phase * 30);
    expect(page.intro === null).toBe(phase !== 1);
    expect(page.costs === null).toBe(phase !== 2);
    expect(page.project === null).toBe(phase !== 3);
  });

  it("says what costs extra beyond the £49, with each resource's hours and cost and a link", () => {
    const costs = selectPlanPage(modelOf(juniorBackend()), 2).costs!;
    expect(costs.summary).toMatch(/£49/);
    for (const r of [...costs.inPlan, ...costs.beyond]) {
      expect(r.detail).toMatch(/about \d+ h, (free|about £[\d,]+)/);
      expect(r.url).toMatch(/^https:\/\//);
    }
  });

  it("books the week's hours as sessions that add up", () => {
    for (const h of [1, 2, 3, 4, 6, 9, 10, 15, 20, 40]) {
      const slots = timetable(h, "a", "b");
      expect(slots.reduce((sum, s) => sum + Number.parseFloat(s.hours), 0)).toBe(h);
      expect(new Set(slots.map((s) => s.day)).size).toBe(slots.length);
    }
  });

  it("gives the project's hours as the sum of its plan lines", () => {
    const model = modelOf(leadDataScientist());
    const lines = model.plan.weeks
      .flatMap((w) => w.actions)
      .filter((a) => a.kind === "project")
      .reduce((s, a) => s + a.hours, 0);
    expect(selectPlanPage(model, 3).project!.hours).toBe(`${lines} hours`);
  });
});
