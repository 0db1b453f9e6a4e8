import { getEnv } from "../lib/env";
import { closeDb } from "./client";
import { prepareDatabase } from "./bootstrap";

// `npm run db:migrate [-- --seed]`: apply migrations (and optionally load the curated catalogue)
// to DATABASE_URL or the embedded server, exactly as start-up does.
const seed = process.argv.includes("--seed");
const db = await prepareDatabase(getEnv(), { seed });
console.log(seed ? "migrations applied, catalogue loaded" : "migrations applied");
await closeDb();
await db.stop();
