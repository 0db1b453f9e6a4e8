import { confirmed, exportPersonalData, readPrivacyToken } from "../privacy/privacy.server";
import type { Route } from "./+types/privacy-export";

const text = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

// A resource route: the answer is a file download, not a page.
export async function action({ request, params }: Route.ActionArgs) {
  const token = readPrivacyToken(params.token);
  if (!token || token.a !== "export") return text(410, "This link has expired or is not valid. Ask for a new one on the privacy page.");
  const form = await request.formData().catch(() => new FormData());
  if (!confirmed(form)) return text(400, "Tick the box to confirm.");
  return new Response(JSON.stringify(await exportPersonalData(token.e), null, 2), {
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
