/**
 * `npm run bench:import [-- --gpts <dir> --ai-applicability <csv> --runs 3]`: the full research
 * data into a throw-away database — the first import (every row new) and repeats (nothing
 * changes). Prints wall time per run and where it goes (reading, writing, pivots). Goal ≤ 60 s.
 */
import os from "node:os";
import { importCatalogue } from "../db/import";
import { researchArgs, withScratchDatabase } from "./bench-catalogue-db";

const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const { gptsDir, applicabilityCsv } = researchArgs();

await withScratchDatabase(async (_url, sql) => {
  console.log(`bench:import · ${gptsDir} · ${os.cpus().length} cores · Node ${process.version}`);
  for (let run = 1; run <= RUNS; run += 1) {
    const marks = new Map<string, number>();
    const started = performance.now();
    const summary = await importCatalogue(sql, {
      gptsDir,
      applicabilityCsv,
      progress: (phase, done, total) => {
        if (!marks.has(`${phase}:start`)) marks.set(`${phase}:start`, performance.now());
        if (done === total) marks.set(`${phase}:end`, performance.now());
      },
    });
    const total = (performance.now() - started) / 1000;
    const span = (p: string) => ((marks.get(`${p}:end`) ?? 0) - (marks.get(`${p}:start`) ?? 0)) / 1000;
    const rest = total - span("reading") - span("writing") - span("pivots");
    console.log(
      `run ${run}: ${total.toFixed(2)} s total (read+validate ${span("reading").toFixed(2)} s, upserts ${span("writing").toFixed(2)} s, ` +
        `pivot computation ${span("pivots").toFixed(2)} s, pivot insert+commit ${rest.toFixed(2)} s) · ` +
        `${summary.occupations.written} occupations (${summary.occupations.inserted} new, ${summary.occupations.updated} changed), ` +
        `${summary.tasks} tasks, ${summary.skills} skills, ${summary.pivots} pivots, ${summary.issues.length} skipped rows`,
    );
  }
});
