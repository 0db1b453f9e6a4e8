/**
 * The built-in Helvetica only covers WinAnsi (Latin-1 plus curly quotes, dashes, bullet, €, …):
 * anything else prints as a wrong glyph. Catalogue text is written for the web, so every string is
 * mapped into that set before rendering. Drop this when the brand TTF font arrives.
 */
const REPLACEMENTS: Record<string, string> = {
  "β": "beta",
  "Σ": "sum of ",
  "−": "-",
  "≥": ">=",
  "≤": "<=",
  "≈": "~",
  "→": "->",
  "←": "<-",
  "✓": "yes",
  "\u2009": " ",
  "\u202f": " ",
  "\u2011": "-",
};

const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else out += REPLACEMENTS[ch] ?? ch.normalize("NFKD").replace(/[^\x20-\x7e]/g, "");
  }
  return out;
}

/** Applies toWinAnsi to every string inside a JSON-like value. */
export function deepWinAnsi<T>(value: T): T {
  if (typeof value === "string") return toWinAnsi(value) as T;
  if (Array.isArray(value)) return value.map(deepWinAnsi) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepWinAnsi(v)])) as T;
  }
  return value;
}
