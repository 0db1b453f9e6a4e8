import { getBlueprintDownload } from "../orders/download.server";
import type { Route } from "./+types/blueprint-download";

export async function loader({ params }: Route.LoaderArgs) {
  const download = await getBlueprintDownload(params.token);
  if (!download.ok) {
    return new Response(download.message, {
      status: download.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
    });
  }
  return new Response(new Uint8Array(download.pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(download.pdf.length),
      "Content-Disposition": `attachment; filename="${download.filename}"`,
      // Revocable on refund, so never cached by anyone but this browser, and never indexed.
      "Cache-Control": "private, no-store",
      ETag: `"${download.sha256}"`,
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
