/**
 * The brand fonts (Source Sans 3, Source Serif 4) cover Latin, Greek and the typographic marks the
 * catalogue uses (β, −, ≥, →, ✓ …), but not everything a buyer's email or a future catalogue entry
 * might hold; a missing glyph prints as an empty box. Characters outside the set that every brand
 * face covers (checked with `fc-query` against the four TTF files) are mapped to a near equivalent.
 */
const COVERED_EXTRA = new Set("–—‘’‚“”„•…‰′″€£→←↑↓−≈≠≤≥×÷✓\u2009\u202f");
const NOT_COVERED_LATIN_A = new Set([0x12c, 0x12d, 0x132, 0x133, 0x166, 0x167]);

const REPLACEMENTS: Record<string, string> = {
  "\u2011": "-",
  "\u2010": "-",
  "\u2002": " ",
  "\u2003": " ",
  "★": "*",
  "✗": "x",
  "↔": "<->",
};

function covered(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0x17f) return !NOT_COVERED_LATIN_A.has(code);
  // Greek letters without tonos: α–ω and Α–Ω (U+03A2 is unassigned).
  if ((code >= 0x391 && code <= 0x3a9 && code !== 0x3a2) || (code >= 0x3b1 && code <= 0x3c9)) return true;
  return COVERED_EXTRA.has(ch);
}

/** Text made only of covered characters (nearly all of it) skips the per-character walk. */
const ALL_COVERED =
  /^[\n\x20-\x7e\u00a0-\u012b\u012e-\u0131\u0134-\u0165\u0168-\u017f\u0391-\u03a1\u03a3-\u03a9\u03b1-\u03c9–—‘’‚“”„•…‰′″€£→←↑↓−≈≠≤≥×÷✓\u2009\u202f]*$/;

export function toFontSafe(text: string): string {
  if (ALL_COVERED.test(text)) return text;
  let out = "";
  for (const ch of text) {
    if (covered(ch)) out += ch;
    else if (ch === "\n") out += ch;
    else out += REPLACEMENTS[ch] ?? ch.normalize("NFKD").replace(/[^\x20-\x7e\u00a0-\u017f]/g, "");
  }
  return out;
}

/** Applies toFontSafe to every string inside a JSON-like value. */
export function deepFontSafe<T>(value: T): T {
  if (typeof value === "string") return toFontSafe(value) as T;
  if (Array.isArray(value)) return value.map(deepFontSafe) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepFontSafe(v)])) as T;
  }
  return value;
}
