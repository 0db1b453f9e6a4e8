import { UK_REGIONS } from "../domain/regions";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
export const money = (n: number) => gbp.format(n);

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
export const dateLong = (iso: string) => longDate.format(new Date(iso));

/** Cuts at a word boundary so a long catalogue text cannot push a page over its length. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.lastIndexOf(". ");
  if (sentence > max * 0.6) return cut.slice(0, sentence + 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:—–-]\s*$/, "")}…`;
}

export const regionName = (id: string) => UK_REGIONS.find((r) => r.id === id)?.name ?? id;

export const SENIORITY_LABEL = { junior: "junior", mid: "mid-level", senior: "senior", lead: "lead" } as const;

export const percent = (n: number) => `${Math.round(n)}%`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
