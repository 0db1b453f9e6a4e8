import path from "node:path";
import { loadDotenvWhenAsked } from "../lib/dotenv";
import { EnvError, getEnv, type Env } from "../lib/env";
import { buildIfNeeded } from "./build";
import { prebuiltAppProblem } from "./build-freshness";
import { developmentDefaultsWarning } from "./dev-defaults";
import { unappliedPatchesProblem } from "./install-check";

/**
 * `npm start` (and `npm run dev`): configuration → installed patches → build if sources changed
 * (development; production only checks that `npm run build` made one) → database (embedded when
 * DATABASE_URL is unset), migrations, catalogue → HTTP server → inline worker. Nothing that loads
 * React is imported before NODE_ENV is settled, so the server renderer and the app agree on one
 * React build.
 */
const ROOT = path.resolve(import.meta.dirname, "..");

/** A start-up refusal: one line saying what to run, no stack trace. */
function refuse(problem: string | null): void {
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}

function loadEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

loadDotenvWhenAsked(ROOT);
const env = loadEnv();
refuse(unappliedPatchesProblem(ROOT));
// Before the build, which can take a while: the operator should see this first.
const warning = developmentDefaultsWarning(env);
if (warning) console.error(warning);
const dev = env.mode === "development" && process.argv.includes("--dev");
if (!dev) {
  if (env.isProduction) {
    refuse(prebuiltAppProblem(ROOT, path.join(ROOT, "build")));
  } else {
    try {
      await buildIfNeeded(ROOT);
    } catch (error) {
      refuse(error instanceof Error ? error.message : String(error));
    }
  }
  // React picks its production build from NODE_ENV; the app's own mode was captured above.
  process.env.NODE_ENV = "production";
}
try {
  const { runServer } = await import("./main");
  await runServer(env, dev);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  // An embedded database this process started keeps running; the next start adopts it (ADR 002).
  process.exit(1);
}
