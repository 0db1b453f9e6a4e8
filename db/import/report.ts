import type { ImportSummary } from "./write";

/** Printed at the end of an import: counts first, then every skipped row with its file and line. */
export function formatSummary(s: ImportSummary, { maxIssues = 50 }: { maxIssues?: number } = {}): string {
  const lines = [
    `Read: ${s.read.occupations} occupations, ${s.read.tasks} tasks, ${s.read.skillRows} skill rows` +
      (s.read.applicabilityRows ? `, ${s.read.applicabilityRows} AI applicability rows` : "") +
      (s.read.wageRows ? `, ${s.read.wageRows} BLS wage rows` : ""),
    `Occupations: ${s.occupations.written} imported (${s.occupations.inserted} new, ${s.occupations.updated} changed, ${s.occupations.unchanged} unchanged); ` +
      `${s.coveredByCurated} left to curated entries`,
    `Tasks: ${s.tasks} · skills: ${s.skills} (${s.skillsEstimated} occupations estimated from the most alike work, ${s.withoutSkills} without skill data)` +
      (s.read.applicabilityRows ? ` · AI applicability matched: ${s.withApplicability}` : "") +
      (s.read.wageRows
        ? ` · US wages matched: ${s.withWages} (${s.wagesFromBroadGroup} through the broad SOC group)`
        : " · no wage file: pay is not compared"),
    `Paths: ${s.paths.pivot} pivots, ${s.paths["long-term"]} long-term paths, ${s.paths["step-down"]} step downs`,
    `Stale imported occupations: ${s.stale.deleted} removed` +
      (s.stale.kept.length ? `, ${s.stale.kept.length} kept (named by results or orders): ${s.stale.kept.join(", ")}` : ""),
    s.issues.length === 0 ? "Skipped rows: none" : `Skipped rows: ${s.issues.length}`,
    ...s.issues.slice(0, maxIssues).map((i) => `  ${i.file}:${i.line}: ${i.message}`),
  ];
  if (s.issues.length > maxIssues) lines.push(`  … and ${s.issues.length - maxIssues} more`);
  return lines.join("\n");
}
