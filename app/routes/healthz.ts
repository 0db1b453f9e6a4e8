import { livenessReport } from "../health/health.server";

export async function loader() {
  const { httpStatus, body } = await livenessReport();
  return Response.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
