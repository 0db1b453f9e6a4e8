import { requireStaff } from "../staff/auth.server";
import { getBlueprintPdf } from "../staff/order-detail.server";
import type { Route } from "./+types/staff.blueprint-pdf";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request);
  const found = await getBlueprintPdf(params.id, Number(params.version));
  if (!found) return new Response("No such Blueprint version.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(found.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="blueprint-${params.version}.pdf"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      // Shown inside the order page for review: framing by our own pages only.
      "X-Frame-Options": "SAMEORIGIN",
      "Content-Security-Policy": "frame-ancestors 'self'",
      ETag: `"${found.sha256}"`,
    },
  });
}

export const action = async ({ request }: Route.ActionArgs) => {
  await requireStaff(request);
  return new Response("This address does not accept form posts.", { status: 405 });
};
