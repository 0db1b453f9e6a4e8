import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { getEnv } from "../lib/env";
import { closeDb, getSql } from "../db/client";
import { prepareDatabase } from "../db/bootstrap";
import { ImportFileError, importCatalogue, type ImportProgress } from "../db/import";
import { formatSummary } from "../db/import/report";

// npm run catalogue:import -- --gpts <dir> [--ai-applicability <csv>] [--wages <csv>]
const USAGE =
  "usage: npm run catalogue:import -- --gpts <dir with occ_level.csv, full_labelset.tsv, occupations_onet_basic_skills.csv> " +
  "[--ai-applicability <soc_ai_applicability_scores.csv>] [--wages <BLS OEWS national_May2021_dl.csv; default: the one in --gpts, if any>] [--all-issues]";

let args;
try {
  args = parseArgs({
    options: {
      gpts: { type: "string" },
      "ai-applicability": { type: "string" },
      wages: { type: "string" },
      "all-issues": { type: "boolean" },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (!args.gpts) {
  console.error(USAGE);
  process.exit(2);
}

/** A bar per phase on a terminal; plain lines (one per phase) when piped to a file or CI log. */
function progressReporter(): { progress: ImportProgress; stop: () => void } {
  let bar: SingleBar | null = null;
  let phase = "";
  const tty = Boolean(process.stdout.isTTY);
  return {
    progress: (name, done, total) => {
      if (name !== phase) {
        bar?.stop();
        phase = name;
        if (tty) {
          bar = new SingleBar(
            { format: `${name.padEnd(8)} [{bar}] {percentage}% · {value}/{total}`, hideCursor: true },
            Presets.shades_classic,
          );
          bar.start(total, done);
        } else console.log(`${name}…`);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

const env = getEnv();
const db = await prepareDatabase(env, { seed: true });
const reporter = progressReporter();
const started = performance.now();
let exitCode = 0;
try {
  const summary = await importCatalogue(getSql(), {
    gptsDir: args.gpts,
    applicabilityCsv: args["ai-applicability"],
    wagesCsv: args.wages,
    progress: reporter.progress,
  });
  reporter.stop();
  console.log(formatSummary(summary, { maxIssues: args["all-issues"] ? Infinity : 50 }));
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  reporter.stop();
  if (!(error instanceof ImportFileError)) throw error;
  console.error(`Import refused, nothing was changed: ${error.message}`);
  exitCode = 1;
} finally {
  await closeDb();
  await db.stop();
}
process.exit(exitCode);
