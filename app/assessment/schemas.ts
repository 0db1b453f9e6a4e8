import { z } from "zod";
import { GOALS, SENIORITIES } from "../../domain/scoring";
import { REGION_IDS } from "../../domain/regions";
import { SALARY_BAND_IDS } from "../../domain/salary-bands";
import { firstPathSegment, type FieldOf } from "../utils/form-errors";

/**
 * One zod schema per assessment form, used by the server (the source of truth) and mirrored in
 * the forms' HTML constraints so the browser catches the same mistakes without JavaScript.
 * Inputs arrive as FormData strings; every schema coerces and bounds them.
 */

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Choose an occupation from the list.")
  .max(80);

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .regex(/^\d+$/, `Enter ${label} as a whole number.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${label[0]!.toUpperCase()}${label.slice(1)} must be at least ${min}.`)
        .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be at most ${max}.`),
    );

export const startSchema = z.object({ occupation: slug });

export const experienceSchema = z.object({
  occupation: slug,
  years: wholeNumber("your years of experience", 0, 50),
  seniority: z.enum(SENIORITIES, { error: "Choose the level that best describes your role." }),
});

/** Task shares: positions are checked against the occupation's tasks by the service. */
export const tasksSchema = z
  .object({
    occupation: slug,
    normalise: z.literal("on").optional(),
    shares: z
      .array(z.object({ position: z.number().int().min(1).max(99), value: wholeNumber("a percentage", 0, 100) }))
      .min(1)
      .max(40),
  })
  .superRefine((v, ctx) => {
    const total = v.shares.reduce((sum, s) => sum + s.value, 0);
    if (total === 0) {
      ctx.addIssue({ code: "custom", path: ["shares"], message: "Give at least one task a share of your week." });
    } else if (total !== 100 && !v.normalise) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `Your shares add up to ${total}%. Adjust them to make 100%, or tick “scale them proportionally for me” below.`,
      });
    }
  });

const ratingValue = z
  .string({ error: "Rate every skill from 1 to 5." })
  .regex(/^[1-5]$/, "Rate every skill from 1 to 5.")
  .transform(Number);

export const EXTRA_RATING_MESSAGE = "Rate this skill from 1 to 5, or choose “Not sure / skip”.";
export const UNKNOWN_EXTRA_MESSAGE = "This form does not match the skills we asked about. Please reload the page and try again.";

/**
 * The skills step: the occupation's key skills (every one rated) and, optionally, skills its likely
 * moves need (`offered`, decided by the server). An empty extra is "Not sure / skip" and stores
 * nothing; a rated one joins the ratings, so the result and the Blueprint use it like the others.
 */
export function skillsSchemaFor(offered: readonly string[]) {
  const known = new Set(offered);
  return z
    .object({
      occupation: slug,
      ratings: z
        .array(z.object({ skill: z.string().min(1).max(80), rating: ratingValue }))
        .min(1)
        .max(20),
      extras: z
        .array(
          z.object({
            skill: z.string().refine((s) => known.has(s), UNKNOWN_EXTRA_MESSAGE),
            rating: z.string({ error: EXTRA_RATING_MESSAGE }).regex(/^[1-5]?$/, EXTRA_RATING_MESSAGE),
          }),
        )
        .max(offered.length)
        .default([]),
    })
    .superRefine((v, ctx) => {
      const seen = new Set(v.ratings.map((r) => r.skill));
      v.extras.forEach((e, i) => {
        if (seen.has(e.skill)) ctx.addIssue({ code: "custom", path: ["extras", i, "skill"], message: UNKNOWN_EXTRA_MESSAGE });
        seen.add(e.skill);
      });
    })
    .transform(({ occupation, ratings, extras }) => ({
      occupation,
      ratings: [...ratings, ...extras.filter((e) => e.rating !== "").map((e) => ({ skill: e.skill, rating: Number(e.rating) }))],
    }));
}

/** Key skills only: no optional extras are offered. */
export const skillsSchema = skillsSchemaFor([]);

export const goalsSchema = z.object({
  occupation: slug,
  goal: z.enum(GOALS, { error: "Choose what you want from your next move." }),
  hoursPerWeek: wholeNumber("the hours a week you can give to learning", 1, 40),
  region: z.enum(REGION_IDS, { error: "Choose the part of the UK you work in." }),
  /** Optional: absent or empty ("prefer not to say") stores nothing. */
  salaryBand: z
    .union([z.literal(""), z.enum(SALARY_BAND_IDS)], { error: "Choose one of the salary bands, or “Prefer not to say”." })
    .optional()
    .transform((v) => v || undefined),
  /** Optional opt-in to step downs: a ticked box posts "yes", an unticked one nothing (= no). */
  considerStepDown: z
    .literal("yes", { error: "Tick the box to see step-down options too, or leave it empty." })
    .optional()
    .transform((v) => v === "yes"),
});

export const emailCaptureSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address.")),
  consent: z.literal("yes", { error: "Tick the box to agree before we store your email." }),
});

export type ExperienceAnswers = z.output<typeof experienceSchema>;
export type TasksAnswers = z.output<typeof tasksSchema>;
export type SkillsAnswers = z.output<typeof skillsSchema>;
export type GoalsAnswers = z.output<typeof goalsSchema>;

/** The field an assessment answer's issue belongs to: each task's share has its own (`share-<index>`). */
export const assessmentField: FieldOf = (issue) =>
  issue.path.length > 1 && issue.path[0] === "shares" ? `share-${String(issue.path[1])}` : firstPathSegment(issue);
