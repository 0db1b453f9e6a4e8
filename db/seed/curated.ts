import type { CuratedOccupation } from "./catalogue-schema";
import backendDeveloper from "./occupations/backend-developer";
import cloudArchitect from "./occupations/cloud-architect";
import dataScientist from "./occupations/data-scientist";
import platformEngineer from "./occupations/platform-engineer";
import siteReliabilityEngineer from "./occupations/site-reliability-engineer";
import solutionsArchitect from "./occupations/solutions-architect";
import technicalProductOwner from "./occupations/technical-product-owner";

/** The hand-written catalogue, in the team's own words. */
export const CURATED_OCCUPATIONS: readonly CuratedOccupation[] = [
  backendDeveloper,
  dataScientist,
  siteReliabilityEngineer,
  solutionsArchitect,
  platformEngineer,
  cloudArchitect,
  technicalProductOwner,
];
