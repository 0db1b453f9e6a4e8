import { z } from "zod";
import { REGION_IDS } from "../../domain/regions";
import { SOC_MAJOR_GROUP_CODES, type SectorEmployer } from "../../domain/sector-employers";

/**
 * Shape of the sector employer directory (db/seed/sector-employers). Parsed when the module loads,
 * so a missing field or a home-page link fails the build and every test that reads it.
 */
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** A careers site or page, printed in the Blueprint (110 characters fit the margin, as for curated employers). */
const careersUrl = z
  .url()
  .max(110, "is printed in the Blueprint: keep it to 110 characters")
  .refine((u) => u.startsWith("https://"), "must be an https address")
  .refine(
    // A bare host is fine when the host itself is the careers site (careers.…, …jobs…, people.…).
    (u) => new URL(u).pathname.replace(/\/+$/, "") !== "" || /careers?|jobs|recruit|workforus|^people\./i.test(new URL(u).hostname),
    "must link to the careers page or careers site, not the home page",
  );

export const sectorEmployerSchema = z
  .object({
    name: text(2, 80),
    sectors: z.array(z.enum(SOC_MAJOR_GROUP_CODES)).min(1).max(22),
    industry: text(3, 60),
    location: text(2, 80),
    regions: z.union([z.literal("nationwide"), z.array(z.enum(REGION_IDS)).max(11)]),
    remoteFriendly: z.boolean(),
    careersUrl,
    eligibility: text(20, 220).nullable(),
    hiresFor: text(10, 140),
  })
  .refine((e) => e.regions.length > 0 || e.remoteFriendly, "give the regions it has sites in, or mark it remote-friendly")
  .refine((e) => new Set(e.sectors).size === e.sectors.length, "name each sector once")
  .refine((e) => e.regions === "nationwide" || new Set(e.regions).size === e.regions.length, "name each region once");

/** Every entry valid, and each organisation once (its sectors list says where else it hires). All problems in one message. */
export function parseSectorEmployers(entries: readonly unknown[]): SectorEmployer[] {
  const problems: string[] = [];
  const parsed = entries.flatMap((entry, i) => {
    const result = sectorEmployerSchema.safeParse(entry);
    if (result.success) return [result.data];
    const name = (entry as { name?: unknown } | null)?.name;
    problems.push(`Sector employer ${typeof name === "string" ? `"${name}"` : `#${i}`}: ${z.prettifyError(result.error)}`);
    return [];
  });
  if (problems.length) throw new Error(problems.join("\n"));
  const seen = new Set<string>();
  for (const e of parsed) {
    const key = e.name.toLowerCase();
    if (seen.has(key)) throw new Error(`Sector employer "${e.name}" is listed twice: name each organisation once and list all its sectors`);
    seen.add(key);
  }
  return parsed;
}
