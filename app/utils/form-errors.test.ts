import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assessmentField } from "../assessment/schemas";
import { fieldErrors } from "./form-errors";

const failure = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!;

describe("fieldErrors", () => {
  it("keeps the first message for each field, keyed by the path's first segment", () => {
    const schema = z.object({
      email: z.email({ error: "Enter an email address." }).max(5, { error: "Too long." }),
      name: z.string({ error: "Enter a name." }),
    });
    expect(fieldErrors(failure(schema, { email: "not an email at all" }))).toEqual({
      email: "Enter an email address.",
      name: "Enter a name.",
    });
  });

  it("files an issue about the whole form under 'form'", () => {
    expect(fieldErrors(failure(z.string({ error: "Send a form." }), 1))).toEqual({ form: "Send a form." });
  });

  it("gives each task share of an assessment its own field", () => {
    const shares = z.object({ shares: z.array(z.number().max(100, { error: "At most 100%." })) });
    expect(fieldErrors(failure(shares, { shares: [10, 120] }), assessmentField)).toEqual({ "share-1": "At most 100%." });
  });
});
