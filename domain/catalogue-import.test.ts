import { describe, expect, it } from "vitest";
import {
  assignSlugs,
  coveredByCurated,
  importedSummary,
  labelCounts,
  occupationExposure,
  orderTasks,
  sectorForSoc,
  skillLevelFromOnet,
  skillNameFromColumn,
  skillSimilarity,
  skillVector,
  slugify,
  taskExposure,
  taskRisk,
} from "./catalogue-import";

describe("exposure from E0/E1/E2 labels", () => {
  it("weights tasks the way β does: E1 = 100, E2 = 50, E0 = 0", () => {
    expect([taskExposure("E0"), taskExposure("E1"), taskExposure("E2")]).toEqual([0, 100, 50]);
    expect([taskRisk("E0"), taskRisk("E1"), taskRisk("E2")]).toEqual(["low", "high", "medium"]);
  });

  it("scores an occupation as the rounded mean of its tasks", () => {
    expect(occupationExposure(["E1", "E0"])).toBe(50);
    expect(occupationExposure(["E2", "E0", "E0"])).toBe(17);
    expect(occupationExposure(["E1", "E2", "E2"])).toBe(67);
    expect(() => occupationExposure([])).toThrow(/at least one/);
  });

  it("counts labels", () => {
    expect(labelCounts(["E0", "E1", "E2", "E2"])).toEqual({ e0: 1, e1: 1, e2: 2 });
  });
});

describe("skill vectors", () => {
  it("maps O*NET levels 0–100 onto the 1–5 scale", () => {
    expect([0, 12, 13, 25, 50, 62, 63, 75, 100].map(skillLevelFromOnet)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5]);
  });

  it("leaves out skills whose level O*NET marks not relevant and sorts by importance", () => {
    expect(
      skillVector([
        { skill: "Programming", importance: 6, level: null },
        { skill: "Writing", importance: 78, level: 70 },
        { skill: "Speaking", importance: 81.4, level: 61 },
      ]),
    ).toEqual([
      { skill: "Speaking", importance: 81, level: 3 },
      { skill: "Writing", importance: 78, level: 4 },
    ]);
  });

  it("turns column prefixes into skill names", () => {
    expect(skillNameFromColumn("Active_Learning")).toBe("Active Learning");
  });
});

describe("identity and placement", () => {
  it("takes the sector from the SOC major group", () => {
    expect(sectorForSoc("15-1252.00")).toBe("Computer and Mathematical");
    expect(sectorForSoc("99-0000.00")).toBe("Other");
  });

  it("lets a curated 6-digit code cover only the O*NET base occupation", () => {
    expect(coveredByCurated("15-1252.00", ["15-1252"])).toBe(true);
    expect(coveredByCurated("15-1252.01", ["15-1252"])).toBe(false);
    expect(coveredByCurated("15-1299.08", ["15-1299.08"])).toBe(true);
    expect(coveredByCurated("15-1299.07", ["15-1299.08"])).toBe(false);
  });

  it("makes slugs of at most 80 characters on a word boundary", () => {
    expect(slugify("Judges, Magistrate Judges, and Magistrates")).toBe("judges-magistrate-judges-and-magistrates");
    expect(slugify("Café Managers & Chefs")).toBe("cafe-managers-and-chefs");
    const long = slugify("Word ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });

  it("keeps slugs unique, appending the O*NET code on a clash", () => {
    const slugs = assignSlugs(
      [
        { code: "11-1011.00", title: "Chief Executives" },
        { code: "11-1011.03", title: "Chief Executives" },
        { code: "15-1252.00", title: "Backend Developer" },
      ],
      new Set(["backend-developer"]),
    );
    expect([...slugs.values()]).toEqual(["chief-executives", "chief-executives-11101103", "backend-developer-15125200"]);
  });
});

describe("task order and summary", () => {
  it("puts the most exposed first, core before supplemental, then by task id", () => {
    const ordered = orderTasks([
      { taskId: 3, statement: "c", label: "E0", core: true },
      { taskId: 2, statement: "b", label: "E2", core: false },
      { taskId: 5, statement: "e", label: "E2", core: true },
      { taskId: 1, statement: "a", label: "E1", core: false },
      { taskId: 4, statement: "d", label: "E2", core: true },
    ]);
    expect(ordered.map((t) => t.taskId)).toEqual([1, 4, 5, 2, 3]);
  });

  it("states only counted facts", () => {
    expect(importedSummary("Actuaries", { e0: 2, e1: 1, e2: 0 })).toBe(
      "O*NET describes the work of Actuaries in 3 task statements. Human annotators in Eloundou et al. (2024) judged 1 of them directly exposed to large language models (an LLM alone could halve the time), 0 exposed once LLM-powered tools are built, and 2 not exposed.",
    );
  });
});

describe("skill similarity of imported profiles", () => {
  const skills = (levels: number[]) =>
    ["Critical Thinking", "Mathematics", "Speaking", "Writing"].map((skill, i) => ({ skill, importance: 60, level: levels[i]! }));
  const nurse = { id: 1, sector: "Health", exposureScore: 40, skills: skills([4, 3, 4, 4]) };
  const helper = { id: 2, sector: "Health", exposureScore: 10, skills: skills([1, 1, 1, 1]) };

  it("measures similarity symmetrically, so being over-qualified is not a perfect match", () => {
    expect(skillSimilarity(nurse.skills, nurse.skills)).toBe(1);
    expect(skillSimilarity(nurse.skills, helper.skills)).toBeCloseTo(skillSimilarity(helper.skills, nurse.skills));
    expect(skillSimilarity(nurse.skills, helper.skills)).toBeCloseTo(1 - 11 / 16);
    expect(skillSimilarity([], [])).toBe(0);
  });
});
