import { describe, expect, it } from "vitest";
import { emailCaptureSchema, experienceSchema, fieldErrors, goalsSchema, skillsSchema, startSchema, tasksSchema } from "./schemas";

const occupation = "backend-developer";

describe("startSchema", () => {
  it("accepts a slug and rejects anything else", () => {
    expect(startSchema.safeParse({ occupation }).success).toBe(true);
    for (const bad of ["", "Backend Developer", "../etc", "a--b", "x".repeat(81), undefined, 42]) {
      expect(startSchema.safeParse({ occupation: bad }).success).toBe(false);
    }
  });
});

describe("experienceSchema", () => {
  it("coerces whole years within 0–50 and a known seniority", () => {
    expect(experienceSchema.parse({ occupation, years: " 7 ", seniority: "senior" })).toEqual({ occupation, years: 7, seniority: "senior" });
  });

  it.each([["-1"], ["51"], ["2.5"], ["1e1"], [""], ["seven"], [undefined]])("rejects years %s with a message", (years) => {
    const r = experienceSchema.safeParse({ occupation, years, seniority: "mid" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error).years).toMatch(/years of experience/);
  });

  it("rejects an unknown seniority", () => {
    expect(experienceSchema.safeParse({ occupation, years: "3", seniority: "overlord" }).success).toBe(false);
  });
});

describe("tasksSchema", () => {
  const shares = (values: (string | undefined)[]) => values.map((value, i) => ({ position: i + 1, value }));

  it("accepts shares that add up to 100", () => {
    expect(tasksSchema.safeParse({ occupation, shares: shares(["50", "30", "20"]) }).success).toBe(true);
  });

  it("explains a total that is not 100, unless normalising was asked for", () => {
    const r = tasksSchema.safeParse({ occupation, shares: shares(["50", "30", "10"]) });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error).shares).toContain("add up to 90%");
    expect(tasksSchema.safeParse({ occupation, normalise: "on", shares: shares(["50", "30", "10"]) }).success).toBe(true);
  });

  it("refuses an all-zero week even with normalising", () => {
    expect(tasksSchema.safeParse({ occupation, normalise: "on", shares: shares(["0", "0"]) }).success).toBe(false);
  });

  it.each([["101"], ["-5"], ["12.5"], [""], [undefined]])("rejects a share of %s", (value) => {
    expect(tasksSchema.safeParse({ occupation, normalise: "on", shares: shares([value, "50"]) }).success).toBe(false);
  });
});

describe("skillsSchema", () => {
  it("accepts ratings 1–5 only", () => {
    expect(skillsSchema.safeParse({ occupation, ratings: [{ skill: "Programming", rating: "5" }] }).success).toBe(true);
    for (const rating of ["0", "6", "3.5", "", undefined]) {
      expect(skillsSchema.safeParse({ occupation, ratings: [{ skill: "Programming", rating }] }).success).toBe(false);
    }
  });
});

describe("goalsSchema", () => {
  it("accepts a known goal, 1–40 hours and a UK region", () => {
    expect(goalsSchema.parse({ occupation, goal: "adjacent", hoursPerWeek: "6", region: "wales" })).toMatchObject({ hoursPerWeek: 6 });
  });

  it.each([
    { goal: "world-domination", hoursPerWeek: "6", region: "wales" },
    { goal: "adjacent", hoursPerWeek: "0", region: "wales" },
    { goal: "adjacent", hoursPerWeek: "41", region: "wales" },
    { goal: "adjacent", hoursPerWeek: "6", region: "atlantis" },
  ])("rejects %o", (answers) => {
    expect(goalsSchema.safeParse({ occupation, ...answers }).success).toBe(false);
  });
});

describe("goalsSchema: the optional salary band", () => {
  const goals = { occupation, goal: "adjacent", hoursPerWeek: "6", region: "wales" };
  it("keeps a known band and drops an empty or missing one", () => {
    expect(goalsSchema.parse({ ...goals, salaryBand: "55-65k" }).salaryBand).toBe("55-65k");
    expect(goalsSchema.parse({ ...goals, salaryBand: "" }).salaryBand).toBeUndefined();
    expect(goalsSchema.parse(goals).salaryBand).toBeUndefined();
  });

  it.each(["60000", "55-65K", "prefer-not", " 55-65k"])("rejects %s with a message a person can act on", (salaryBand) => {
    const result = goalsSchema.safeParse({ ...goals, salaryBand });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!).salaryBand).toBe("Choose one of the salary bands, or “Prefer not to say”.");
  });
});

describe("emailCaptureSchema", () => {
  it("normalises the address and requires consent", () => {
    expect(emailCaptureSchema.parse({ email: " Sam@Example.COM ", consent: "yes" }).email).toBe("sam@example.com");
    expect(emailCaptureSchema.safeParse({ email: "sam@example.com" }).success).toBe(false);
    expect(emailCaptureSchema.safeParse({ email: "not-an-email", consent: "yes" }).success).toBe(false);
    expect(emailCaptureSchema.safeParse({ email: `${"a".repeat(250)}@x.co`, consent: "yes" }).success).toBe(false);
  });
});
