import { defineConfig } from "drizzle-kit";

// Only `db:generate` reads this; it diffs db/schema.ts against the committed snapshots and
// needs no database connection.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
