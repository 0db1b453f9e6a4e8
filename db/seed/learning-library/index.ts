import type { LibraryResource } from "../../../domain/learning-library";
import { CURATED_CATALOGUE } from "./curated-catalogue";
import { ENTRY_ROUTES } from "./entry-routes";
import { FOUNDATIONS } from "./foundations";
import { TECHNICAL } from "./technical";
import { WORKPLACE } from "./workplace";

/** Every entry, unvalidated: load it through db/seed/learning-library.ts, which parses it. */
export const LIBRARY_ENTRIES: readonly LibraryResource[] = [
  ...FOUNDATIONS,
  ...WORKPLACE,
  ...TECHNICAL,
  ...ENTRY_ROUTES,
  ...CURATED_CATALOGUE,
];
