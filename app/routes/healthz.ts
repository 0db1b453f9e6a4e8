import { checkDatabase } from "../services/health.server";

export async function loader() {
  const database = await checkDatabase();
  return Response.json(
    { status: database.ok ? "ok" : "unavailable", database: database.ok ? "up" : "down", latencyMs: database.latencyMs },
    { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
