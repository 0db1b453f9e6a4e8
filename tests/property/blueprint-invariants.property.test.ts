/**
 * Consistency of the Blueprint as a property: 600 generated buyers (every curated role, goal,
 * seniority, region, weekly hours, ratings and split of the week), each turned into the model and
 * the page data the PDF prints, and one test per invariant over all of them. No rendering: the
 * page selectors hold every word the pages print apart from fixed copy. The invariants live in
 * tests/support/blueprint-invariants.ts, shared with the run over every imported occupation.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../pdf/blueprint-model";
import { sampleBuyers } from "../support/blueprint-buyers";
import { BLUEPRINT_INVARIANTS, pageData, stringsOf, type Buyer } from "../support/blueprint-invariants";

const BUYERS = 600;

let buyers: Buyer[] = [];

beforeAll(() => {
  buyers = sampleBuyers(BUYERS).map((input) => {
    const model = buildModel(input);
    const { answers } = input;
    const name = `${input.occupation.slug} ${answers.experience.seniority} ${answers.goals.goal} ${answers.goals.hoursPerWeek}h ${answers.goals.region}`;
    return { name, model, strings: stringsOf(pageData(model)) };
  });
}, 180_000);

/** Runs `check` for every buyer, collecting failures so one run lists them all. */
function everyBuyer(check: (b: Buyer) => string[]) {
  const failures = buyers.flatMap((b) => check(b).map((f) => `${b.name}: ${f}`));
  expect(failures.slice(0, 10)).toEqual([]);
}

describe(`the Blueprint for ${BUYERS} generated buyers`, () => {
  it("covers every curated role, goal and seniority", () => {
    expect(buyers).toHaveLength(BUYERS);
    expect(new Set(buyers.map((b) => b.model.input.occupation.slug)).size).toBe(12);
    expect(new Set(buyers.map((b) => `${b.model.input.answers.goals.goal}/${b.model.input.answers.experience.seniority}`)).size).toBe(12);
  });

  for (const { name, check } of BLUEPRINT_INVARIANTS) it(name, () => everyBuyer(check));
});
