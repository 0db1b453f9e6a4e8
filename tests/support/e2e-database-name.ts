/** The database an e2e web server listening on `port` uses on DATABASE_URL's server (one per port, so parallel runs keep apart). */
export const e2eDatabaseName = (port: string | number) => `careerpivot_e2e_${port}`;
