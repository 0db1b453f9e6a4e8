import { describe, expect, it } from "vitest";
import { leadDataScientist } from "../sample-input";
import { selectMethodPage } from "./method.data";
import { analyst, modelOf } from "./test-fixture";
import { importedParalegal } from "../../tests/support/imported-fixture";

describe("selectMethodPage", () => {
  it("states the scoring constants the scores were computed with", () => {
    const page = selectMethodPage(modelOf(analyst()));
    expect(page.adjustment).toEqual({ junior: "+6", mid: "0", senior: "-4", lead: "-7" });
    expect([page.allWorkers, page.heldPercent, page.exposureWeight, page.adjacentMatch]).toEqual([30, 80, 0.5, 65]);
    expect(page.benchmarkSource).toMatch(/^Mean human-rated β exposure across 923 O\*NET occupations, Eloundou et al\. \(2024\)/);
  });

  it("is tied to this order and its scoring version", () => {
    expect(selectMethodPage(modelOf(analyst()))).toMatchObject({ scoringVersion: "test-7", orderId: "order-0001" });
  });

  it("cites the current role's sources, then each pivot's, each label once", () => {
    expect(selectMethodPage(modelOf(analyst())).sources).toEqual([
      { label: "Source A", url: "https://example.org/a" },
      { label: "Source B" },
      { label: "Source C", url: "https://example.org/c" },
      { label: "Source D" },
    ]);
  });

  it("cites at most ten sources, and none from a deleted target", () => {
    const input = analyst();
    input.occupation.content.sources = Array.from({ length: 12 }, (_, i) => ({ label: `Role source ${i + 1}` }));
    expect(selectMethodPage(modelOf(input)).sources.map((s) => s.label)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Role source ${i + 1}`),
    );
    const deleted = analyst();
    deleted.pivotTargets = [];
    expect(selectMethodPage(modelOf(deleted)).sources.map((s) => s.label)).toEqual(["Source A", "Source B"]);
  });

  it("clips a source label longer than the catalogue's longest", () => {
    const input = analyst();
    input.occupation.content.sources = [
      { label: "Annual Survey of Hours and Earnings, regional tables by occupation ".repeat(3).trim(), url: "https://example.org/ashe" },
    ];
    const [source] = selectMethodPage(modelOf(input)).sources;
    expect(source!.label.length).toBeLessThanOrEqual(201);
    expect(source!.label).not.toContain("…");
    expect(source!.url).toBe("https://example.org/ashe");
  });

  it("cites the lead sample's catalogue sources", () => {
    const input = leadDataScientist();
    const page = selectMethodPage(modelOf(input));
    expect(page.sources[0]).toEqual(input.occupation.content.sources![0]);
    expect(new Set(page.sources.map((s) => s.label)).size).toBe(page.sources.length);
    expect(page.orderId).toBe("sample-data-scientist");
  });
});

describe("page 15 for a role from the research catalogue", () => {
  it("cites the research, O*NET and BLS, and says where its paths, pay, employers and words come from", () => {
    const page = selectMethodPage(modelOf(importedParalegal()));
    const labels = page.sources.map((r) => r.label);
    expect(labels.some((l) => l.startsWith("Eloundou, Manning, Mishkin and Rock (2024)"))).toBe(true);
    expect(labels.some((l) => l.startsWith("O*NET OnLine"))).toBe(true);
    expect(labels.some((l) => l.startsWith("U.S. Bureau of Labor Statistics"))).toBe(true);
    expect(page.importedPaths).toMatch(/O\*NET task statements/);
    expect(page.pay).toMatch(/US national wages \(BLS OEWS May 2021\)/);
    expect(page.employers).toMatch(/typical UK employers of the role's sector/);
    expect(page.authorship).toMatch(
      /^Occupation descriptions.*Task statements, skills and job zones of roles from the research catalogue are O\*NET's/,
    );
  });

  it("keeps a curated Blueprint's account as it was", () => {
    const page = selectMethodPage(modelOf(analyst()));
    expect(page.importedPaths).toBeNull();
    expect(page.pay).toMatch(/^Salary bands are the 25th, median and 75th percentile of advertised UK salaries/);
    expect(page.pay).not.toMatch(/BLS/);
    expect(page.authorship).not.toMatch(/O\*NET's/);
    expect(page.sources.map((r) => r.label).join(" ")).not.toMatch(/Bureau of Labor Statistics/);
  });
});

describe("the order reference on page 15", () => {
  it("is the one the cover and the emails quote, never the raw order id", () => {
    const input = analyst();
    input.orderId = "1a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d";
    const page = selectMethodPage(modelOf(input));
    expect(page.orderId).toBe("CP-1A2B3C4D-5E6F");
  });
});
