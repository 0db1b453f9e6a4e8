import { describe, expect, it } from "vitest";
import { UK_REGIONS } from "../../domain/regions";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { preparedForText, selectCoverPage } from "./cover.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

describe("selectCoverPage", () => {
  it("shows the person's role, answers, what they asked for and their highest match", () => {
    const cover = selectCoverPage(modelOf(analyst()));
    expect(cover.asked).toMatch(/^You asked to future-proof your current role, with 5 hours a week\. This plan keeps you in your role/);
    expect(cover.delivers[0]).toMatch(
      /^A case study: “A before-and-after case study with AI tools: Writing routine reports”, about \d+(\.5)? hours of your 60$/,
    );
    expect(cover).toMatchObject({
      occupationTitle: "Data Analyst",
      hours: "5 hours",
      preparedFor: "sam.jones@example.com",
      date: "2 March 2026",
      personalScore: 58,
      risk: "medium",
      window: { label: "1–2 years", detail: "A large share of your week is exposed." },
      stats: [
        { value: "45", label: "typical Data Analyst" },
        { value: "30", label: "all workers (reference)" },
        { value: "80%", label: "highest match: Product Analyst" },
      ],
      years: "5 years",
      seniority: "mid-level",
      asTitle: "a Data Analyst",
      asRole: "a mid-level Data Analyst",
      region: "London",
      scoringVersion: "test-7",
    });
  });

  it("says 'you' without an email, and singular hours and years", () => {
    const input = analyst();
    input.buyerEmail = null;
    input.answers.goals.hoursPerWeek = 1;
    input.answers.experience = { years: 1, seniority: "lead" };
    const cover = selectCoverPage(modelOf(input));
    expect([cover.preparedFor, cover.hours, cover.years, cover.seniority]).toEqual(["you", "1 hour", "1 year", "lead"]);
  });

  it("breaks an address too long for one line before its @", () => {
    expect(preparedForText("alexandra.fitzgerald-worthington.advisory@engineering-team.example-company.co.uk")).toBe(
      "alexandra.fitzgerald-worthington.advisory\n@engineering-team.example-company.co.uk",
    );
    expect(preparedForText("sam.jones@example.com")).toBe("sam.jones@example.com");
    expect(preparedForText(`${"a".repeat(90)}@example.com`)).toBe(`${"a".repeat(60)}\n${"a".repeat(30)}\n@example.com`);
  });

  it("has a placeholder match figure when no pivot was computed", () => {
    expect(selectCoverPage(modelOf(withPivots(analyst(), []))).stats[2]).toEqual({ value: "–%", label: "no pivot computed" });
  });

  it("names every UK region as the person chose it, with “the” where a sentence needs it", () => {
    for (const { id, name } of UK_REGIONS) {
      const input = analyst();
      input.answers.goals.region = id;
      expect(selectCoverPage(modelOf(input)).region).toBe(/^(North|South|East|West)\b(?! Ireland)/.test(name) ? `the ${name}` : name);
    }
  });

  it("personalises the two sample Blueprints", () => {
    const junior = selectCoverPage(modelOf(juniorBackend()));
    expect([junior.occupationTitle, junior.preparedFor, junior.hours, junior.seniority, junior.region, junior.date]).toEqual([
      "Backend Developer",
      "priya.shah@example.co.uk",
      "4 hours",
      "junior",
      "London",
      "28 November 2026",
    ]);
    expect(junior.stats[2]!.label).toBe(`highest match: ${modelOf(juniorBackend()).strongest!.title}`);
    expect(junior.asked).toMatch(/^You asked to future-proof your current role, with 4 hours a week\./);
    const lead = selectCoverPage(modelOf(leadDataScientist()));
    expect([lead.preparedFor, lead.hours, lead.years, lead.seniority, lead.region]).toEqual([
      "you",
      "9 hours",
      "14 years",
      "lead",
      "Scotland",
    ]);
    expect(lead.asked).toMatch(/^You asked for a cross-domain move, with 9 hours a week\./);
  });
});
