import { describe, expect, it } from "vitest";
import { apportion, buildNinetyDayPlan, gapWeight, orderGaps, resourceFor, WEEKS, type PlanInput } from "./blueprint-plan";

const base: PlanInput = {
  hoursPerWeek: 5,
  target: { slug: "platform-engineer", title: "Platform Engineer" },
  gaps: [
    { skill: "Networking", yourLevel: 2, requiredLevel: 3, importance: 40 },
    { skill: "Containers and Kubernetes", yourLevel: 1, requiredLevel: 4, importance: 85 },
    { skill: "Infrastructure as Code", yourLevel: 2, requiredLevel: 4, importance: 80 },
    { skill: "Developer Experience", yourLevel: 3, requiredLevel: 4, importance: 60 },
    { skill: "Writing", yourLevel: 2, requiredLevel: 3, importance: 45 },
  ],
  targetSkills: ["Cloud Infrastructure", "Containers and Kubernetes", "Programming"],
  automate: { name: "CRUD API endpoint development", aiTools: ["GitHub Copilot", "Cursor"] },
  grow: { name: "Distributed systems and service design" },
  employers: ["Monzo", "BBC", "Wise"],
  resources: [
    { title: "Team Topologies", provider: "IT Revolution Press", skills: ["Developer Experience", "Coordination"], approxHours: 8, approxCostGbp: 25 },
    { title: "Certified Kubernetes Administrator (CKA)", provider: "The Linux Foundation", skills: ["Containers and Kubernetes", "Networking"], approxHours: 60, approxCostGbp: 350 },
    { title: "HashiCorp Terraform Associate", provider: "HashiCorp", skills: ["Cloud Infrastructure", "Infrastructure as Code"], approxHours: 30, approxCostGbp: 60 },
  ],
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("buildNinetyDayPlan", () => {
  it("puts the right article before a role title (an Engineering Manager, a UX Designer)", () => {
    const texts = (title: string) => {
      const plan = buildNinetyDayPlan({ ...base, target: { slug: "no-curated-project", title } });
      return [plan.project.title, plan.project.brief, ...plan.weeks.flatMap((w) => w.actions.map((a) => a.text))].join("\n");
    };
    const manager = texts("Engineering Manager");
    expect(manager).toContain("An Engineering Manager case study");
    expect(manager).toContain("a piece of work an Engineering Manager would recognise");
    expect(manager).toContain("enquire about an Engineering Manager role");
    expect(manager).not.toMatch(/\ba Engineering/i);
    const ux = texts("UX Designer");
    expect(ux).toContain("A UX Designer case study");
    expect(ux).toContain("enquire about a UX Designer role");
  });

  it.each([1, 2, 3, 5, 7, 10, 17, 40])("gives every one of the twelve weeks exactly %i hours of actions", (hoursPerWeek) => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek });
    expect(plan.weeks).toHaveLength(WEEKS);
    for (const w of plan.weeks) {
      expect(w.hours).toBe(hoursPerWeek);
      expect(sum(w.actions.map((a) => a.hours))).toBe(hoursPerWeek);
      expect(w.actions.every((a) => a.hours >= 0.5 && a.text.length > 20)).toBe(true);
    }
    expect(plan.totalHours).toBe(hoursPerWeek * WEEKS);
  });

  it("leaves no week empty, even with no gaps and no tasks to automate", () => {
    const plan = buildNinetyDayPlan({ ...base, gaps: [], automate: null, grow: null, employers: [], hoursPerWeek: 1 });
    for (const w of plan.weeks) expect(w.actions.length).toBeGreaterThan(0);
    expect(plan.focus.map((f) => f.skill)).toEqual(["Cloud Infrastructure", "Containers and Kubernetes", "Programming"]);
  });

  it("orders the focus skills by importance × gap and gives the biggest gap the first and most weeks", () => {
    const plan = buildNinetyDayPlan(base);
    expect(plan.focus.map((f) => f.skill)).toEqual(["Containers and Kubernetes", "Infrastructure as Code", "Developer Experience", "Writing"]);
    expect(plan.weeks[0]!.focusSkill).toBe("Containers and Kubernetes");
    const counts = plan.focus.map((f) => f.weeks.length);
    expect(counts[0]).toBeGreaterThanOrEqual(counts[1]!);
    expect(counts.every((c) => c >= 1)).toBe(true);
    for (const f of plan.focus) expect(f.weeks).toEqual([...f.weeks].sort((a, b) => a - b));
  });

  it("has milestones at days 30, 60 and 90 and a project tied to the target role", () => {
    const plan = buildNinetyDayPlan(base);
    expect(plan.milestones.map((m) => m.day)).toEqual([30, 60, 90]);
    expect(plan.project.title).toBe("A golden-path deployment template");
    expect(plan.project.skills[0]).toBe("Containers and Kubernetes");
    expect(plan.weeks.some((w) => w.actions.some((a) => a.text.includes("Monzo")))).toBe(true);
  });

  it("is deterministic and does not depend on the order gaps arrive in", () => {
    expect(buildNinetyDayPlan({ ...base, gaps: [...base.gaps].reverse() })).toEqual(buildNinetyDayPlan(base));
  });
});

describe("named resources", () => {
  it("names a catalogue resource in the first learning week of each focus skill that has one", () => {
    const plan = buildNinetyDayPlan(base);
    const byskill = new Map(plan.focus.map((f) => [f.skill, f]));
    expect(byskill.get("Containers and Kubernetes")?.resource?.title).toBe("Certified Kubernetes Administrator (CKA)");
    expect(byskill.get("Infrastructure as Code")?.resource?.title).toBe("HashiCorp Terraform Associate");
    expect(byskill.get("Writing")?.resource).toBeNull();
    const firstWeek = plan.weeks.find((w) => w.focusSkill === "Containers and Kubernetes")!;
    expect(firstWeek.actions.find((a) => a.kind === "learn")?.text).toContain("Certified Kubernetes Administrator (CKA)” (The Linux Foundation; about 60 h, about £350)");
  });

  it("prefers a resource whose main subject is the skill", () => {
    const both = [
      { title: "Broad", provider: "P", skills: ["Coordination", "Networking"], approxHours: 5, approxCostGbp: 0 },
      { title: "Focused", provider: "P", skills: ["Networking"], approxHours: 5, approxCostGbp: 0 },
    ];
    expect(resourceFor("Networking", both)?.title).toBe("Focused");
    expect(resourceFor("Coordination", both)?.title).toBe("Broad");
    expect(resourceFor("Writing", both)).toBeNull();
  });
});

describe("helpers", () => {
  it("orderGaps drops met requirements and sorts by weight then name", () => {
    const ordered = orderGaps([
      { skill: "B", yourLevel: 2, requiredLevel: 4, importance: 50 },
      { skill: "A", yourLevel: 3, requiredLevel: 4, importance: 100 },
      { skill: "C", yourLevel: 4, requiredLevel: 4, importance: 90 },
    ]);
    expect(ordered.map((g) => g.skill)).toEqual(["A", "B"]);
    expect(ordered.map(gapWeight)).toEqual([100, 100]);
  });

  it("apportion preserves the total", () => {
    expect(sum(apportion(7, [3, 1, 1]))).toBe(7);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
