import { describe, expect, it } from "vitest";
import { ONET_BASIC_SKILLS } from "./learning-library";
import { skillsOfTask } from "./task-skills";

/** A role rated in O*NET's basic skills, as every imported occupation is. */
const NURSE_SKILLS = [{ skill: "Active Listening" }, { skill: "Monitoring" }, { skill: "Science" }];
const imported = (name: string) => skillsOfTask("registered-nurses", { position: 1, name, description: name }, NURSE_SKILLS);

describe("skillsOfTask for imported roles (O*NET task statements)", () => {
  it("names only O*NET's basic skills, the vocabulary imported roles are rated in", () => {
    const statements = [
      "Monitor, record, and report symptoms or changes in patients' conditions.",
      "Test mechanical products and equipment after repair or assembly to ensure proper performance.",
      "Secure cargo for transport, using ropes, blockers, chains, binders, or covers.",
      "Write computer programs to store, locate, and retrieve specific documents, data, and information.",
      "Instruct individuals, families, or other groups on topics such as health education.",
      "Calculate dosages of medication and measure fluid intake.",
      "Interview clients to determine the nature of their legal problems.",
    ];
    for (const s of statements)
      for (const skill of imported(s)) expect(ONET_BASIC_SKILLS as readonly string[], `${skill} from “${s}”`).toContain(skill);
  });

  it("reads everyday work words as the basic skill they use, never as a technology skill", () => {
    expect(imported("Monitor, record, and report symptoms or changes in patients' conditions.")).toEqual(["Monitoring", "Writing"]);
    expect(imported("Test mechanical products and equipment after repair or assembly.")).toEqual([]);
    expect(imported("Secure cargo for transport, using ropes, blockers, chains, binders, or covers.")).toEqual([]);
    expect(imported("Write computer programs to store and retrieve documents.")).toEqual(["Programming", "Writing"]);
    expect(imported("Calculate dosages of medication and measure fluid intake.")).toEqual(["Science", "Mathematics"]);
    expect(imported("Interview clients to determine the nature of their legal problems.")).toEqual([
      "Critical Thinking",
      "Active Listening",
    ]);
  });

  it("keeps the curated vocabulary's rules for a role rated in it, and a curated role's own mapping", () => {
    const task = { position: 1, name: "Test the pipeline", description: "Test the pipeline" };
    expect(skillsOfTask("data-analyst", task, [{ skill: "Databases and SQL" }])).toEqual(["Software Testing", "Data Engineering"]);
    expect(skillsOfTask("data-analyst", task)).toEqual(["Software Testing", "Data Engineering"]);
    expect(skillsOfTask("backend-developer", { position: 1, name: "anything", description: "" }).length).toBeGreaterThan(0);
    expect(skillsOfTask("backend-developer", { position: 1, name: "anything", description: "" })).not.toContain("Monitoring");
  });
});
