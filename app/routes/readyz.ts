import { checkReadiness } from "../health/health.server";

export async function loader() {
  const r = await checkReadiness();
  return Response.json(
    { status: r.ok ? "ready" : "not ready", database: r.database ? "up" : "down", queue: r.queue ? "up" : "down", latencyMs: r.latencyMs },
    { status: r.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
