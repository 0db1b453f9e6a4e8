import { describe, expect, it } from "vitest";
import { PROJECTS } from "../../domain/blueprint-plan-content";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectPlanPage } from "./plan.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

describe("selectPlanPage", () => {
  it("opens with the hours, the target and each focus skill's weeks and resource", () => {
    const page = selectPlanPage(modelOf(analyst()), 1);
    expect([page.kicker, page.title]).toEqual(["Your 90-day plan · part 1 of 3", "Days 1–30: free up time, start on your biggest gap"]);
    expect(page.intro).toEqual({
      hours: "5 hours",
      totalHours: 60,
      targetTitle: "Data Engineer",
      focus: [
        { skill: "Data Engineering", weeks: [1, 2, 3, 4, 10], resource: "dbt Fundamentals, dbt Labs — about 5 h, free" },
        { skill: "Programming", weeks: [5, 6, 7, 11], resource: "guided self-study, set out week by week" },
        { skill: "Databases and SQL", weeks: [8, 9, 12], resource: "guided self-study, set out week by week" },
      ],
    });
  });

  it.each([1, 2, 3] as const)("part %i shows its four weeks, its milestone and nothing of the other parts", (phase) => {
    const page = selectPlanPage(modelOf(analyst()), phase);
    expect(page.weeks.map((w) => w.week)).toEqual([1, 2, 3, 4].map((w) => w + (phase - 1) * 4));
    expect(page.milestone!.day).toBe(phase * 30);
    expect(page.intro === null).toBe(phase !== 1);
    expect(page.project === null).toBe(phase !== 3);
  });

  it("sizes every week to the person's hours, in words and per action", () => {
    const week = selectPlanPage(modelOf(analyst()), 1).weeks[0]!;
    expect([week.theme, week.days, week.hours]).toEqual(["Free up time, start Data Engineering", "Days 1–7", "5 hours"]);
    expect(week.actions.map((a) => a.hours)).toEqual(["2.5 h", "1.5 h", "1 h"]);
    expect(week.actions[1]!.text).toBe("Hand part of “Writing routine reports” to Tool 1a; check its output against yours and log the hours it frees.");
  });

  it.each([
    [1, "1 hour", 12, "1 hour"],
    [40, "40 hours", 480, "40 hours"],
  ])("works at %i hour(s) a week", (hours, hoursText, total, weekHours) => {
    const input = analyst();
    input.answers.goals.hoursPerWeek = hours;
    const page = selectPlanPage(modelOf(input), 1);
    expect([page.intro!.hours, page.intro!.totalHours, page.weeks[0]!.hours]).toEqual([hoursText, total, weekHours]);
  });

  it("ends with the portfolio project for the first pivot's role", () => {
    expect(selectPlanPage(modelOf(analyst()), 3).project).toEqual({
      title: "An incremental data pipeline",
      brief: PROJECTS["data-engineer"]!.brief,
      hours: 21,
      totalHours: 60,
      skills: ", exercising Data Engineering, Programming, Databases and SQL",
      deliverables: [
        "A one-page brief: the problem, who it is for and what done looks like",
        "A working version with tests or evidence that it works",
        "A write-up of your decisions and trade-offs (500–800 words)",
        "A short demo or walkthrough you can share in an interview",
      ],
    });
  });

  it("aims at the current role when there is no pivot, and names no skills when the role lists none", () => {
    const input = withPivots(analyst(), []);
    expect(selectPlanPage(modelOf(input), 1).intro!.targetTitle).toBe("Data Analyst");
    input.occupation.skills = [];
    const project = selectPlanPage(modelOf(input), 3).project!;
    expect([project.title, project.skills]).toEqual(["A Data Analyst case study", ""]);
  });

  it("follows the samples' hours and first pivot", () => {
    const junior = selectPlanPage(modelOf(juniorBackend()), 1).intro!;
    expect([junior.hours, junior.totalHours, junior.targetTitle, junior.focus[0]!.skill]).toEqual(["4 hours", 48, "Platform Engineer", "Containers and Kubernetes"]);
    expect(junior.focus[0]!.weeks).toEqual([1, 2, 3, 10]);
    const lead = modelOf(leadDataScientist());
    expect(selectPlanPage(lead, 1).intro!.hours).toBe("9 hours");
    expect(selectPlanPage(lead, 3).project!.title).toBe("A monitored model service");
  });
});
