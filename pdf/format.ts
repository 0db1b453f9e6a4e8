import { UK_REGIONS } from "../domain/regions";

const gbp = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
export const money = (n: number) => gbp.format(n);

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });
export const dateLong = (iso: string) => longDate.format(new Date(iso));

/**
 * Keeps a catalogue text within `max` characters without leaving a sentence cut off: whole
 * sentences while they fit. Only a first sentence longer than `max` on its own (which no curated
 * text has; the fit test's schema-limit inputs do) is ended early, at a word, with a full stop
 * rather than an ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+(?:[.!?]+["”’)]?|$)\s*/g) ?? [text];
  let out = "";
  for (const s of sentences) {
    if ((out + s).trimEnd().length > max) break;
    out += s;
  }
  if (out.trim()) return out.trimEnd();
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:—–-]\s*$/, "")}.`;
}

export const regionName = (id: string) => UK_REGIONS.find((r) => r.id === id)?.name ?? id;

/** English regions named by a compass point take "the" in a sentence: "in the North East", "in London", "in Wales". */
const WITH_THE = new Set(["north-east", "north-west", "east-midlands", "west-midlands", "east", "south-east", "south-west"]);
export const regionPlace = (id: string) => (WITH_THE.has(id) ? `the ${regionName(id)}` : regionName(id));

export const SENIORITY_LABEL = { junior: "junior", mid: "mid-level", senior: "senior", lead: "lead" } as const;

export const percent = (n: number) => `${Math.round(n)}%`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 pt", "27.3 pts". */
export const points = (n: number) => plural(n, "pt", "pts");
