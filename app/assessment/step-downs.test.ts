import { describe, expect, it } from "vitest";
import { splitStepDownReason, stepDownView } from "./step-downs";

describe("splitStepDownReason", () => {
  it("takes what makes it a step down as the lead, capitalised, and keeps the rest as the detail", () => {
    expect(
      splitStepDownReason(
        "A step down: needs much less preparation and pays less. Work 30 % alike in O*NET task statements; needs much less preparation (job zone 4 → 2); pays about 30 % less (US median ratio 0.70); 5 points less exposed to AI.",
      ),
    ).toEqual({
      lead: "Needs much less preparation and pays less.",
      detail:
        "Work 30 % alike in O*NET task statements; needs much less preparation (job zone 4 → 2); pays about 30 % less (US median ratio 0.70); 5 points less exposed to AI.",
    });
    expect(splitStepDownReason("A step down: pays less. Work 20 % alike.")).toEqual({ lead: "Pays less.", detail: "Work 20 % alike." });
  });

  it("reads reasons imported before the lead was written, and any other text, without a lead", () => {
    expect(splitStepDownReason("A step down, shown only if you ask for one. Work 20 % alike; pays less (US median ratio 0.60).")).toEqual({
      lead: null,
      detail: "Work 20 % alike; pays less (US median ratio 0.60).",
    });
    expect(splitStepDownReason("A step down. Work 20 % alike.")).toEqual({ lead: null, detail: "Work 20 % alike." });
    expect(splitStepDownReason("Work 20 % alike.")).toEqual({ lead: null, detail: "Work 20 % alike." });
  });
});

describe("stepDownView", () => {
  const path = { targetId: 2, slug: "lighthouse-keepers", title: "Lighthouse Keepers", exposureScore: 17 };
  it("is nothing when not asked for, one line when there are none, and each path's lead and detail otherwise", () => {
    expect(stepDownView(undefined, "Thatchers")).toBeNull();
    expect(stepDownView([], "Lighthouse Keepers")).toMatchObject({
      intro: null,
      none: expect.stringMatching(/^We have no step-down options for lighthouse keepers: /),
      paths: [],
    });
    const view = stepDownView([{ ...path, reason: "A step down: pays less. Work 35 % alike." }], "Thatchers")!;
    expect(view.title).toBe("Step-down options you asked for");
    expect(view.none).toBeNull();
    expect(view.intro).toContain("These are not among your best moves");
    expect(view.paths).toEqual([
      { slug: "lighthouse-keepers", title: "Lighthouse Keepers", exposureScore: 17, lead: "Pays less.", detail: "Work 35 % alike." },
    ]);
  });
});
