import type { CuratedOccupation } from "./catalogue-schema";
import backendDeveloper from "./occupations/backend-developer";
export const CURATED_OCCUPATIONS: readonly CuratedOccupation[] = [backendDeveloper];
