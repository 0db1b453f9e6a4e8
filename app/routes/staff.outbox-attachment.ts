import { getOutboxAttachment, outboxEnabled } from "../staff/outbox.server";
import { requireStaff } from "../staff/auth.server";
import type { Route } from "./+types/staff.outbox-attachment";

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStaff(request);
  const attachment = outboxEnabled() ? await getOutboxAttachment(params.id) : null;
  if (!attachment) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(attachment.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${attachment.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export const action = async ({ request }: Route.ActionArgs) => {
  await requireStaff(request);
  return new Response("This address does not accept form posts.", { status: 405 });
};
