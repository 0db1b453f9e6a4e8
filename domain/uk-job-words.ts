import { UK_JOB_WORDS, type UkJobWord } from "./uk-job-words-list";

export { UK_JOB_WORDS, type UkJobWord };

/** An occupation a UK query means, with the UK word to show beside its US title. */
export type UkMatch = { code: string; ukWord: string };

// Words that say nothing about the job ("HGV driver jobs"), dropped before matching.
const FILLER = new Set(["job", "role", "vacancy", "position", "uk"]);
const IRREGULAR: Record<string, string> = { people: "person", children: "child" };

/** One plural or singular form for both sides of a match; it need only agree with itself, not be good English. */
function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (word.endsWith("men")) return `${word.slice(0, -3)}man`;
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  // Slang spelt both ways ("brickie", "sparky"), and its plural, meet at -y.
  if (word.length >= 5 && word.endsWith("ie")) return `${word.slice(0, -2)}y`;
  if (word.length > 4 && /(?:ss|ch|sh|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length >= 3 && word.endsWith("s") && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words of a job title or query, comparable across case, accents, plurals, hyphens, apostrophes
 * and full stops: "Dinner Ladies" and "dinner lady", "G.P.s" and "GP", "C + E" and "CE" agree.
 */
export function jobWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/\s*\+\s*/g, "")
    .replace(/['’‘`´.]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular);
}

const isAbbreviation = (phrase: string) => /^[A-Z0-9&]{2,6}$/.test(phrase);

type Phrase = { words: string[]; key: string; abbreviation: boolean; display: string; codes: readonly string[]; order: number };

const capitalised = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

// Shown as the visitor typed it ("Lorry driver"), except an abbreviation or a phrase with a
// qualifier, which show the entry's plain name ("QS" → "Quantity surveyor").
const PHRASES: Phrase[] = UK_JOB_WORDS.flatMap((entry, i) =>
  entry.phrases.map((phrase) => {
    const words = jobWords(phrase);
    const abbreviation = isAbbreviation(phrase);
    const display = capitalised(abbreviation || phrase.includes("(") ? entry.phrases[0]! : phrase);
    return { words, key: words.join(" "), abbreviation, display, codes: entry.codes, order: i };
  }),
);

/** Every word of every phrase: a query word outside it is being typed ("plaste"), one inside it is complete ("chef"). */
const VOCABULARY = new Set(PHRASES.flatMap((p) => p.words));

/** Shortest partial query that is completed to a phrase ("plaste" → plasterer), so two letters do not list half the trades. */
const MIN_PREFIX = 4;
const MAX_QUERY_WORDS = 12;
const MAX_MATCHES = 20;

/**
 * The occupations a UK query means: each phrase found as whole words in the query, the longest
 * winning where phrases overlap ("nursery nurse" over "nurse"); or, when none is found and the
 * query is still being typed, phrases it begins ("plaste" → plasterer, "gas safe" → gas
 * engineer). At most 20 codes, in the order the phrases appear in the query, each once, with the
 * UK word to show beside the US title. Empty when the query has no UK job word.
 */
export function expandUkQuery(query: string): UkMatch[] {
  const words = jobWords(query.slice(0, 200))
    .filter((w) => !FILLER.has(w))
    .slice(0, MAX_QUERY_WORDS);
  if (!words.length) return [];
  const whole = words.join(" ");

  const found: { phrase: Phrase; start: number; end: number }[] = [];
  for (const phrase of PHRASES) {
    if (phrase.abbreviation) {
      if (phrase.key === whole) found.push({ phrase, start: 0, end: words.length });
      continue;
    }
    for (let start = 0; start + phrase.words.length <= words.length; start++)
      if (phrase.words.every((w, j) => words[start + j] === w)) found.push({ phrase, start, end: start + phrase.words.length });
  }
  const longest = found.filter(
    (m) => !found.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );

  // Completion is for a query still being typed: a partial last word, or the start of a longer
  // phrase ("gas safe"); a lone complete word ("chef", "care") is left to the US titles' own search.
  const typing = whole.length >= MIN_PREFIX && (!VOCABULARY.has(words.at(-1)!) || words.length > 1);
  const matches = longest.length
    ? longest.sort((a, b) => a.start - b.start || a.phrase.order - b.phrase.order).map((m) => m.phrase)
    : typing
      ? PHRASES.filter((p) => !p.abbreviation && p.key.startsWith(whole) && p.key !== whole)
      : [];

  const seen = new Set<string>();
  const result: UkMatch[] = [];
  for (const phrase of matches)
    for (const code of phrase.codes)
      if (!seen.has(code)) {
        seen.add(code);
        result.push({ code, ukWord: phrase.display });
      }
  return result.slice(0, MAX_MATCHES);
}

/** "29-1141" or "29-1141.00" → "29-1141.00": the catalogue stores curated roles' codes without the O*NET suffix. */
const onetCode = (code: string) => (/^\d{2}-\d{4}$/.test(code.trim()) ? `${code.trim()}.00` : code.trim());

/** The UK words for one occupation (each entry's first phrase), in list order: for a report or picker label. */
export function ukWordsForCode(code: string): string[] {
  const wanted = onetCode(code);
  return [...new Set(UK_JOB_WORDS.filter((e) => e.codes.includes(wanted)).map((e) => e.phrases[0]!))];
}

/**
 * Whether a UK word adds anything beside a US title: not when the title already says it
 * ("Plasterer" beside "Plasterers and Stucco Masons").
 */
export function ukWordDiffersFromTitle(ukWord: string, usTitle: string): boolean {
  const title = ` ${jobWords(usTitle).join(" ")} `;
  return !title.includes(` ${jobWords(ukWord).join(" ")} `);
}
