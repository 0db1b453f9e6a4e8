import { z } from "zod";
import {
  LIBRARY_FORMATS,
  LIBRARY_LEVELS,
  ONET_BASIC_SKILLS,
  SOC_MAJOR_GROUP_CODES,
  type LibraryResource,
  type SocMajorGroup,
} from "../../domain/learning-library";
import { SKILL_NAMES } from "./skills";

/**
 * Shape of one learning-library entry. The library is parsed with this when it is loaded, so a
 * missing field, an unknown skill or a duplicate link fails the seed and the build, not a buyer's PDF.
 */

/** Every skill a Blueprint can name as a gap: O*NET's basic skills (imported roles) and the curated vocabulary. */
export const LIBRARY_SKILL_NAMES: readonly string[] = [...new Set<string>([...ONET_BASIC_SKILLS, ...SKILL_NAMES])];

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A link behind the resource's title in the Blueprint (pdf/pages/plan.tsx), so its length is free; https only. */
const url = z
  .url()
  .max(300)
  .refine((u) => u.startsWith("https://"), "must be an https address");

const skill = z
  .string()
  .refine((s) => LIBRARY_SKILL_NAMES.includes(s), "is not an O*NET basic skill or a curated skill (db/seed/skills.ts)");

export const libraryResourceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case")
    .max(60),
  title: text(3, 120),
  provider: text(2, 80),
  format: z.enum(LIBRARY_FORMATS),
  level: z.enum(LIBRARY_LEVELS),
  hours: z.number().positive().max(5000),
  costGbp: z.number().int().min(0).max(30_000),
  costFrom: z.boolean().optional(),
  url,
  skills: z
    .array(skill)
    .min(1)
    .max(4)
    .refine((s) => new Set(s).size === s.length, "name each skill once"),
  sectors: z
    .array(z.enum(SOC_MAJOR_GROUP_CODES as [SocMajorGroup, ...SocMajorGroup[]]))
    .max(8)
    .refine((s) => new Set(s).size === s.length, "name each sector once"),
  ukNote: text(10, 240).optional(),
}) satisfies z.ZodType<LibraryResource>;

/** The whole library: ids and links unique, so each link lands on the one resource it names. */
export const learningLibrarySchema = z
  .array(libraryResourceSchema)
  .min(1)
  .superRefine((list, ctx) => {
    const ids = new Set<string>();
    const urls = new Map<string, string>();
    for (const r of list) {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", message: `id "${r.id}" appears twice` });
      ids.add(r.id);
      const other = urls.get(r.url);
      if (other !== undefined) ctx.addIssue({ code: "custom", message: `"${r.id}" and "${other}" share the link ${r.url}` });
      urls.set(r.url, r.id);
    }
  });
