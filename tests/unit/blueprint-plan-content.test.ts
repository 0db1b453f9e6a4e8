/**
 * The plan's written content against the catalogue it is printed with: a study hint must not send
 * the buyer to a paid book or course that the cost summary does not count, and every curated role
 * has a project sized for small plans as well as large ones.
 */
import { describe, expect, it } from "vitest";
import { CURATED_OCCUPATIONS } from "../../db/seed/curated";
import { LEARNING_RESOURCES } from "../../db/seed/skills";
import { PROJECTS, SKILL_APPLY, SKILL_STUDY, SKILL_STUDY_SOFTWARE, studyHint } from "../../domain/blueprint-plan-content";

/** "Designing Data-Intensive Applications (Kleppmann)" → "Designing Data-Intensive Applications". */
const bareTitle = (title: string) =>
  title
    .replace(/\s*\([^)]*\)\s*$/, "")
    .split(":")[0]!
    .trim();

describe("the plan's study hints", () => {
  it("name no paid resource: what costs extra is only what the cost summary lists", () => {
    const paid = Object.values(LEARNING_RESOURCES).filter((r) => r.approxCostGbp > 0);
    const offenders = [...Object.entries(SKILL_STUDY), ...Object.entries(SKILL_STUDY_SOFTWARE), ...Object.entries(SKILL_APPLY)].flatMap(
      ([skill, hint]) =>
        paid
          .filter((r) => hint.toLowerCase().includes(bareTitle(r.title).toLowerCase()))
          .map((r) => `${skill}: “${hint}” names ${r.title}`),
    );
    expect(paid.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it("give every skill with a study hint its own second-week exercise, set in the buyer's work", () => {
    expect(Object.keys(SKILL_APPLY).sort()).toEqual(Object.keys(SKILL_STUDY).sort());
    for (const [skill, hint] of Object.entries(SKILL_APPLY)) expect(hint, skill).toContain("{where}");
  });
});

/** The basic skills O*NET gives every imported role, from a care worker's to a judge's. */
const ANY_FIELD_SKILLS = [
  "Active Learning",
  "Active Listening",
  "Critical Thinking",
  "Learning Strategies",
  "Mathematics",
  "Monitoring",
  "Reading Comprehension",
  "Science",
  "Speaking",
  "Systems Analysis",
  "Writing",
];
const SOFTWARE_WORDS =
  /\b(RFC|code|coding|meetup|design note|blog|data flow|linear algebra|database|API|browser|profiler|technical specification)\b/i;

describe("hints for skills every field shares", () => {
  it("read as sense to a nurse or a lorry driver: no software words outside a software plan", () => {
    const offenders = ANY_FIELD_SKILLS.flatMap((skill) =>
      [studyHint(skill), SKILL_APPLY[skill]!].filter((hint) => SOFTWARE_WORDS.test(hint)).map((hint) => `${skill}: ${hint}`),
    );
    expect(offenders).toEqual([]);
  });

  it("keep the sharper technical first step for a software plan", () => {
    expect(studyHint("Reading Comprehension", true)).toMatch(/RFC/);
    expect(studyHint("Reading Comprehension", false)).not.toMatch(/RFC/);
    // A skill with no software variant reads the same in both.
    expect(studyHint("Monitoring", true)).toBe(studyHint("Monitoring", false));
  });
});

describe("portfolio projects", () => {
  it("exist for every curated role, with a smaller version for plans that give the project few hours", () => {
    for (const o of CURATED_OCCUPATIONS) {
      const idea = PROJECTS[o.slug];
      expect(idea, o.slug).toBeDefined();
      expect(idea!.smallTitle).not.toBe(idea!.title);
      expect(idea!.small.length).toBeLessThan(idea!.brief.length + 40);
      expect(["build", "document", "analysis"]).toContain(idea!.kind);
    }
  });
});
