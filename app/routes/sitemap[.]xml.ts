import { listSitemapEntries } from "../catalogue/catalogue.server";
import { absoluteUrl } from "../utils/url.server";

const STATIC_PATHS = ["/", "/occupations", "/assessment", "/method", "/refund-policy"];

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/** Every public page a search engine should index, with each report's last content change. */
export async function loader() {
  const reports = await listSitemapEntries();
  const urls = [
    ...STATIC_PATHS.map((p) => `<url><loc>${escapeXml(absoluteUrl(p))}</loc></url>`),
    ...reports.map(
      (r) =>
        `<url><loc>${escapeXml(absoluteUrl(`/occupations/${r.slug}`))}</loc><lastmod>${r.updatedAt.toISOString().slice(0, 10)}</lastmod></url>`,
    ),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(body, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
