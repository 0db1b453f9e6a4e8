import { describe, expect, it } from "vitest";
import { blueprintAvailable, MIN_BLUEPRINT_EMPLOYERS } from "./blueprint-availability";

const employers = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Employer ${i}` }));
const complete = {
  salary: { median: 65_000, source: "ITJobsWatch, permanent UK job adverts" },
  employers: employers(MIN_BLUEPRINT_EMPLOYERS),
  learningResources: [{ title: "AWS Certified Developer – Associate" }],
};

describe("blueprintAvailable", () => {
  it("sells it when salary, five employers and a learning resource are there", () => {
    expect(blueprintAvailable(complete)).toBe(true);
  });

  it.each([
    ["no content at all (an imported role)", {}],
    ["no salary band", { ...complete, salary: undefined }],
    ["a salary band without a source", { ...complete, salary: { median: 65_000, source: "" } }],
    ["four employers", { ...complete, employers: employers(MIN_BLUEPRINT_EMPLOYERS - 1) }],
    ["no learning resources", { ...complete, learningResources: [] }],
  ])("does not sell it with %s", (_, content) => {
    expect(blueprintAvailable(content)).toBe(false);
  });

  it("does not sell it for a missing occupation content", () => {
    expect(blueprintAvailable(null)).toBe(false);
  });
});
