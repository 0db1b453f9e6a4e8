import { describe, expect, it } from "vitest";
import { exposureComparisons } from "./comparisons";

const tech = (id: number, exposureScore: number) => ({ id, sector: "Technology", exposureScore, title: `T${id}` });

describe("exposureComparisons", () => {
  const self = tech(1, 44);
  it("picks the nearest more exposed, a slightly lower and a much lower role", () => {
    const others = [self, tech(2, 49), tech(3, 60), tech(4, 36), tech(5, 29), tech(6, 10)];
    const c = exposureComparisons(self, others);
    expect(c.moreExposed?.id).toBe(2);
    expect(c.sameSectorLower?.id).toBe(4);
    expect(c.muchLower?.id).toBe(5);
  });

  it("leaves a card empty rather than inventing one", () => {
    const c = exposureComparisons(self, [self, tech(2, 30)]);
    expect(c.moreExposed).toBeUndefined();
    expect(c.sameSectorLower).toBeUndefined();
    expect(c.muchLower?.id).toBe(2);
  });

  it("falls back to other sectors for the more-exposed card", () => {
    const other = { id: 9, sector: "Finance", exposureScore: 70, title: "F" };
    expect(exposureComparisons(self, [self, other]).moreExposed?.id).toBe(9);
  });
});
