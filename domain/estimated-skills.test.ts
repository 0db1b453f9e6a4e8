import { describe, expect, it } from "vitest";
import type { OnetSkill } from "./catalogue-import";
import { estimatedSkillsNote, estimatedSkillsSource, estimateSkills } from "./estimated-skills";

const rated: Record<string, OnetSkill[]> = {
  a: [
    { skill: "Speaking", importance: 80, level: 60 },
    { skill: "Mathematics", importance: 20, level: null },
  ],
  b: [
    { skill: "Speaking", importance: 40, level: 20 },
    { skill: "Mathematics", importance: 60, level: 50 },
  ],
  c: [{ skill: "Speaking", importance: 100, level: 100 }],
};
const published = (id: string) => rated[id];

describe("estimateSkills", () => {
  it("weights each neighbour's ratings by how alike its work is", () => {
    const estimate = estimateSkills(
      new Map([
        ["a", 0.3],
        ["b", 0.1],
      ]),
      published,
    );
    expect(estimate!.from).toEqual(["a", "b"]);
    const speaking = estimate!.skills.find((s) => s.skill === "Speaking")!;
    expect(speaking.importance).toBeCloseTo((0.3 * 80 + 0.1 * 40) / 0.4);
    expect(speaking.level).toBeCloseTo((0.3 * 60 + 0.1 * 20) / 0.4);
  });

  it("averages importance over every neighbour but a level only over those that rate it", () => {
    const maths = estimateSkills(
      new Map([
        ["a", 0.3],
        ["b", 0.1],
      ]),
      published,
    )!.skills.find((s) => s.skill === "Mathematics")!;
    expect(maths.importance).toBeCloseTo((0.3 * 20 + 0.1 * 60) / 0.4);
    expect(maths.level).toBe(50);
  });

  it("leaves out a skill no neighbour gives a level", () => {
    expect(estimateSkills(new Map([["a", 0.5]]), published)!.skills.map((s) => s.skill)).toEqual(["Speaking"]);
  });

  it("keeps the most alike neighbours that have ratings, never an occupation without them", () => {
    const similar = new Map([
      ["x", 0.9],
      ["c", 0.2],
      ["a", 0.5],
      ["b", 0.1],
    ]);
    const estimate = estimateSkills(similar, published, 2)!;
    expect(estimate.from).toEqual(["a", "c"]);
    expect(estimate.skills).toEqual([{ skill: "Speaking", importance: (0.5 * 80 + 0.2 * 100) / 0.7, level: (0.5 * 60 + 0.2 * 100) / 0.7 }]);
  });

  it("breaks equal similarity by id, so the same files give the same estimate", () => {
    expect(
      estimateSkills(
        new Map([
          ["b", 0.2],
          ["a", 0.2],
        ]),
        published,
        1,
      )!.from,
    ).toEqual(["a"]);
  });

  it("is null when no occupation with ratings shares any work", () => {
    expect(estimateSkills(new Map(), published)).toBeNull();
    expect(
      estimateSkills(
        new Map([
          ["x", 0.4],
          ["a", 0],
        ]),
        published,
      ),
    ).toBeNull();
  });
});

describe("estimatedSkillsNote", () => {
  it("names the occupations and says why", () => {
    expect(
      estimatedSkillsNote([
        "Emergency Medical Technicians",
        "Firefighters",
        "Registered Nurses",
        "Critical Care Nurses",
        "Respiratory Therapists",
      ]),
    ).toBe(
      "Skill levels estimated from the five occupations whose work is most alike: Emergency Medical Technicians, Firefighters, Registered Nurses, Critical Care Nurses and Respiratory Therapists, because O*NET publishes none for this role.",
    );
    expect(estimatedSkillsNote(["Tide Table Compilers"])).toBe(
      "Skill levels estimated from the occupation whose work is most alike: Tide Table Compilers, because O*NET publishes none for this role.",
    );
  });
});

describe("estimatedSkillsSource", () => {
  it("fits a Blueprint's source line with the longest O*NET title", () => {
    const longest = "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic";
    expect(estimatedSkillsSource("Paramedic", 5)).toBe(
      "Paramedic: skill levels estimated from the five occupations with the most alike work (O*NET rates none)",
    );
    expect(estimatedSkillsSource(longest, 5).length).toBeLessThanOrEqual(200);
  });
});
