import type { LibraryResource, SocMajorGroup } from "../../../domain/learning-library";
import { LEARNING_RESOURCES, type LearningResourceId } from "../skills";

/**
 * The curated roles' resources (db/seed/skills.ts), filed in the library too, so a gap in an
 * imported role can name them and one correction in skills.ts reaches both. Only what the library
 * adds is written here: the sectors a certificate is an entry route into.
 */
const SECTORS: Partial<Record<LearningResourceId, SocMajorGroup[]>> = {
  awsSolutionsArchitectAssociate: ["15"],
  azureFundamentals: ["15"],
  comptiaSecurityPlus: ["15"],
  isc2CertifiedInCybersecurity: ["15"],
  bcsBusinessAnalysis: ["13", "15"],
};

const kebab = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();

const LEVEL = { foundation: "intro", intermediate: "intermediate", advanced: "advanced" } as const;

export const CURATED_CATALOGUE: LibraryResource[] = (Object.keys(LEARNING_RESOURCES) as LearningResourceId[]).map((key) => {
  const r = LEARNING_RESOURCES[key];
  return {
    id: kebab(key),
    title: r.title,
    provider: r.provider,
    format: r.kind,
    level: LEVEL[r.level],
    hours: r.approxHours,
    costGbp: r.approxCostGbp,
    url: r.url,
    skills: r.skills,
    sectors: SECTORS[key] ?? [],
  };
});
