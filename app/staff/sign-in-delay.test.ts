import { describe, expect, it } from "vitest";
import { delayAfterFailures, MAX_DELAY_SECONDS, waitPhrase } from "./sign-in-delay";

describe("sign-in delay per account", () => {
  it("forgives one typo, then doubles from 1 second with each failure in a row and stops growing at the cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 50].map(delayAfterFailures)).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(delayAfterFailures(1_000_000)).toBe(MAX_DELAY_SECONDS);
    expect(delayAfterFailures(Number.NaN)).toBe(0);
  });

  it("caps an account under constant attack at no more than 100 failures an hour (ASVS 5.0 6.3.1)", () => {
    let elapsed = 0;
    let failures = 0;
    // The attacker gets the first failure free, then waits out every delay.
    while (elapsed < 3600) elapsed += delayAfterFailures(++failures);
    expect(failures).toBeLessThanOrEqual(100);
  });

  it("says how long to wait in words", () => {
    expect(waitPhrase(1)).toBe("1 second");
    expect(waitPhrase(60)).toBe("60 seconds");
    expect(waitPhrase(900)).toBe("15 minutes");
  });
});
