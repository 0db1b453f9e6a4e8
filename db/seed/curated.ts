import type { CuratedOccupation } from "./catalogue-schema";
import backendDeveloper from "./occupations/backend-developer";
import cloudArchitect from "./occupations/cloud-architect";
import dataEngineer from "./occupations/data-engineer";
import dataScientist from "./occupations/data-scientist";
import engineeringManager from "./occupations/engineering-manager";
import frontendDeveloper from "./occupations/frontend-developer";
import machineLearningEngineer from "./occupations/machine-learning-engineer";
import platformEngineer from "./occupations/platform-engineer";
import securityEngineer from "./occupations/security-engineer";
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
  frontendDeveloper,
  dataEngineer,
  securityEngineer,
  engineeringManager,
  machineLearningEngineer,
];
