import { describe, expect, it } from "vitest";
import { juniorBackend, seniorBackend } from "../sample-input";
import { selectPivotPage } from "./pivot.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

describe("selectPivotPage", () => {
  it("shows the in-role path first for a future-proof buyer, with what to hand over and deepen", () => {
    const page = selectPivotPage(modelOf(analyst()), 0);
    expect(page.kind).toBe("stay");
    if (page.kind !== "stay") return;
    expect(page.title).toBe("Future-proof your role as Data Analyst");
    expect(page.reason).toMatch(/^You asked to future-proof your current role/);
    expect(page.handOver?.name).toBe("Writing routine reports");
    expect(page.keepTasks.map((t) => t.name)[0]).toBe("Presenting findings");
  });

  it("describes a move from the buyer's evidence: gaps say where the level comes from, never 'not part of your current role'", () => {
    const input = analyst();
    input.answers.goals.goal = "cross-domain";
    const page = selectPivotPage(modelOf(input), 0);
    expect(page.kind).toBe("pivot");
    if (page.kind !== "pivot") return;
    expect(page.title).toBe("Data Engineer");
    expect(page.reason).toMatch(/^You asked for a cross-domain move/);
    expect(page.gaps.map((g) => g.yours).join(" ")).not.toContain("not part of your current role");
    expect(page.pay).toContain("more at the median than your current role's £38,000 (UK-wide; page 13 has the detail)");
  });

  it("compares a path's pay with the buyer's own band when they gave one, not with the role's median", () => {
    const input = analyst();
    input.answers.goals.goal = "cross-domain";
    const median = modelOf(input);
    const target = median.paths.find((p) => p.kind !== "stay" && p.target?.content.salary)!;
    const to = target.target!.content.salary!.median;
    input.answers.goals.salaryBand = "under-25k";
    const low = selectPivotPage(modelOf(input), median.paths.indexOf(target));
    expect(low.kind === "pivot" && low.pay).toContain(`more at the median than the top of your current band (Under £25,000)`);
    expect(low.kind === "pivot" && low.pay).not.toContain("than your current role's");
    input.answers.goals.salaryBand = "100k-plus";
    const high = selectPivotPage(modelOf(input), median.paths.indexOf(target));
    expect(to).toBeLessThan(100_000);
    expect(high.kind === "pivot" && high.pay).toContain("less at the median than the bottom of your current band (£100,000 or more)");
  });

  it("says '1 point more exposed' in the singular", () => {
    const input = analyst();
    input.answers.goals.goal = "cross-domain";
    input.outcome.personalScore = 29;
    const page = selectPivotPage(modelOf(input), 0);
    if (page.kind !== "pivot") throw new Error("expected a move");
    expect(page.shift).toBe("1 point more exposed");
  });

  it("keeps to the outcome's figures when the target role has been deleted from the catalogue", () => {
    const input = analyst();
    input.answers.goals.goal = "cross-domain";
    input.pivotTargets = [];
    const page = selectPivotPage(modelOf(input), 0);
    if (page.kind !== "pivot") throw new Error("expected a move");
    expect(page.match).toBe("62%");
    expect(page.gaps.map((g) => g.skill)).toEqual(["Data Engineering", "Programming", "Databases and SQL"]);
  });

  it("covers growing in the current role when there are fewer paths than pages", () => {
    const page = selectPivotPage(modelOf(withPivots(analyst(), [])), 1);
    expect(page.kind).toBe("none");
  });

  it("ends no summary with an ellipsis", () => {
    for (const input of [juniorBackend(), seniorBackend()]) {
      for (const i of [0, 1, 2]) {
        const page = selectPivotPage(modelOf(input), i);
        if (page.kind === "pivot") expect(page.summary ?? "").not.toContain("…");
      }
    }
  });
});
