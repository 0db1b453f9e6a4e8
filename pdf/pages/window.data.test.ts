import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectWindowPage } from "./window.data";
import { analyst, modelOf } from "./test-fixture";
import { importedParalegal } from "../../tests/support/imported-fixture";

const era = (period: string) => ({
  period,
  title: `What ${period} brings`,
  body: `In ${period} the routine part of the work moves to AI tools.`,
});

describe("selectWindowPage", () => {
  it("puts the person's own window first and says when the role has no narrative", () => {
    const page = selectWindowPage(modelOf(analyst()));
    expect([page.title, page.forYou, page.role, page.timelineIntro, page.eras]).toEqual([
      "1–2 years",
      "A large share of your week is exposed.",
      null,
      null,
      [],
    ]);
    expect(page.level).toMatchObject({ seniority: "Mid-level", years: "5 years" });
    expect(page.level.advice).toMatch(/^You sit in the middle of the change/);
  });

  it("adds the role's window and at most three eras, the line running down to the last one", () => {
    const input = analyst();
    input.occupation.content = {
      windowToAct: { label: "Late 2020s", detail: "Reporting is going first. ".repeat(20).trim() },
      timelineIntro: "How analysis work is changing.",
      timeline: [era("2025"), era("2027"), era("2030"), era("2035")],
    };
    const page = selectWindowPage(modelOf(input));
    expect(page.role).toMatchObject({ pluralTitle: "Data Analysts", label: "Late 2020s" });
    expect(page.role!.detail.length).toBeLessThanOrEqual(421);
    expect(page.timelineIntro).toBe("How analysis work is changing.");
    expect(page.eras.map((e) => [e.period, e.last])).toEqual([
      ["2025", false],
      ["2027", false],
      ["2030", true],
    ]);
  });

  it.each([
    ["junior", 0, "Junior", "0 years", /juniors do most of it/],
    ["senior", 1, "Senior", "1 year", /judgement, review and design/],
    ["lead", 22, "Lead", "22 years", /^As a lead/],
  ] as const)("speaks to a %s with %i years", (seniority, years, label, yearsText, advice) => {
    const input = analyst();
    input.answers.experience = { seniority, years };
    const { level } = selectWindowPage(modelOf(input));
    expect([level.seniority, level.years]).toEqual([label, yearsText]);
    expect(level.advice).toMatch(advice);
  });

  it("uses the samples' answers and the catalogue's timeline", () => {
    const junior = selectWindowPage(modelOf(juniorBackend()));
    expect([junior.title, junior.level.seniority, junior.level.years]).toEqual(["Act now", "Junior", "2 years"]);
    expect(junior.eras).toHaveLength(3);
    expect(junior.role!.pluralTitle).toBe("Backend Developers");
    const lead = selectWindowPage(modelOf(leadDataScientist()));
    expect([lead.title, lead.level.seniority, lead.level.years]).toEqual(["3–5 years", "Lead", "14 years"]);
  });

  it("gives an imported role, which has no written timeline, the research's stages of its own tasks, the buyer's biggest first", () => {
    const input = importedParalegal();
    input.occupation.content = { ...input.occupation.content, research: { ...input.occupation.content.research!, aiApplicability: 0.31 } };
    const page = selectWindowPage(modelOf(input));
    expect(page.timelineIntro).toMatch(/^How the research behind this report \(Eloundou et al., 2024\)/);
    expect(page.timelineIntro).toContain(
      "scores 0.31 for AI applicability, against 0.15 for the median occupation and 0.49 for the highest",
    );
    // The fixture's tasks: one directly exposed, two with tools, one not.
    expect(page.eras.map((e) => [e.period, e.last])).toEqual([
      ["Now", false],
      ["As tools arrive", false],
      ["Stays human", true],
    ]);
    expect(page.eras[0]!.body).toMatch(
      /^One of the 4 task statements O\*NET lists for Paralegals and Legal Assistants is directly exposed/,
    );
    expect(page.eras[0]!.body).toContain("“Prepare legal documents” (40% of your week)");
    expect(page.eras[1]!.body).toMatch(
      /^2 of the 4 task statements .* are exposed once tools built on LLMs reach them; among them “Research case law”/,
    );
    // A curated role keeps its own written timeline (or none): the research stages are for imported roles.
    expect(selectWindowPage(modelOf(analyst())).eras).toEqual([]);
  });
});
