export const TEMPLATE_DATABASE = "careerpivot_test_template";

/** The same server and credentials with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
