import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectSkillGapPage } from "./skill-gap.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

const rowsOf = (input: ReturnType<typeof analyst>) => selectSkillGapPage(modelOf(input)).rows.map((r) => [r.skill, r.required, r.have, r.source, r.short]);

describe("selectSkillGapPage", () => {
  it("shows the first pivot's requirements, biggest importance × shortfall first", () => {
    const page = selectSkillGapPage(modelOf(analyst()));
    expect(page.title).toBe("Your skills against Data Engineer");
    expect(rowsOf(analyst())).toEqual([
      ["Data Engineering", 4, 0, "none", true],
      ["Programming", 3, 0, "none", true],
      ["Databases and SQL", 4, 3, "rated", true],
      ["Writing", 2, 3, "role", false],
    ]);
    expect(page.intro).toBe(
      "Data Engineer asks for 4 skills; you are below the level it needs on 3 of the 4 shown, ordered by importance × gap so the first rows are where your hours pay most.",
    );
  });

  it("shows at most twelve rows, and orders met requirements by importance", () => {
    const input = analyst();
    input.pivotTargets[0]!.skills = Array.from({ length: 16 }, (_, i) => ({ skill: `Skill ${String(i).padStart(2, "0")}`, importance: 20 + i, level: 1 }));
    input.answers.skills.ratings = input.pivotTargets[0]!.skills.map((s) => ({ skill: s.skill, rating: s.skill === "Skill 03" ? 0 : 2 }));
    const page = selectSkillGapPage(modelOf(input));
    expect(page.rows).toHaveLength(12);
    expect(page.rows.map((r) => r.skill).slice(0, 3)).toEqual(["Skill 03", "Skill 15", "Skill 14"]);
    expect(page.intro).toMatch(/^Data Engineer asks for 16 skills; you are below the level it needs on 1 of the 12 shown/);
  });

  it("takes the person's own rating over the role's typical level, and marks which one it used", () => {
    const input = analyst();
    input.answers.skills.ratings = [];
    expect(rowsOf(input).find((r) => r[0] === "Databases and SQL")).toEqual(["Databases and SQL", 4, 4, "role", false]);
    input.answers.skills.ratings = input.pivotTargets[0]!.skills.map((s) => ({ skill: s.skill, rating: 5 }));
    expect(rowsOf(input).map((r) => [r[3], r[4]])).toEqual(Array(4).fill(["rated", false]));
  });

  it("falls back to the current role's requirements without a pivot target", () => {
    const deleted = selectSkillGapPage(modelOf({ ...analyst(), pivotTargets: [] }));
    expect(deleted.intro).toBe(`${analyst().outcome.pivots[0]!.title} is no longer in our catalogue, so this shows your current role's requirements.`);
    expect(selectSkillGapPage(modelOf(withPivots(analyst(), []))).intro).toBe("We could not compute a pivot for you, so this shows your current role's requirements.");
    for (const input of [withPivots(analyst(), []), { ...analyst(), pivotTargets: [] }]) {
      const page = selectSkillGapPage(modelOf(input));
      expect(page.title).toBe("Your skill profile");
      expect(page.intro).toMatch(/so this shows your current role's requirements\.$/);
      expect(page.rows.map((r) => r.skill)).toEqual(["Statistics and Experiment Design", "Databases and SQL", "Writing", "Speaking"]);
    }
  });

  it("clips a skill name too long for the name column", () => {
    const input = analyst();
    input.pivotTargets[0]!.skills[0]!.skill = "Management of Financial and Personnel Resources";
    const row = selectSkillGapPage(modelOf(input)).rows[0]!;
    expect([row.skill, row.label]).toEqual(["Management of Financial and Personnel Resources", "Management of Financial and…"]);
  });

  it("reads the samples' ratings", () => {
    const junior = selectSkillGapPage(modelOf(juniorBackend()));
    expect(junior.title).toBe("Your skills against Platform Engineer");
    expect(junior.rows[0]!.skill).toBe("Containers and Kubernetes");
    expect(junior.rows.filter((r) => r.source === "rated").length).toBeGreaterThan(0);
    const lead = selectSkillGapPage(modelOf(leadDataScientist()));
    expect(lead.title).toBe("Your skills against Machine Learning Engineer");
    expect(lead.rows[0]!.skill).toBe("Cloud Infrastructure");
  });
});
