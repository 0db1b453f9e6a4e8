import { describe, expect, it } from "vitest";
import {
  apportion,
  buildNinetyDayPlan,
  gapWeight,
  hoursBetween,
  orderGaps,
  reachableLevel,
  sizeActions,
  WEEKS,
  type PlanInput,
} from "./blueprint-plan";
import { resourceLevel, suits, teaches } from "./blueprint-resources";

const task = (name: string, sharePercent: number, exposure: number, skills: string[]) => ({
  name,
  sharePercent,
  exposure,
  aiTools: ["GitHub Copilot", "Cursor"],
  skills,
});

const base: PlanInput = {
  shape: "cross-domain",
  seniority: "mid",
  hoursPerWeek: 5,
  current: { title: "Backend Developer" },
  target: { slug: "platform-engineer", title: "Platform Engineer" },
  gaps: [
    { skill: "Networking", yourLevel: 2, requiredLevel: 3, importance: 40 },
    { skill: "Containers and Kubernetes", yourLevel: 1, requiredLevel: 4, importance: 85 },
    { skill: "Infrastructure as Code", yourLevel: 2, requiredLevel: 4, importance: 80 },
    { skill: "Developer Experience", yourLevel: 2, requiredLevel: 4, importance: 60 },
  ],
  targetSkills: ["Cloud Infrastructure", "Containers and Kubernetes", "Programming"],
  tasks: [
    task("CRUD API endpoint development", 40, 78, ["Programming", "API Design"]),
    task("Database query writing", 30, 72, ["Databases and SQL"]),
    task("Third-party API and service integration", 20, 42, ["Networking", "API Design"]),
    task("Distributed systems and service design", 10, 10, ["Distributed Systems Design"]),
  ],
  targetTasks: [{ name: "Kubernetes and runtime operations", skills: ["Containers and Kubernetes"] }],
  employers: ["Monzo", "BBC", "Wise"],
  resources: [
    {
      title: "Team Topologies",
      provider: "IT Revolution Press",
      kind: "book",
      skills: ["Developer Experience", "Coordination"],
      approxHours: 8,
      approxCostGbp: 25,
    },
    {
      title: "Certified Kubernetes Administrator (CKA)",
      provider: "The Linux Foundation",
      kind: "certification",
      skills: ["Containers and Kubernetes", "Networking"],
      approxHours: 60,
      approxCostGbp: 350,
    },
    {
      title: "HashiCorp Certified: Terraform Associate",
      provider: "HashiCorp",
      kind: "certification",
      skills: ["Infrastructure as Code", "Cloud Infrastructure"],
      approxHours: 30,
      approxCostGbp: 60,
    },
  ],
};

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const texts = (p: ReturnType<typeof buildNinetyDayPlan>) => p.weeks.flatMap((w) => w.actions.map((a) => a.text));

describe("buildNinetyDayPlan", () => {
  it("puts the right article before a role title (an Engineering Manager, a UX Designer)", () => {
    const all = (title: string) => {
      const plan = buildNinetyDayPlan({ ...base, hoursPerWeek: 10, target: { slug: "no-curated-project", title } });
      return [plan.project.title, plan.project.brief, ...texts(plan)].join("\n");
    };
    expect(all("Engineering Manager")).toContain("An Engineering Manager case study");
    expect(all("Engineering Manager")).toContain("for an Engineering Manager role");
    expect(all("Engineering Manager")).not.toMatch(/\ba Engineering/i);
    expect(all("UX Designer")).toContain("for a UX Designer role");
  });

  it.each([1, 2, 3, 5, 7, 10, 17, 40])("gives every one of the twelve weeks exactly %i hours of actions", (hoursPerWeek) => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek });
    expect(plan.weeks).toHaveLength(WEEKS);
    for (const w of plan.weeks) {
      expect(sum(w.actions.map((a) => a.hours))).toBe(hoursPerWeek);
      expect(w.actions.every((a) => a.hours >= 0.5 && a.text.length > 20)).toBe(true);
    }
    expect(plan.totalHours).toBe(hoursPerWeek * WEEKS);
  });

  it("puts a resource in the plan only when its hours fit the hours the plan gives its skill, and names the rest as beyond it", () => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek: 4 });
    for (const r of plan.inPlan) {
      const learn = sum(
        plan.weeks
          .flatMap((w) => w.actions)
          .filter((a) => a.kind === "learn" && a.skill === r.skill)
          .map((a) => a.hours),
      );
      expect(r.approxHours).toBeLessThanOrEqual(learn);
    }
    expect(plan.beyond.map((r) => r.title)).toContain("Certified Kubernetes Administrator (CKA)");
    expect(texts(plan).join("\n")).not.toContain("Certified Kubernetes Administrator");
  });

  it("starts each resource once and finishes it inside the plan", () => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek: 10 });
    for (const r of plan.inPlan) {
      const lines = texts(plan).filter((t) => t.includes(`“${r.title}”`));
      expect(lines.filter((t) => /: (start|do) “/.test(t))).toHaveLength(1);
      expect(lines.some((t) => /finish “|: do “/.test(t))).toBe(true);
    }
  });

  it("never repeats a line, so no two weeks are alike", () => {
    for (const hoursPerWeek of [1, 3, 6, 12, 40]) {
      for (const shape of ["stay", "adjacent", "cross-domain"] as const) {
        const all = texts(buildNinetyDayPlan({ ...base, hoursPerWeek, shape, gaps: base.gaps.slice(0, 1) }));
        expect(new Set(all).size).toBe(all.length);
      }
    }
  });

  it("applies to as many employers as the milestone says, and none when staying", () => {
    const move = buildNinetyDayPlan(base);
    expect(move.applications).toEqual(["Monzo", "BBC"]);
    expect(move.milestones[2]!.checks.join(" ")).toContain("2 named employers: Monzo, BBC");
    const stay = buildNinetyDayPlan({ ...base, shape: "stay" });
    expect(stay.applications).toEqual([]);
    expect(texts(stay).join(" ")).not.toMatch(/Apply to/);
    expect(stay.project.title).toContain("CRUD API endpoint development");
  });

  it("puts AI tools on the buyer's own most exposed tasks first when staying", () => {
    const stay = buildNinetyDayPlan({ ...base, shape: "stay" });
    const ai = stay.weeks.slice(0, 3).flatMap((w) => w.actions.filter((a) => a.kind === "automate").map((a) => a.text));
    expect(ai[0]).toContain("CRUD API endpoint development");
    expect(ai[1]).toContain("Database query writing");
  });

  it("claims no level the hours cannot buy", () => {
    for (const hoursPerWeek of [1, 2, 4, 8, 20, 40]) {
      const plan = buildNinetyDayPlan({ ...base, hoursPerWeek });
      for (const c of plan.claims) expect(hoursBetween(c.from, c.to)).toBeLessThanOrEqual(c.hours);
    }
    const small = buildNinetyDayPlan({ ...base, hoursPerWeek: 1 });
    expect(small.milestones.flatMap((m) => m.checks).join(" ")).toMatch(/a first step towards level/);
  });

  it("makes the project's hours the sum of its lines", () => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek: 7 });
    expect(plan.project.hours).toBe(
      sum(
        plan.weeks
          .flatMap((w) => w.actions)
          .filter((a) => a.kind === "project")
          .map((a) => a.hours),
      ),
    );
  });

  it("keeps one-off steps short however long the week", () => {
    const plan = buildNinetyDayPlan({ ...base, hoursPerWeek: 20 });
    for (const a of plan.weeks.flatMap((w) => w.actions))
      if (a.kind === "network" || a.kind === "grow") expect(a.hours).toBeLessThanOrEqual(1);
  });

  it("is deterministic and does not depend on the order gaps arrive in", () => {
    expect(buildNinetyDayPlan({ ...base, gaps: [...base.gaps].reverse() })).toEqual(buildNinetyDayPlan(base));
  });
});

describe("a move with a single skill gap", () => {
  const single: PlanInput = {
    ...base,
    gaps: [{ skill: "Containers and Kubernetes", yourLevel: 1, requiredLevel: 3, importance: 85 }],
    targetSkills: [
      { skill: "Containers and Kubernetes", yourLevel: 1, importance: 85 },
      { skill: "Cloud Infrastructure", yourLevel: 5, importance: 90 },
      { skill: "Infrastructure as Code", yourLevel: 2, importance: 80 },
      { skill: "Developer Experience", yourLevel: 2, importance: 60 },
    ],
    resources: [
      ...base.resources,
      {
        title: "Kubernetes Basics",
        provider: "Kubernetes",
        kind: "course",
        skills: ["Containers and Kubernetes"],
        approxHours: 6,
        approxCostGbp: 0,
      },
      {
        title: "Terraform Tutorials",
        provider: "HashiCorp",
        kind: "course",
        skills: ["Infrastructure as Code"],
        approxHours: 4,
        approxCostGbp: 0,
      },
    ],
  };

  it("tops the focus up with the target's most important skills not yet mastered, a level up on each, each with its own resource", () => {
    const plan = buildNinetyDayPlan(single);
    expect(plan.focus.map((f) => f.skill)).toEqual(["Containers and Kubernetes", "Infrastructure as Code", "Developer Experience"]);
    expect(plan.focus.slice(1).map((f) => f.requiredLevel - f.yourLevel)).toEqual([1, 1]);
    expect(plan.focus.filter((f) => f.resource).length).toBeGreaterThanOrEqual(2);
    expect(new Set(plan.inPlan.map((r) => r.skill)).size).toBeGreaterThanOrEqual(2);
    expect(plan.weeks.every((w) => sum(w.actions.map((a) => a.hours)) === 5)).toBe(true);
  });

  it("works on two skills when the hours are few, and on the gap alone when the target has no other skill", () => {
    expect(buildNinetyDayPlan({ ...single, hoursPerWeek: 2 }).focus).toHaveLength(2);
    expect(buildNinetyDayPlan({ ...single, targetSkills: [single.targetSkills[0]!] }).focus).toHaveLength(1);
  });

  it("works on a named skill of unknown level as evidence, claiming no level for it", () => {
    const plan = buildNinetyDayPlan({ ...single, targetSkills: ["Containers and Kubernetes", "Developer Experience"] });
    expect(plan.focus.map((f) => f.skill)).toEqual(["Containers and Kubernetes", "Developer Experience"]);
    expect(plan.claims.filter((c) => c.skill === "Developer Experience")).toEqual([]);
  });
});

describe("resources for this buyer", () => {
  const security = {
    title: "CompTIA Security+",
    provider: "CompTIA",
    kind: "certification" as const,
    skills: ["Security Engineering", "Networking"],
    approxHours: 80,
    approxCostGbp: 330,
  };
  it("reads a level from the title when the catalogue gives none, and prefers the catalogue's", () => {
    expect(resourceLevel({ title: "Microsoft Certified: Azure Fundamentals (AZ-900)" })).toBe("foundation");
    expect(resourceLevel({ title: "HashiCorp Certified: Terraform Associate" })).toBe("foundation");
    expect(resourceLevel({ title: "AWS Certified Solutions Architect – Professional" })).toBe("advanced");
    expect(resourceLevel({ title: "Team Topologies" })).toBe("intermediate");
    expect(resourceLevel({ title: "CompTIA Security+", level: "intermediate" })).toBe("intermediate");
  });
  it("gives no entry-level certificate to a senior and nothing foundation to someone at working level", () => {
    expect(suits(security, 1, "senior")).toBe(false);
    expect(suits(security, 1, "junior")).toBe(true);
    expect(suits(security, 3, "junior")).toBe(false);
    expect(suits({ ...security, title: "AWS Certified Security – Specialty" }, 1, "mid")).toBe(false);
  });
  it("files a certificate under its main subject only", () => {
    expect(teaches(security, "Security Engineering")).toBe(true);
    expect(teaches(security, "Networking")).toBe(false);
    expect(teaches({ ...security, kind: "book" }, "Networking")).toBe(true);
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
  });
  it("prices each level step and buys only whole steps", () => {
    expect(hoursBetween(0, 3)).toBe(35);
    expect(reachableLevel(2, 19, 4)).toBe(2);
    expect(reachableLevel(2, 20, 4)).toBe(3);
    expect(reachableLevel(0, 1000, 3)).toBe(3);
  });
  it("sizeActions caps one-off steps and keeps the week's total", () => {
    const sized = sizeActions([{ weight: 5 }, { weight: 1, cap: 1 }], 10);
    expect(sized.map((a) => a.hours)).toEqual([9, 1]);
  });
});
