/**
 * O*NET names occupations in the plural ("Registered Nurses", "Chefs and Head Cooks"); a
 * Blueprint speaks to one person ("as a mid-level Registered Nurse"). Pure.
 *
 * The nouns of a title are its first comma segment, or, when a later segment starts with "and"/"or"
 * ("Judges, Magistrate Judges, and Magistrates"), every segment up to that one; what follows is a
 * qualifier kept as it is (", Farm Products", ", Except Aviation", ", All Other"). Each noun
 * phrase ("Chefs", "Head Cooks") has its last word made singular. Rules cover English plurals;
 * SINGULAR_TITLE_EXCEPTIONS holds the titles they get wrong (checked over all 923 O*NET titles).
 */

/** Whole titles the rules get wrong, by O*NET title. */
export const SINGULAR_TITLE_EXCEPTIONS: Readonly<Record<string, string>> = {
  // A list of things, not of people, before the noun.
  "Compensation, Benefits, and Job Analysis Specialists": "Compensation, Benefits, and Job Analysis Specialist",
  "Aircraft Structure, Surfaces, Rigging, and Systems Assemblers": "Aircraft Structure, Surfaces, Rigging, and Systems Assembler",
  "Securities, Commodities, and Financial Services Sales Agents": "Securities, Commodities, and Financial Services Sales Agent",
  // A qualifier list ending in "and …" reads like a list of nouns.
  "Pressers, Textile, Garment, and Related Materials": "Presser, Textile, Garment, and Related Materials",
  "Farmworkers, Farm, Ranch, and Aquacultural Animals": "Farmworker, Farm, Ranch, and Aquacultural Animals",
  // Lists without the serial comma.
  "Fraud Examiners, Investigators and Analysts": "Fraud Examiner, Investigator and Analyst",
  "Poets, Lyricists and Creative Writers": "Poet, Lyricist and Creative Writer",
  "Transportation Vehicle, Equipment and Systems Inspectors, Except Aviation":
    "Transportation Vehicle, Equipment and Systems Inspector, Except Aviation",
  // The qualifier names the kind of physician.
  "Physicians, Pathologists": "Physician, Pathologist",
};

/** Words that look plural but are singular (or the same in both). */
const INVARIANT = new Set([
  "clergy",
  "police",
  "customs",
  "news",
  "series",
  "species",
  "personnel",
  "staff",
  "crew",
  "analysis",
  "business",
  "glass",
]);

/** A segment that starts a qualifier, never another noun: ", Except Aviation", ", Including Health", ", All Other". */
const QUALIFIER = /^(Except|Including|All Other)\b/;

/** One word's singular: -men → -man, -wives → -wife, -ies → -y, -ches/-shes/-sses/-xes/-zzes → drop "es", else drop a final "s". */
export function singularWord(word: string): string {
  if (word.includes("/")) return word.split("/").map(singularWord).join("/");
  const lower = word.toLowerCase();
  if (INVARIANT.has(lower) || lower.length < 3) return word;
  if (/men$/.test(lower)) return `${word.slice(0, -2)}an`;
  if (/wives$/.test(lower)) return `${word.slice(0, -3)}fe`;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|ss|x|zz)es$/.test(lower)) return word.slice(0, -2);
  if (/[^su]s$/.test(lower)) return word.slice(0, -1);
  return word;
}

/** "Head Cooks" → "Head Cook": the last word of a noun phrase. */
function singularPhrase(phrase: string): string {
  const m = /^(.*?)(\S+)(\s*)$/.exec(phrase);
  return m ? `${m[1]}${singularWord(m[2]!)}${m[3]}` : phrase;
}

/** Singular of each noun phrase joined by "and"/"or": "Chefs and Head Cooks" → "Chef and Head Cook". */
function singularNouns(segment: string): string {
  return segment
    .split(/(\s+(?:and|or)\s+)/)
    .map((part, i) => (i % 2 === 1 ? part : singularPhrase(part)))
    .join("");
}

export function singularOccupationTitle(title: string): string {
  const exception = SINGULAR_TITLE_EXCEPTIONS[title];
  if (exception) return exception;
  // "Helpers--Carpenters": one helper, to the trade named in the plural.
  const helper = /^Helpers--(.+)$/.exec(title);
  if (helper) return `Helper to ${helper[1]}`;
  // "First-Line Supervisors of Police and Detectives": only what comes before "of" is the person.
  const of = title.indexOf(" of ");
  if (of > 0) return `${singularHead(title.slice(0, of))}${title.slice(of)}`;
  return singularHead(title);
}

/** The noun segments of a title (see the module comment) made singular, the qualifier kept. */
function singularHead(title: string): string {
  const segments = title.split(", ");
  let last = 0;
  for (let i = 1; i < segments.length && !QUALIFIER.test(segments[i]!); i += 1) if (/^(and|or) /.test(segments[i]!)) last = i;
  return segments.map((s, i) => (i <= last ? singularNouns(s) : s)).join(", ");
}
