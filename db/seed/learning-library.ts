import { z } from "zod";
import type { LibraryResource } from "../../domain/learning-library";
import { learningLibrarySchema, libraryResourceSchema } from "./learning-library-schema";
import { LIBRARY_ENTRIES } from "./learning-library/index";

/**
 * Parses the learning library, naming the entry at fault. It runs when this module is first
 * imported, so the seed, the plan engine and the build all fail on a missing field or a duplicate
 * link rather than printing a broken resource in a buyer's Blueprint.
 */
export function parseLearningLibrary(entries: readonly unknown[]): LibraryResource[] {
  const parsed = entries.map((entry, i) => {
    const result = libraryResourceSchema.safeParse(entry);
    if (!result.success) {
      const name = (entry as { id?: unknown } | null)?.id;
      throw new Error(
        `Learning resource ${typeof name === "string" ? `"${name}"` : `at index ${i}`} is invalid:\n${z.prettifyError(result.error)}`,
      );
    }
    return result.data;
  });
  const whole = learningLibrarySchema.safeParse(parsed);
  if (!whole.success) throw new Error(`The learning library is invalid:\n${z.prettifyError(whole.error)}`);
  return whole.data;
}

export const LEARNING_LIBRARY: readonly LibraryResource[] = parseLearningLibrary(LIBRARY_ENTRIES);
