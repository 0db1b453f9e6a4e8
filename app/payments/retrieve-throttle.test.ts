import { describe, expect, it } from "vitest";
import { RetrieveThrottle } from "./retrieve-throttle";

describe("RetrieveThrottle", () => {
  it("lets one retrieve per key through per interval", () => {
    const t = new RetrieveThrottle(5000, 100);
    expect(t.take("cs_a", 1000)).toBe(true);
    expect(t.take("cs_a", 1001)).toBe(false);
    expect(t.take("cs_a", 5999)).toBe(false);
    expect(t.take("cs_b", 1001)).toBe(true);
    expect(t.take("cs_a", 6000)).toBe(true);
  });

  it("forgets the oldest keys beyond its size, so memory stays bounded", () => {
    const t = new RetrieveThrottle(5000, 2);
    t.take("a", 0);
    t.take("b", 0);
    t.take("c", 0);
    expect(t.take("a", 1)).toBe(true);
    expect(t.take("c", 1)).toBe(false);
  });
});
