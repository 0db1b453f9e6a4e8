import { describe, expect, it } from "vitest";
import { juniorBackend } from "../sample-input";
import { selectEmployersPage } from "./employers.data";
import { analyst, modelOf, withPivots } from "./test-fixture";

describe("selectEmployersPage", () => {
  it("gives each pivot a column of at most five employers, in catalogue order", () => {
    const page = selectEmployersPage(modelOf(analyst()));
    expect(page.columns.map((c) => [c.title, c.employers.map((e) => e.name)])).toEqual([
      ["Data Engineer", ["Engineer Employer 1", "Engineer Employer 2", "Engineer Employer 3", "Engineer Employer 4", "Engineer Employer 5"]],
      ["Product Analyst", ["Product Employer 1", "Product Employer 2"]],
      ["Analytics Manager", []],
    ]);
    expect(page.columns[0]!.employers[0]).toEqual({ name: "Engineer Employer 1", sector: "Retail", location: "Leeds" });
  });

  it("names the first pivot and the plan's project in the advice", () => {
    expect(selectEmployersPage(modelOf(analyst()))).toMatchObject({ firstTitle: "Data Engineer", projectTitle: "An incremental data pipeline" });
  });

  it("leaves out pivots whose target was deleted, and falls back to the current role without pivots", () => {
    const deleted = analyst();
    deleted.pivotTargets = deleted.pivotTargets.slice(1);
    const page = selectEmployersPage(modelOf(deleted));
    expect(page.columns.map((c) => c.targetId)).toEqual([3, 4]);
    expect(page.firstTitle).toBe("Data Engineer");
    const none = selectEmployersPage(modelOf(withPivots(analyst(), [])));
    expect([none.columns, none.firstTitle, none.projectTitle]).toEqual([[], "Data Analyst", "A Data Analyst case study"]);
  });

  it("clips names and places longer than a column holds, as the schema allows", () => {
    const input = analyst();
    input.pivotTargets[0]!.content.employers![0] = {
      name: "The Northern Regional Health and Social Care Data and Analytics Partnership",
      sector: "Public sector health and social care",
      location: "Newcastle upon Tyne, Middlesbrough and Sunderland",
    };
    expect(selectEmployersPage(modelOf(input)).columns[0]!.employers[0]).toEqual({
      name: "The Northern Regional Health and Social Care…",
      sector: "Public sector health and…",
      location: "Newcastle upon Tyne…",
    });
  });

  it("lists the junior sample's five named employers for each of its pivots", () => {
    const input = juniorBackend();
    const page = selectEmployersPage(modelOf(input));
    expect(page.columns.map((c) => c.title)).toEqual(["Platform Engineer", "Cloud Architect", "Security Engineer"]);
    for (const [i, column] of page.columns.entries()) {
      expect(column.employers.map((e) => e.name)).toEqual(input.pivotTargets[i]!.content.employers!.slice(0, 5).map((e) => e.name));
    }
  });
});
