import { confirmed, exportWithLink, privacyLinkForPage } from "../privacy/privacy.server";
import { PRIVACY_LINK_GONE } from "../privacy/schemas";
import type { Route } from "./+types/privacy-export";

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// A resource route: the answer is a file download, not a page.
export async function action({ request, params }: Route.ActionArgs) {
  const state = await privacyLinkForPage(params.token);
  if (state.status !== "valid") return text(410, PRIVACY_LINK_GONE[state.status]);
  const form = await request.formData().catch(() => new FormData());
  if (!confirmed(form)) return text(400, "Tick the box to confirm.");
  const exported = await exportWithLink(params.token);
  if (exported.status !== "done") return text(410, PRIVACY_LINK_GONE[exported.status]);
  return new Response(JSON.stringify(exported.value, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="career-pivot-my-data.json"',
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}

export function loader() {
  return text(405, "Use the button on the confirmation page.");
}
