import { existsSync } from "node:fs";
import path from "node:path";

/**
 * `npm start` and `npm run worker` read `.env` at the project root when there is one (what
 * `.env.example` tells people to do). Variables already set in the environment win, as with
 * Node's `--env-file`. Only the npm scripts ask for it (`--dotenv`): tests spawn the entry points
 * without the flag, so a developer's `.env` (a real Stripe key, say) never leaks into a test run.
 */
export function loadDotenvWhenAsked(root: string, argv: readonly string[] = process.argv): void {
  if (!argv.includes("--dotenv")) return;
  const file = path.join(root, ".env");
  if (existsSync(file)) process.loadEnvFile(file);
}
