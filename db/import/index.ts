import type { Sql } from "../client";
import { readResearchFiles } from "./read";
import { writeImport, type ImportProgress, type ImportSummary } from "./write";

export { ImportFileError, type RowIssue } from "./read";
export type { ImportProgress, ImportSummary } from "./write";

/** `wagesCsv`: BLS OEWS national estimates; by default the GPTs folder's national_May2021_dl.csv when present. */
export type ImportOptions = { gptsDir: string; applicabilityCsv?: string; wagesCsv?: string; progress?: ImportProgress };

/**
 * The whole import: read and validate every file first (a bad file throws ImportFileError before
 * the database is touched), then write everything in one transaction.
 */
export async function importCatalogue(sql: Sql, options: ImportOptions): Promise<ImportSummary> {
  options.progress?.("reading", 0, 1);
  const files = readResearchFiles(options.gptsDir, options.applicabilityCsv, options.wagesCsv);
  options.progress?.("reading", 1, 1);
  return writeImport(sql, files, options.progress);
}
