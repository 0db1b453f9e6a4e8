import path from "node:path";
import { EnvError, getEnv, type Env } from "../lib/env";
import { buildIfNeeded } from "./build";
import { developmentDefaultsWarning } from "./dev-defaults";

/**
 * `npm start` (and `npm run dev`): configuration → build if sources changed → database
 * (embedded when DATABASE_URL is unset), migrations, catalogue → HTTP server → inline worker.
 * Nothing that loads React is imported before NODE_ENV is settled, so the server renderer and
 * the app agree on one React build.
 */
const ROOT = path.resolve(import.meta.dirname, "..");

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

const env = loadEnv();
// Before the build, which can take a while: the operator should see this first.
const warning = developmentDefaultsWarning(env);
if (warning) console.error(warning);
const dev = env.mode === "development" && process.argv.includes("--dev");
if (!dev) {
  try {
    await buildIfNeeded(ROOT);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
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
