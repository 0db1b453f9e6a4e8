import path from "node:path";
import { createSql } from "../../db/client";
import { ensureEmbeddedPostgres } from "../../db/embedded";
import { importCatalogue, type ImportOptions } from "../../db/import";
import { e2eDatabaseName } from "../support/e2e-database-name";
import { withDatabase } from "../support/database-url";

/**
 * Imports a catalogue into the database the e2e web server uses: its embedded server's app
 * database, or on DATABASE_URL's server the `careerpivot_e2e_<port>` database that
 * tests/support/e2e-server.ts creates for it (DATABASE_URL's own database is not the server's).
 */
export async function importIntoE2eDatabase(options: ImportOptions): Promise<void> {
  const shared = process.env.DATABASE_URL;
  const embedded = shared
    ? undefined
    : await ensureEmbeddedPostgres(path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e"), Number(process.env.E2E_PG_PORT ?? 54349));
  const url = shared ? withDatabase(shared, e2eDatabaseName(process.env.E2E_PORT ?? "3107")) : embedded!.url;
  const sql = createSql(url, { max: 2 });
  try {
    await importCatalogue(sql, options);
  } finally {
    await sql.end();
    await embedded?.stop();
  }
}
