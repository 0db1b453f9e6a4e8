// One template per `vitest run`, so runs sharing a server (DATABASE_URL) do not drop each other's.
export const TEMPLATE_DATABASE = `careerpivot_test_template_${process.pid}`;

/** The same server and credentials with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
