import type { MetaDescriptor } from "react-router";

/** Title, description, canonical link and Open Graph tags for a public page. */
export function seoMeta({ title, description, canonical }: { title: string; description: string; canonical: string }): MetaDescriptor[] {
  const fullTitle = title.includes("Career Pivot") ? title : `${title} · Career Pivot`;
  return [
    { title: fullTitle },
    { name: "description", content: description },
    { tagName: "link", rel: "canonical", href: canonical },
    { property: "og:type", content: "website" },
    { property: "og:site_name", content: "Career Pivot" },
    { property: "og:title", content: fullTitle },
    { property: "og:description", content: description },
    { property: "og:url", content: canonical },
    { property: "og:locale", content: "en_GB" },
  ];
}

/** Trims text to a meta-description length on a word boundary. */
export function excerpt(text: string, max = 155): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}
