import { describe, expect, it } from "vitest";
import { annualMedian, broadGroupOf, matchOewsRow, oewsFigure, payRatio, type UsWages } from "./us-wages";

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

describe("OEWS figures", () => {
  it("reads thousands separators, the top code and missing estimates", () => {
    expect(oewsFigure("45,760", "annual")).toEqual({ value: 45_760, topCoded: false });
    expect(oewsFigure("37.31", "hourly")).toEqual({ value: 37.31, topCoded: false });
    expect(oewsFigure("#", "annual")).toEqual({ value: 208_000, topCoded: true });
    expect(oewsFigure("#", "hourly")).toEqual({ value: 100, topCoded: true });
    expect(oewsFigure("*", "annual")).toEqual({ value: null, topCoded: false });
    expect(oewsFigure("", "annual")).toEqual({ value: null, topCoded: false });
    expect(oewsFigure("about 40k", "annual")).toBe("invalid");
    expect(oewsFigure("4,57,60", "annual")).toBe("invalid");
  });

  it("matches the detailed SOC, else its broad group", () => {
    const detailed = new Map([["29-1141", "nurses"]]);
    const broad = new Map([["13-1020", "buyers"]]);
    expect(broadGroupOf("13-1021")).toBe("13-1020");
    expect(matchOewsRow("29-1141", detailed, broad)).toEqual({ row: "nurses", code: "29-1141", matched: "detailed" });
    expect(matchOewsRow("13-1023", detailed, broad)).toEqual({ row: "buyers", code: "13-1020", matched: "broad" });
    expect(matchOewsRow("45-3031", detailed, broad)).toBeNull();
  });
});

describe("pay ratio", () => {
  it("uses the annual median, or the hourly one × 2080 when BLS gives only that", () => {
    expect(annualMedian(wages("27-2011", null, { hourlyMedian: 23.48 }))).toEqual({ value: 48_838, topCoded: false });
    expect(annualMedian(wages("45-3031", null))).toBeNull();
    expect(annualMedian(null)).toBeNull();
  });

  it("compares medians and says when a top-coded figure makes the ratio a bound", () => {
    const nurse = wages("29-1141", 77_600);
    expect(payRatio(nurse, wages("29-1171", 120_680))).toEqual({ ratio: 1.56, bound: "exact", sameGroup: false });
    expect(payRatio(nurse, wages("29-1215", 208_000, { topCoded: ["median"] }))).toEqual({
      ratio: 2.68,
      bound: "at-least",
      sameGroup: false,
    });
    expect(payRatio(wages("29-1215", 208_000, { topCoded: ["median"] }), nurse)).toEqual({
      ratio: 0.37,
      bound: "at-most",
      sameGroup: false,
    });
    const surgeon = wages("29-1242", 208_000, { topCoded: ["median"] });
    expect(payRatio(surgeon, wages("29-1243", 208_000, { topCoded: ["median"] }))).toEqual({
      ratio: 1,
      bound: "both-top",
      sameGroup: false,
    });
    expect(payRatio(nurse, wages("29-1141", 77_600))).toEqual({ ratio: 1, bound: "exact", sameGroup: true });
    expect(payRatio(nurse, null)).toBeNull();
  });
});
