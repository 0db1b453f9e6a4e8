import { describe, expect, it } from "vitest";
import { taskExposure, taskRisk } from "./catalogue-import";
import { EXPOSURE_LABEL_TEXT, exposureLabelOf, LABEL_RISK } from "./exposure-labels";

describe("exposure label wording", () => {
  it("reads each imported task weight back as the research label, never as a percentage", () => {
    for (const label of ["E0", "E1", "E2"] as const) {
      expect(exposureLabelOf(taskExposure(label))).toBe(label);
      expect(LABEL_RISK[label]).toBe(taskRisk(label));
      expect(EXPOSURE_LABEL_TEXT[label]).not.toMatch(/%/);
    }
    expect(EXPOSURE_LABEL_TEXT.E1).toBe("Direct exposure (an LLM alone could halve the time)");
    expect(exposureLabelOf(44)).toBeNull();
  });
});
