import { describe, expect, it } from "vitest";
import { dueAfterBusinessDays, isBusinessDay, londonDate, londonMidnight } from "./business-days";

const due = (iso: string) => dueAfterBusinessDays(new Date(iso), 2).toISOString();

describe("londonMidnight", () => {
  it("follows GMT in winter and BST in summer", () => {
    expect(londonMidnight("2026-01-15").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(londonMidnight("2026-07-15").toISOString()).toBe("2026-07-14T23:00:00.000Z");
  });

  it("is right on the days the clocks change", () => {
    expect(londonMidnight("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(londonMidnight("2026-10-25").toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });
});

describe("londonDate", () => {
  it("uses the London calendar, not UTC", () => {
    expect(londonDate(new Date("2026-07-14T23:30:00Z"))).toBe("2026-07-15");
    expect(londonDate(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-14");
  });
});

describe("isBusinessDay", () => {
  it.each([
    ["2026-11-24", true], // Tuesday
    ["2026-11-28", false], // Saturday
    ["2026-11-29", false], // Sunday
    ["2026-12-25", false], // Christmas Day
    ["2026-12-26", false], // Boxing Day (Saturday)
    ["2026-12-28", false], // Boxing Day substitute (Monday)
    ["2026-04-03", false], // Good Friday
    ["2026-04-06", false], // Easter Monday
    ["2026-08-31", false], // Summer bank holiday (England & Wales)
  ])("%s → %s", (date, expected) => {
    expect(isBusinessDay(date)).toBe(expected);
  });
});

describe("dueAfterBusinessDays (2 UK business days, end of day, Europe/London)", () => {
  it("counts from the day after payment on an ordinary week", () => {
    expect(due("2026-11-24T10:00:00Z")).toBe("2026-11-27T00:00:00.000Z"); // Tue → end of Thu
  });

  it("skips the weekend", () => {
    expect(due("2026-11-27T15:00:00Z")).toBe("2026-12-02T00:00:00.000Z"); // Fri → end of Tue
    expect(due("2026-11-28T09:00:00Z")).toBe("2026-12-02T00:00:00.000Z"); // Sat → end of Tue
  });

  it("skips Christmas, Boxing Day and its substitute", () => {
    expect(due("2026-12-24T12:00:00Z")).toBe("2026-12-31T00:00:00.000Z"); // Thu 24 → Tue 29, Wed 30 → end of Wed 30
  });

  it("skips Good Friday and Easter Monday", () => {
    expect(due("2026-04-02T12:00:00Z")).toBe("2026-04-08T23:00:00.000Z"); // Thu → Tue 7, Wed 8 → end of Wed (BST)
  });

  it("uses the London date for a payment just after midnight in summer", () => {
    // 23:30 UTC on Monday 13 July is 00:30 on Tuesday in London.
    expect(due("2026-07-13T23:30:00Z")).toBe("2026-07-16T23:00:00.000Z"); // Tue → Wed, Thu → end of Thu
  });
});
