/**
 * Whether we sell the £49 Blueprint for an occupation, and what that occupation's Blueprint
 * contains (the sale pages list only that).
 *
 * Two editions, one rule each (issue 17):
 * - curated roles: the salary page, named employers and 90-day plan come from content our team
 *   checked for the role: a UK salary band with its source, at least five named employers and real
 *   learning resources (db/seed/catalogue-schema.ts requires all of it);
 * - imported roles: pay is a ratio of US BLS wages applied to the buyer's own band, employers are
 *   the typical UK employers of the role's SOC major group (sector employer directory) and the plan
 *   draws on the per-skill learning library. So the role needs skills, published or estimated
 *   (O*NET's ratings, or for the roles O*NET rates none, the import's estimate from the most alike
 *   work, said wherever they are shown; without any the Blueprint could measure no skill gap and
 *   plan nothing), at least five sector employers and a library resource for each of its skills.
 * Either way staff can take one role off sale (occupations.blueprint_on_sale), e.g. when an editor
 * finds bad data; whoever already paid keeps what they bought (checkout says so first).
 */
export const MIN_BLUEPRINT_EMPLOYERS = 5;

export const BLUEPRINT_PRICE_GBP = 49;

export type BlueprintEdition = "curated" | "imported";

type CuratedContent = {
  salary?: { median: number; source: string } | null;
  employers?: readonly unknown[] | null;
  learningResources?: readonly unknown[] | null;
};

/** A curated role has what its Blueprint prints: a sourced UK salary band, five employers, a course. */
export function curatedBlueprintReady(content: CuratedContent | null | undefined): boolean {
  if (!content?.salary?.source) return false;
  return (content.employers?.length ?? 0) >= MIN_BLUEPRINT_EMPLOYERS && (content.learningResources?.length ?? 0) > 0;
}

export type BlueprintSaleFacts = {
  origin: BlueprintEdition;
  /** Staff's per-role switch (occupations.blueprint_on_sale). */
  onSale: boolean;
  /** The occupation's content (curated roles' checked salary, employers and courses). */
  content: CuratedContent | null | undefined;
  /** Imported roles: the occupation's skills, published by O*NET or estimated at import. */
  skills: readonly string[];
  /** Imported roles: employers the sector directory has for the role's SOC major group. */
  sectorEmployers: number;
  /** Imported roles: whether the learning library has a resource teaching the skill. */
  libraryTeaches: (skill: string) => boolean;
};

export const OFF_SALE_REASONS = ["withdrawn", "curated-unchecked", "no-skills", "no-sector-employers", "no-learning-resources"] as const;
export type OffSaleReason = (typeof OFF_SALE_REASONS)[number];

export type BlueprintSale = { onSale: true; edition: BlueprintEdition } | { onSale: false; reason: OffSaleReason };

export function blueprintSale(f: BlueprintSaleFacts): BlueprintSale {
  if (!f.onSale) return { onSale: false, reason: "withdrawn" };
  if (f.origin === "curated")
    return curatedBlueprintReady(f.content) ? { onSale: true, edition: "curated" } : { onSale: false, reason: "curated-unchecked" };
  if (f.skills.length === 0) return { onSale: false, reason: "no-skills" };
  if (f.sectorEmployers < MIN_BLUEPRINT_EMPLOYERS) return { onSale: false, reason: "no-sector-employers" };
  if (!f.skills.every((s) => f.libraryTeaches(s))) return { onSale: false, reason: "no-learning-resources" };
  return { onSale: true, edition: "imported" };
}

/**
 * Why a role's Blueprint is not sold, in words for the buyer (report, result and checkout). Plain
 * about the cause; never "yet" unless someone is working on it.
 */
export function offSaleExplanation(reason: OffSaleReason): string {
  switch (reason) {
    case "withdrawn":
      return "Our editors have taken it off sale while they check the data behind it.";
    case "curated-unchecked":
      return "Its salary band, employers and courses are being re-checked by our team.";
    case "no-skills":
      return "The research data we build it from has no skill profile for this role, so a Blueprint could not measure your skill gaps or plan the learning to close them.";
    case "no-sector-employers":
      return "Our directory of UK employers does not yet cover this role's sector well enough to name employers for it.";
    case "no-learning-resources":
      return "Our learning library does not yet have resources for every skill this role needs.";
  }
}

export type BlueprintContents = {
  /** One sentence for the report's call to action. */
  summary: string;
  /** What the 15-page PDF contains, one line each, in the order of its pages. */
  items: readonly string[];
};

/**
 * What THIS role's Blueprint contains, for the sale pages: the report's call to action and the
 * result's offer. The imported edition says where its pay and employers come from, because they
 * are not the curated edition's checked UK figures and named hiring employers.
 */
export function blueprintContents(edition: BlueprintEdition): BlueprintContents {
  const exposure = "Your exposure, task by task, from your own time split";
  const gapMatrix = "A skill-gap matrix against the role you choose";
  if (edition === "curated") {
    return {
      summary: "a 15-page roadmap with your skill gaps, a 90-day action plan, UK salary data and named employers",
      items: [
        exposure,
        "Three pivot paths with skill match, what you already have and what is missing",
        gapMatrix,
        "A 90-day action plan sized to your learning hours, with named courses",
        "UK salary bands for your role and each pivot",
        "Named UK employers hiring for those roles, and how to approach them",
      ],
    };
  }
  return {
    summary:
      "a 15-page roadmap with your skill gaps, a 90-day action plan with UK courses, how each path's pay compares with yours and typical UK employers of each sector",
    items: [
      exposure,
      "Three paths from your role, why each is suggested, what you already have and what is missing",
      gapMatrix,
      "A 90-day action plan sized to your learning hours, with UK courses and resources for each skill gap",
      "How the pay of each path compares with yours (US BLS May 2021 medians, applied to the salary band you give us): US-derived ratios, not UK pay figures",
      "Typical UK employers of each path's sector, sorted by your region: employers that hire for this work, not live vacancies",
    ],
  };
}
