import { describe, expect, it } from "vitest";
import {
  appliedSentence,
  applyRatio,
  bandText,
  blsSourceText,
  blsSourceUrl,
  medianOnBasis,
  payBasisOf,
  ratioSentence,
  ratioText,
  usRatio,
} from "./pay-ratio";
import type { UsWages } from "./us-wages";

const wages = (socCode: string, median: number | null, extra: Partial<UsWages> = {}): UsWages => ({
  source: "BLS OEWS May 2021",
  currency: "USD",
  socCode,
  matched: "detailed",
  annual: { p10: null, p25: null, median, p75: null, p90: null },
  hourlyMedian: null,
  topCoded: [],
  ...extra,
});

const lawyers = wages("23-1011", 127_990);
const paralegals = wages("23-2011", 56_230);

describe("usRatio", () => {
  it("divides the target's US median by the current role's and applies it to the buyer's band, rounded to £1,000", () => {
    const r = usRatio(lawyers, paralegals, { min: 35_000, max: 45_000 });
    expect(r).toEqual({ kind: "ratio", ratio: 0.44, bound: "exact", applied: { min: 15_000, max: 20_000 } });
    expect(usRatio(lawyers, paralegals, null)).toEqual({ kind: "ratio", ratio: 0.44, bound: "exact", applied: null });
  });

  it("keeps an open band open and 'under' bands starting at nothing", () => {
    expect(applyRatio({ min: 100_000, max: null }, 0.78)).toEqual({ min: 78_000, max: null });
    expect(applyRatio({ min: 0, max: 25_000 }, 0.78)).toEqual({ min: 0, max: 20_000 });
  });

  it("shows no difference for two roles BLS reports under one code, none for two top-coded medians, and names what is missing", () => {
    expect(usRatio(wages("29-1141", 77_600), wages("29-1141", 77_600), null)).toEqual({ kind: "same-code", socCode: "29-1141" });
    const top = wages("29-1215", 208_000, { topCoded: ["median"] });
    expect(usRatio(top, wages("29-1216", 208_000, { topCoded: ["median"] }), null)).toEqual({ kind: "both-top" });
    expect(usRatio(null, paralegals, null)).toEqual({ kind: "missing", which: "current" });
    expect(usRatio(lawyers, undefined, null)).toEqual({ kind: "missing", which: "target" });
    expect(usRatio(wages("1", null), wages("2", null), null)).toEqual({ kind: "missing", which: "both" });
  });

  it("says 'at least' when only the target is top-coded and 'at most' when only the current role is", () => {
    const surgeons = wages("29-1248", 208_000, { topCoded: ["median"] });
    const r = usRatio(lawyers, surgeons, { min: 55_000, max: 65_000 });
    expect(r).toMatchObject({ kind: "ratio", bound: "at-least", ratio: 1.63 });
    expect(ratioText(r as { ratio: number; bound: "at-least" })).toBe("at least 1.63×");
    expect(appliedSentence(r, "£55,000 to £65,000")).toBe("on your £55,000 to £65,000 band that would be at least £90,000–£106,000");
    const down = usRatio(surgeons, lawyers, { min: 100_000, max: null });
    expect(down).toMatchObject({ bound: "at-most" });
    // An open band has no top for "at most" to bound: nothing is applied.
    expect(appliedSentence(down, "£100,000 or more")).toBeNull();
  });
});

describe("the words", () => {
  it("says the ratio as the issue's example does, and 'about the same' within 3 %", () => {
    const r = usRatio(lawyers, paralegals, { min: 35_000, max: 45_000 });
    expect(ratioSentence(r, "Paralegals and Legal Assistants", "Lawyers")).toBe(
      "Paralegals and Legal Assistants earn about 0.44× what Lawyers earn in the US (BLS OEWS May 2021 medians)",
    );
    expect(appliedSentence(r, "£35,000 to £45,000")).toBe("on your £35,000 to £45,000 band that would be about £15,000–£20,000");
    const same = usRatio(wages("1", 50_000), wages("2", 51_000), null);
    expect(ratioSentence(same, "Cargo Agents", "Truck Drivers")).toBe(
      "Cargo Agents earn about the same as Truck Drivers in the US (1.02×, BLS OEWS May 2021 medians)",
    );
    expect(ratioSentence({ kind: "same-code", socCode: "29-1141" }, "Critical Care Nurses", "Registered Nurses")).toContain(
      "one US figure",
    );
  });

  it("never prints a pound figure that is not the buyer's band times the ratio", () => {
    expect(bandText({ min: 27_000, max: 35_000 })).toBe("about £27,000–£35,000");
    expect(bandText({ min: 0, max: 19_000 })).toBe("under about £19,000");
    expect(bandText({ min: 78_000, max: null })).toBe("about £78,000 or more");
    expect(appliedSentence({ kind: "same-code", socCode: "1" }, "£35,000 to £45,000")).toBeNull();
  });

  it("cites BLS with the SOC level the figure came from, a profile page for a detailed code and the national table for a broad group", () => {
    expect(blsSourceUrl({ socCode: "29-1141", matched: "detailed" })).toBe("https://www.bls.gov/oes/2021/may/oes291141.htm");
    expect(blsSourceUrl({ socCode: "13-1020", matched: "broad" })).toBe("https://www.bls.gov/oes/2021/may/oes_nat.htm");
    expect(blsSourceText({ socCode: "13-1020", matched: "broad" })).toMatch(
      /BLS OEWS May 2021, national \(US\) estimates in US dollars; SOC 13-1020 \(broad group/,
    );
  });
});

describe("the basis paths are ranked on", () => {
  it("compares UK with UK, US with US, and never across", () => {
    expect(payBasisOf({ ukMedian: 40_000, usWages: lawyers })).toBe("uk");
    expect(payBasisOf({ ukMedian: null, usWages: lawyers })).toBe("us");
    expect(payBasisOf({ ukMedian: null, usWages: null })).toBeNull();
    expect(medianOnBasis("us", { ukMedian: 50_000, usWages: paralegals })).toBe(56_230);
    expect(medianOnBasis("uk", { ukMedian: null, usWages: paralegals })).toBeNull();
    expect(medianOnBasis(null, { ukMedian: 50_000, usWages: paralegals })).toBeNull();
  });
});
