import { describe, expect, it } from "vitest";
import { fieldErrors } from "../utils/form-errors";
import {
  EXTRA_RATING_MESSAGE,
  UNKNOWN_EXTRA_MESSAGE,
  emailCaptureSchema,
  assessmentField,
  experienceSchema,
  goalsSchema,
  skillsSchema,
  skillsSchemaFor,
  startSchema,
  tasksSchema,
} from "./schemas";

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
    expect(experienceSchema.parse({ occupation, years: " 7 ", seniority: "senior" })).toEqual({
      occupation,
      years: 7,
      seniority: "senior",
    });
  });

  it.each([["-1"], ["51"], ["2.5"], ["1e1"], [""], ["seven"], [undefined]])("rejects years %s with a message", (years) => {
    const r = experienceSchema.safeParse({ occupation, years, seniority: "mid" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrors(r.error, assessmentField).years).toMatch(/years of experience/);
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
    if (!r.success) expect(fieldErrors(r.error, assessmentField).shares).toContain("add up to 90%");
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

describe("skillsSchemaFor: optional ratings of the skills likely moves need", () => {
  const schema = skillsSchemaFor(["Infrastructure as Code", "Networking"]);
  const ratings = [{ skill: "Programming", rating: "4" }];

  it("adds rated extras to the ratings, stores nothing for a skipped one, and needs none at all", () => {
    const parsed = schema.parse({
      occupation,
      ratings,
      extras: [
        { skill: "Infrastructure as Code", rating: "5" },
        { skill: "Networking", rating: "" },
      ],
    });
    expect(parsed.ratings).toEqual([
      { skill: "Programming", rating: 4 },
      { skill: "Infrastructure as Code", rating: 5 },
    ]);
    expect(schema.parse({ occupation, ratings }).ratings).toEqual([{ skill: "Programming", rating: 4 }]);
    expect(schema.parse({ occupation, ratings, extras: [] }).ratings).toHaveLength(1);
  });

  it.each(["0", "6", "3.5", "five", " 3", undefined])("refuses the rating %s with a message a person can act on", (rating) => {
    const result = schema.safeParse({ occupation, ratings, extras: [{ skill: "Networking", rating }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(EXTRA_RATING_MESSAGE);
  });

  it.each([
    [[{ skill: "Juggling", rating: "3" }]],
    [[{ skill: "Programming", rating: "3" }]],
    [
      [
        { skill: "Networking", rating: "3" },
        { skill: "Networking", rating: "4" },
      ],
    ],
  ])("refuses a skill that was not offered, or offered twice: %j", (extras) => {
    const result = schema.safeParse({ occupation, ratings, extras });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(UNKNOWN_EXTRA_MESSAGE);
  });

  it("offers nothing extra when no skills are offered", () => {
    expect(skillsSchema.safeParse({ occupation, ratings, extras: [{ skill: "Networking", rating: "3" }] }).success).toBe(false);
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
    expect(fieldErrors(result.error!, assessmentField).salaryBand).toBe("Choose one of the salary bands, or “Prefer not to say”.");
  });
});

describe("goalsSchema: the optional step-down opt-in", () => {
  const goals = { occupation, goal: "future-proof", hoursPerWeek: "10", region: "wales" };
  it("is off unless the box is ticked", () => {
    expect(goalsSchema.parse(goals).considerStepDown).toBe(false);
    expect(goalsSchema.parse({ ...goals, considerStepDown: undefined }).considerStepDown).toBe(false);
    expect(goalsSchema.parse({ ...goals, considerStepDown: "yes" }).considerStepDown).toBe(true);
  });

  it.each(["on", "no", "", "true", "yes ".repeat(40)])("rejects %j with a message a person can act on", (considerStepDown) => {
    const result = goalsSchema.safeParse({ ...goals, considerStepDown });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!, assessmentField).considerStepDown).toBe(
      "Tick the box to see step-down options too, or leave it empty.",
    );
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
