import { inArray, sql, type SQL } from "drizzle-orm";
import { occupations } from "../../db/schema";
import { expandUkQuery, ukWordDiffersFromTitle, ukWordsForCode } from "../../domain/uk-job-words";

/** What a UK job word in a query adds to an occupation search (issue 17 item 4). */
export type UkWordMatch = {
  /** Occupations whose SOC code a UK word in the query means: OR it into the text match. */
  condition: SQL;
  /** Those occupations first, in the order the query named them. */
  order: SQL;
  /** The UK word to show beside a row's US title, or null where it has none or the title says it. */
  ukWordFor: (row: { socCode: string | null; title: string }) => string | null;
};

const SIX_DIGIT = /^\d{2}-\d{4}$/;
/** Curated roles store a 6-digit SOC code ("15-1252"), imported ones the O*NET code ("15-1252.00"). */
const onetCode = (code: string) => (SIX_DIGIT.test(code) ? `${code}.00` : code);

/** "Solicitor" → "solicitor" inside a sentence or label; "GP", "HGV driver" and "King's Counsel" keep their capitals. */
const inSentence = (word: string) => (/^\p{Lu}[^\p{Lu}]*$/u.test(word) ? word.charAt(0).toLowerCase() + word.slice(1) : word);

/** How many UK words a report lists, so the line stays a line. */
const MAX_REPORT_WORDS = 6;

/** The UK words for an occupation's report ("Also called in the UK: …"), leaving out those its title already says. */
export function ukWordsForReport(socCode: string | null, title: string): string[] {
  if (!socCode) return [];
  return ukWordsForCode(socCode)
    .filter((word) => ukWordDiffersFromTitle(word, title))
    .slice(0, MAX_REPORT_WORDS)
    .map(inSentence);
}

/** Null when the query holds no UK job word (domain/uk-job-words.ts decides which it holds). */
export function ukWordMatch(query: string): UkWordMatch | null {
  const found = expandUkQuery(query);
  if (!found.length) return null;
  const codes = found.map((m) => m.code);
  const storedForms = codes.flatMap((c) => (c.endsWith(".00") ? [c, c.slice(0, -3)] : [c]));
  const ukWords = new Map(found.map((m) => [m.code, m.ukWord]));
  const storedAsOnet = sql`case when ${occupations.socCode} ~ '^[0-9]{2}-[0-9]{4}$' then ${occupations.socCode} || '.00' else ${occupations.socCode} end`;
  const codeList = sql`array[${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`;
  return {
    condition: inArray(occupations.socCode, storedForms),
    order: sql`array_position(${codeList}, ${storedAsOnet}) asc nulls last`,
    ukWordFor: ({ socCode, title }) => {
      const word = socCode ? ukWords.get(onetCode(socCode)) : undefined;
      return word && ukWordDiffersFromTitle(word, title) ? inSentence(word) : null;
    },
  };
}
