import { describe, expect, it } from "vitest";
import { juniorBackend, seniorBackend } from "../sample-input";
import { selectSkillGapPage } from "./skill-gap.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

describe("selectSkillGapPage", () => {
  it("staying, shows the role's own requirements, biggest importance × shortfall first", () => {
    const page = selectSkillGapPage(modelOf(analyst()));
    expect(page.title).toBe("Your skills against your role as Data Analyst");
    const weights = page.rows.map((r) => r.importance * Math.max(0, r.required - r.have));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(page.pitch.heading).toBe("What to say to your manager");
  });

  it("for a move, shows the plan target's requirements and a hiring manager's questions", () => {
    const input = analyst();
    input.answers.goals.goal = "cross-domain";
    const page = selectSkillGapPage(modelOf(input));
    expect(page.title).toBe("Your skills against Data Engineer");
    expect(page.pitch.heading).toBe("What to say to a hiring manager for Data Engineer roles");
    expect(page.questions.items.length).toBeGreaterThanOrEqual(3);
    // Never asks for a story about a skill the page shows the buyer has not used.
    const fresh = page.rows.filter((r) => r.short && r.have === 0).map((r) => r.skill);
    expect(fresh.length).toBeGreaterThan(0);
    for (const skill of fresh) expect(page.questions.items.join(" ")).not.toContain(`a time you used ${skill}`);
  });

  it("plots a rating exactly as given, 1 as 1 and 5 as 5, marked as the buyer's own", () => {
    const input = withPivots(analyst(), [0]);
    input.answers.goals.goal = "cross-domain";
    input.answers.skills.ratings = [
      { skill: "Databases and SQL", rating: 1 },
      { skill: "Data Engineering", rating: 5 },
    ];
    const rows = new Map(selectSkillGapPage(modelOf(input)).rows.map((r) => [r.skill, r]));
    expect([rows.get("Databases and SQL")!.have, rows.get("Databases and SQL")!.source]).toEqual([1, "rated"]);
    expect([rows.get("Data Engineering")!.have, rows.get("Data Engineering")!.source]).toEqual([5, "rated"]);
  });

  it("reads the samples: the senior's week shows in his levels", () => {
    const senior = selectSkillGapPage(modelOf(seniorBackend()));
    expect(senior.rows.length).toBeGreaterThan(5);
    expect(selectSkillGapPage(modelOf(juniorBackend())).rows.every((r) => r.label === r.skill)).toBe(true);
  });
});
