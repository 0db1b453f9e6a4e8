import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailCaptureSchema, experienceSchema, goalsSchema, skillsSchema, startSchema, tasksSchema } from "../../app/assessment/schemas";
import { checkoutFormSchema } from "../../app/payments/checkout.server";
import { parseEnv, EnvError } from "../../lib/env";
import { REGION_IDS } from "../../domain/regions";
import { GOALS, SENIORITIES } from "../../domain/scoring";

/**
 * Properties of every zod schema at the edge: hostile input never throws (it is a parse failure
 * with a message), and whatever is accepted is inside the documented bounds.
 */
const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
});
const formish = fc.dictionary(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(undefined)));

const SCHEMAS = { startSchema, experienceSchema, tasksSchema, skillsSchema, goalsSchema, emailCaptureSchema, checkoutFormSchema };

describe.each(Object.entries(SCHEMAS))("%s", (_name, schema) => {
  it("never throws on arbitrary input, and failures carry a human message", () => {
    fc.assert(
      fc.property(fc.oneof(anything, formish), (input) => {
        const r = schema.safeParse(input);
        if (!r.success) {
          expect(r.error.issues.length).toBeGreaterThan(0);
          for (const issue of r.error.issues) expect(issue.message.length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const wholeString = (min: number, max: number) =>
  fc.integer({ min: -1000, max: 1000 }).map((n) => ({ n, s: String(n), ok: n >= min && n <= max }));

describe("bounds of accepted answers", () => {
  it("experience: years accepted exactly in 0..50 as whole numbers", () => {
    fc.assert(
      fc.property(wholeString(0, 50), fc.constantFrom(...SENIORITIES), ({ n, s, ok }, seniority) => {
        const r = experienceSchema.safeParse({ occupation: "backend-developer", years: s, seniority });
        expect(r.success).toBe(ok);
        if (r.success) expect(r.data.years).toBe(n);
      }),
    );
  });

  it("goals: hours accepted exactly in 1..40, regions and goals only from their lists", () => {
    fc.assert(
      fc.property(wholeString(1, 40), fc.constantFrom(...GOALS), fc.constantFrom(...REGION_IDS, "atlantis"), ({ s, ok }, goal, region) => {
        const r = goalsSchema.safeParse({ occupation: "data-scientist", goal, hoursPerWeek: s, region });
        expect(r.success).toBe(ok && region !== "atlantis");
      }),
    );
  });

  it("tasks: accepted shares add up to 100 unless scaling was asked for, and never to 0", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), fc.boolean(), (values, normalise) => {
        const shares = values.map((v, i) => ({ position: i + 1, value: String(v) }));
        const r = tasksSchema.safeParse({ occupation: "backend-developer", shares, ...(normalise ? { normalise: "on" } : {}) });
        const total = values.reduce((a, b) => a + b, 0);
        expect(r.success).toBe(total > 0 && (normalise || total === 100));
      }),
    );
  });

  it("skills: ratings only 1..5", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), (rating) => {
        const r = skillsSchema.safeParse({ occupation: "backend-developer", ratings: [{ skill: "SQL", rating }] });
        expect(r.success).toBe(/^[1-5]$/.test(rating));
      }),
    );
  });

  it("email capture: stored lower-cased and trimmed, consent required", () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.boolean(), (email, consent) => {
        const r = emailCaptureSchema.safeParse({ email: `  ${email.toUpperCase()} `, ...(consent ? { consent: "yes" } : {}) });
        if (r.success) {
          expect(consent).toBe(true);
          expect(r.data.email).toBe(r.data.email.trim().toLowerCase());
        } else if (consent) {
          // Only an address zod's stricter email rule refuses may fail with consent given.
          expect(r.error.issues.every((i) => i.path[0] === "email")).toBe(true);
        }
      }),
    );
  });
});

describe("configuration", () => {
  it("refuses any malformed value with one line naming the variable, never another error", () => {
    const names = [
      "PORT",
      "DATABASE_URL",
      "APP_URL",
      "STRIPE_SECRET_KEY",
      "RESEND_API_KEY",
      "REVIEW_MODE",
      "WORKER",
      "JOB_POLL_SECONDS",
      "PDF_RENDER_THREADS",
      "METRICS_TOKEN",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.string({ minLength: 1, maxLength: 30 }), (name, value) => {
        try {
          parseEnv({ [name]: value });
        } catch (error) {
          expect(error).toBeInstanceOf(EnvError);
          expect((error as Error).message).toContain(name);
          expect((error as Error).message).not.toContain("\n");
        }
      }),
      { numRuns: 500 },
    );
  });
});
