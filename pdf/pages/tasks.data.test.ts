import { describe, expect, it } from "vitest";
import { juniorBackend, leadDataScientist } from "../sample-input";
import { selectTasksPage, verdictFor } from "./tasks.data";
import { analyst, modelOf, task } from "./test-fixture";

describe("verdictFor", () => {
  it.each([
    [60, 15, "Automate", "Let AI draft it; you review. Biggest time saving."],
    [60, 14, "Automate", "Let AI draft it; you review."],
    [59, 50, "Keep", "Keep it, with AI as an assistant for the routine parts."],
    [30, 0, "Keep", "Keep it, with AI as an assistant for the routine parts."],
    [29, 15, "Grow", "Core of your future value: deepen it."],
    [0, 14, "Grow", "Ask for more of this work."],
  ])("exposure %i with %i%% of the week: %s", (exposure, share, label, advice) => {
    expect(verdictFor(exposure, share)).toEqual({ label, advice });
  });
});

describe("selectTasksPage", () => {
  it("lists every task in catalogue order with the person's share and a verdict", () => {
    const page = selectTasksPage(modelOf(analyst()));
    expect(page.rows.map((r) => [r.position, r.name, r.share, r.verdict.label])).toEqual([
      [1, "Writing routine reports", 40, "Automate"],
      [2, "Cleaning data", 30, "Keep"],
      [3, "Presenting findings", 10, "Grow"],
      [4, "Building dashboards", 20, "Keep"],
    ]);
    expect(page.rows[0]!.tools).toBe("Tool 1a, Tool 1b, Tool 1c");
    expect(page.rows[0]!.verdict.advice).toBe("Let AI draft it; you review. Biggest time saving.");
    expect(page.intro).toBe("");
  });

  it("takes shares as a percentage of the person's own total, and a task without one as 0%", () => {
    const input = analyst();
    input.answers.tasks = {
      shares: [
        { position: 1, sharePercent: 2 },
        { position: 2, sharePercent: 1 },
        { position: 4, sharePercent: 1 },
      ],
      normalised: true,
    };
    expect(selectTasksPage(modelOf(input)).rows.map((r) => r.share)).toEqual([50, 25, 0, 25]);
  });

  it("clips long descriptions and puts the catalogue's introduction first", () => {
    const input = analyst();
    input.occupation.tasks[0]!.description = "Pulling the numbers together every Monday ".repeat(6).trim();
    input.occupation.content.tasksIntro = "Four tasks that make up an analyst's week.";
    const page = selectTasksPage(modelOf(input));
    expect(page.rows[0]!.description.length).toBeLessThanOrEqual(201);
    expect(page.rows[0]!.description).not.toContain("…");
    expect(page.intro).toBe("Four tasks that make up an analyst's week. ");
  });

  it("lists the ten tasks taking most of the week, in catalogue order, and counts the rest", () => {
    const input = analyst();
    input.occupation.tasks = Array.from({ length: 14 }, (_, i) => task(i + 1, 50, `Task ${i + 1}`));
    const shares = [1, 9, 2, 8, 4, 7, 4, 6, 5, 5, 6, 4, 7, 3];
    input.answers.tasks = { shares: shares.map((sharePercent, i) => ({ position: i + 1, sharePercent })), normalised: true };
    const page = selectTasksPage(modelOf(input));
    // Three tasks share the last two places at 4%: the earlier ones (5 and 7) are listed, 12 is not.
    expect(page.rows.map((r) => r.position)).toEqual([2, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
    expect(page.notListed).toEqual({ count: 4, share: 14 }); // (1 + 2 + 4 + 3) of 71
    expect(selectTasksPage(modelOf(analyst())).notListed).toBeNull();
  });

  it("clips task statements longer than the table's name column holds", () => {
    const input = analyst();
    input.occupation.tasks[0]!.name = "Direct or coordinate the financial and budget activities of the organisation ".repeat(4).trim();
    const name = selectTasksPage(modelOf(input)).rows[0]!.name;
    expect(name.length).toBeLessThanOrEqual(121);
    expect(name).toMatch(/^Direct or coordinate the financial .*\.$/);
  });

  it("shows the samples' own week split", () => {
    const junior = selectTasksPage(modelOf(juniorBackend()));
    expect(junior.rows.map((r) => r.share)).toEqual([35, 20, 20, 10, 10, 5, 0, 0]);
    expect(junior.rows[0]).toMatchObject({
      name: "CRUD API endpoint development",
      verdict: { label: "Automate", advice: "Let AI draft it; you review. Biggest time saving." },
    });
    const lead = selectTasksPage(modelOf(leadDataScientist()));
    expect(lead.rows.map((r) => r.share)).toEqual([5, 5, 10, 10, 15, 20, 15, 20]);
    expect(lead.intro).toMatch(/^Eight tasks .* $/);
  });
});
