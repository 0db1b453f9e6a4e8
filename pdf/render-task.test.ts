import { describe, expect, it } from "vitest";
import { partsFor } from "./render";
import { BLUEPRINT_PAGE_COUNT, splitPages } from "./render-task";

describe("splitPages", () => {
  it("covers every page once, in order, in runs whose sizes differ by at most one", () => {
    for (let parts = 1; parts <= 20; parts++) {
      const runs = splitPages(BLUEPRINT_PAGE_COUNT, parts);
      expect(runs.flat()).toEqual(Array.from({ length: BLUEPRINT_PAGE_COUNT }, (_, i) => i + 1));
      const sizes = runs.map((r) => r.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(runs).toHaveLength(Math.min(parts, BLUEPRINT_PAGE_COUNT));
    }
  });

  it("gives the earlier run the extra page when the count is odd", () => {
    expect(splitPages(15, 2)).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10, 11, 12, 13, 14, 15],
    ]);
    expect(splitPages(15, 4).map((r) => r.length)).toEqual([4, 4, 4, 3]);
  });

  it("treats nonsense part counts as one run", () => {
    expect(splitPages(15, 0)).toEqual([Array.from({ length: 15 }, (_, i) => i + 1)]);
    expect(splitPages(15, -3)).toHaveLength(1);
  });
});

describe("partsFor", () => {
  it("uses every idle thread when the pool is idle", () => {
    expect(partsFor(2, 0)).toBe(2);
    expect(partsFor(3, 0)).toBe(3);
  });

  it("renders whole on one thread when fewer than two threads are idle", () => {
    expect(partsFor(2, 1)).toBe(1);
    expect(partsFor(2, 5)).toBe(1);
    expect(partsFor(1, 0)).toBe(1);
  });

  it("stops at four parts on big machines, where more parts cost more than they save", () => {
    expect(partsFor(64, 0)).toBe(4);
    expect(partsFor(64, 61)).toBe(3);
  });
});
