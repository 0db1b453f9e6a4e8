/**
 * A task as a Blueprint quotes it mid-sentence (“AI tools now do much of ‘…’”). Curated task
 * names are short already; an imported O*NET task statement runs to 332 characters ("Plan layout
 * and installation of electrical wiring, equipment, or fixtures, based on job specifications and
 * local codes."), far too long to quote, and a number ("task 28") means nothing to a buyer with no
 * numbered list to look it up in. Pure.
 *
 * The label is the statement's head: its words from the start up to a clause boundary (a comma,
 * a semicolon, "including", "such as", "to ensure", " by ", " to " …), after dropping asides in
 * brackets or between commas, of the statement or of a shorter reading of it that keeps its words in
 * order (a run of verbs or modifiers cut to its first and last). A head must be a whole phrase: two words or more, not ending on a word that wants more
 * ("and", "of", "the"), no bracket or quote left open, no list cut after one of its later items and
 * no run of modifiers cut after its first ("Counsel individuals regarding interpersonal"). Of the
 * heads that fit, the earliest clean one wins; a list's first item ("Read current literature"), a
 * two-word head, a weaker boundary ("with", "and", "in") or a head over the target length only
 * when nothing cleaner fits. Failing all of those, the statement is cut after its last whole word
 * that leaves such a phrase. Never an ellipsis, never a closing full stop.
 */

/** The length a label aims at: a quote this long still leaves its sentence readable. */
export const TASK_LABEL_TARGET = 70;
/** No label is longer than this, whatever a caller asks for (a table's row heading, taskHeading, may be). */
export const TASK_LABEL_MAX = 80;

const MARKERS = [
  "including",
  "such as",
  "e\\.g\\.",
  "i\\.e\\.",
  "to ensure",
  "in order to",
  "so that",
  "so as to",
  "according to",
  "in accordance with",
  "in compliance with",
  "in response to",
  "depending on",
  "based (?:on|upon)",
  "as well as",
  "regarding",
  "concerning",
  "related to",
  "relating to",
  "pertaining to",
  "involving",
  // Participles that open a description of the noun before them ("programs designed to improve …").
  "(?:designed|intended|used|needed|required) (?:to|for|in|by)",
  "using",
  "by",
  "to",
  "for",
  "when",
  "whenever",
  "where",
  "if",
  "as (?:needed|necessary|required|directed|appropriate|requested|specified|assigned)",
  "through",
  "via",
  "following",
  "during",
  "while",
  "before",
  "after",
  "upon",
  "within",
  "under",
  "throughout",
  "prior to",
  "because",
];
/** Where a head clause can end: punctuation, or a word that opens an adjunct (purpose, means, manner, example). */
const CLAUSE_BOUNDARY = new RegExp(`[;:](?=\\s)|,(?=\\s)|\\s(?=(?:${MARKERS.join("|")})\\s)`, "g");
/** Weaker places a phrase can end: a preposition, or a second verb phrase starting. */
const WEAK_BOUNDARY =
  /\s(?=(?:with|on|in|at|from|into|onto|and|or|that|which|between|among|across|against|without|about|toward|towards)\s)/g;

/**
 * Verbs that open a second task in one statement ("Greet customers and ask about …", "Calculate
 * angles and courses and determine vertical …"): common O*NET task verbs that are rarely nouns or
 * adjectives, so " and <verb>" marks where the first task ends, not a pair of modifiers.
 */
const TASK_VERBS = new Set(
  (
    "accept accompany acquire activate adapt add adhere adjust administer advise advocate align allocate alter analyze announce " +
    "answer apply appoint appraise apprehend approve arrange ask assemble assess assign assist attach attend authorize bake bathe " +
    "bleach build buy calculate calibrate carry carve choose classify climb collaborate collect communicate compare compile comply " +
    "compose compute conduct confer configure connect consider construct consult contribute convert coordinate create decide " +
    "decontaminate decorate define deliver demonstrate describe determine develop devise diagnose dig direct disassemble discuss " +
    "disinfect dismantle dispose disseminate distinguish distribute edit educate employ encourage enforce engage ensure enter escort " +
    "establish evaluate examine execute explain expose extract fabricate fasten follow formulate furnish gather generate give greet " +
    "grind guide handle hire identify immerse implement improve incorporate inform initiate insert inspect install instruct " +
    "integrate interpret investigate join keep learn listen locate lubricate maintain make manage manipulate mediate meet melt " +
    "modify move negotiate notify observe obtain operate optimize organize oversee participate perform preheat prepare prescribe " +
    "preserve procure promote propose protect provide pull read reassemble rebuild receive recommend recruit refer refinish register " +
    "regulate remove render replace represent requisition resolve respond restock restrain retrieve revise rotate scrape seek sell " +
    "send serve sew sharpen shut solicit speak specialize specify splice sprinkle stack straighten stretch submit suggest summarize " +
    "supervise sweep take talk teach testify tighten trace transcribe translate transmit troubleshoot unload upload validate verify " +
    "visit warn write"
  ).split(" "),
);
const SECOND_TASK = /\s(?=(?:and|or|and\/or) ([a-z]+)\s)/g;

/** Words a quoted phrase cannot end on: it would be waiting for the rest of its sentence. */
const DANGLING = new Set(
  (
    "a an the and or nor but of to for with in on at by from into onto as than that which who whom whose " +
    "its their his her our your my this these those such other all any each every some various both either neither " +
    "including include includes e.g i.e etc via per upon within without about between among across against toward towards " +
    "through throughout during before after under over while when where whether if so not no also is are be been being " +
    "more most less least new related certain specific appropriate necessary multiple several many different up out down off away back " +
    // Words that want the rest of their phrase: "according (to)", "engaged (in)", "prior (to)".
    "according prior due pertaining relating subject engaged involved associated concerned located responsible designed intended aimed ways"
  ).split(" "),
);

const lastWord = (s: string) => (/([A-Za-z.'/-]+)\W*$/.exec(s)?.[1] ?? "").replace(/\.$/, "").toLowerCase();

const balanced = (s: string) => {
  let depth = 0;
  for (const ch of s) {
    if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    if (depth < 0) return false;
  }
  return depth === 0 && (s.match(/"/g)?.length ?? 0) % 2 === 0 && (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
};

const CONJUNCTION = /^(?:and|or|and\/or|as well as)\s/;

/**
 * A list cut after one of its later items ("Inspect, test", "Analyze building codes, by-laws")
 * reads as a fragment: a phrase with a comma in it must close its list with "and"/"or".
 */
const brokenList = (s: string) => {
  const i = s.lastIndexOf(", ");
  return i >= 0 && !CONJUNCTION.test(s.slice(i + 2));
};

/**
 * Whether a head can stand as a quoted label. `loose` (the last resort): it may end on a verb ("Recruit,
 * hire, train, and evaluate") or a gerund ("Collaborate with manufacturing").
 */
function quotable(head: string, max: number, loose = false): boolean {
  return (
    head.length <= max &&
    head.split(" ").length >= 2 &&
    /^[A-Z]/.test(head) &&
    !DANGLING.has(lastWord(head)) &&
    // "Maintain wellness- (and fitness-related schedules)": half of a pair of compounds.
    !/-$/.test(head) &&
    // "Recommend or arrange", "Greet customers and ask": a verb waiting for its object.
    (loose || !TASK_VERBS.has(lastWord(head))) &&
    // "Provide communities with assistance in applying": the gerund wants its object too.
    (loose || !/\s(?:in|for|with|by|on|to)\s[a-z]+ing$/.test(head)) &&
    // "Place orders, such as for equipment": an example belongs after the phrase, not inside it.
    !/\b(?:such as|including|e\.g\.)/.test(head) &&
    balanced(head) &&
    !brokenList(head)
  );
}

/** Without trailing punctuation or a dash, but keeping a hyphen that ends a word ("wellness-"), for quotable to refuse. */
const tidy = (s: string) => s.replace(/(?:[\s,;:–—]|\s-)+$/, "").replace(/\.$/, "");

const words = (s: string) => s.split(" ").filter(Boolean);

/** Words that read as adjectives ("cultural", "non-toxic", "computerized"): a list of them modifies the noun after it. */
const ADJECTIVE = /(?:al|ic|ive|ous|able|ible|ful|less|ary|ed|ing|toxic)$/;

/** Stricter than ADJECTIVE, for a list's first item ("lines of credit or commercial, real estate, or personal loans"): "wiring" may end one. */
const DESCRIBING = /(?:al|ic|ive|ous|able|ible|ful|less|ary)$/;

/** Words that read as things ("customers", "development", "equipment"): a phrase can end on one before "and"/"or". */
const nounLike = (word: string) =>
  !TASK_VERBS.has(word) &&
  ((/s$/.test(word) && !ADJECTIVE.test(word)) ||
    /(?:ment|tion|sion|ance|ence|ity|ness|ship|ure|er|or|ist|ism|age|ery|ogy|ware|work)$/.test(word));

type Opened =
  | { kind: "clause" | "list" }
  /**
   * "cultural, ethnic, or religious preferences": `collapsed` keeps the first modifier and the noun
   * ("cultural preferences") at `collapseCost`; `firstItemCut` says whether the first item alone can end a phrase.
   */
  | { kind: "modifiers"; firstItemCut: boolean; collapsed: string; collapseCost: number };

/**
 * What the comma at `at` opens, judged from the text after it: a list ("dials, handwheels, valves,
 * or switches") when a later item starts "and"/"or" before the clause ends; a run of modifiers when
 * every item but the last is one word and the last is more ("cultural, ethnic, or religious
 * preferences"); otherwise the end of the clause.
 */
function commaOpens(s: string, at: number): Opened {
  const start = at + 2;
  const rest = s.slice(start);
  // ", such as …", ", following seams, edges, or markings", ", collaborating with …": what follows is an adjunct, whatever lists it holds.
  if (new RegExp(`^(?:${MARKERS.join("|")}|[a-z]+ing)\\s`).test(rest)) return { kind: "clause" };
  const clauseEnd = rest.search(
    /[;:]\s|,\s(?:including|such as|e\.g\.|i\.e\.|using|based|to|as|in order|so|which|with|while|when|where|if|following)\s/,
  );
  const items = (clauseEnd < 0 ? rest : rest.slice(0, clauseEnd)).split(", ");
  let last = items.findIndex((item) => CONJUNCTION.test(item));
  let between: string[];
  let final: string;
  if (last >= 0) {
    between = items.slice(0, last);
    final = items[last]!.replace(CONJUNCTION, "");
  } else {
    // "A, B and C" without the serial comma: the conjunction sits inside the next item.
    last = items.findIndex((item) => /\s(?:and|or)\s/.test(item));
    if (last < 0) return { kind: CONJUNCTION.test(rest) ? "list" : "clause" };
    const [, pre, post] = /^(.*?)\s(?:and|or)\s(.*)$/.exec(items[last]!)!;
    between = [...items.slice(0, last), pre!];
    final = post!;
  }
  const finalStart =
    start +
    rest.indexOf(
      final,
      items.slice(0, last).reduce((n, item) => n + item.length + 2, 0),
    );
  const finalHead = final.split(/,|\s(?=(?:and|or|to|for|with|in|on|at|from|into|by|using|of|that|which|used|when)\s)/)[0]!;
  const before = s.slice(0, at);
  // "Plan, organize, or direct activities …" is a run of verbs, not of modifiers.
  if (words(before).length < 2 || !between.length || !between.every((item) => words(item).length === 1) || words(finalHead).length < 2)
    return { kind: "list" };
  const first = lastWord(before);
  const noun = words(finalHead).at(-1)!;
  const collapsed = `${before} ${noun}${s.slice(finalStart + finalHead.length)}`;
  // "cultural, ethnic, …" only describes; "compressors, scrubbers, … and refrigeration equipment" lists things.
  if (ADJECTIVE.test(first)) return { kind: "modifiers", firstItemCut: false, collapsed, collapseCost: 0.35 };
  if (/s$/.test(first)) return { kind: "list" };
  // "cash, payroll, or storage requirements" or "the inspection, grading, and post-harvest treatment of crops":
  // the first item alone never says what is not so, the collapse may ("inspection treatment"), so it is the fallback.
  return { kind: "modifiers", firstItemCut: true, collapsed, collapseCost: 1 };
}

type Head = { text: string; penalty: number; at: number };

/**
 * Whether a head leaves out what its last words promise: "the" an "of" ("Assess the needs (and
 * interests of individuals)"), "as" its participle's agent ("Modify treatment plans as indicated (by
 * patients' responses)"), a vague noun its examples ("Instruct groups on topics (such as health
 * education)").
 */
const promisesMore = (head: string, after: string) =>
  (/\bthe(?: [a-z-]+)?\s[a-z-]+$/i.test(head) && /^\s(?:(?:and|or)\s[a-z-]+\s)?of\s/.test(after)) ||
  (/\bas [a-z]+$/.test(head) && /^\s(?:by|in|on|to|for|with)\s/.test(after)) ||
  /\s(?:on|of|about|regarding|in|with|for|at|toward|towards) (?:topics|issues|matters|subjects|things|areas|items|aspects|goals|purposes)$/.test(
    head,
  );

/** Every head `s` offers within `max`, with how far each falls short of a clean clause. */
function heads(s: string, target: number, max: number): Head[] {
  const out: Head[] = [];
  const add = (at: number, penalty: number, whole = false) => {
    const text = tidy(s.slice(0, at));
    if (!quotable(text, max) || promisesMore(text, s.slice(at))) return;
    if (words(text).length === 2) penalty += 0.75;
    if (text.length > target && !whole) penalty += 1.5;
    out.push({ text, penalty, at });
  };
  for (const m of s.matchAll(CLAUSE_BOUNDARY)) {
    if (m[0] !== ",") {
      // ", by phone": the comma before the word is the boundary, judged as a comma.
      if (s[m.index - 1] !== ",") add(m.index, 0);
      continue;
    }
    const opens = commaOpens(s, m.index);
    if (opens.kind === "clause") add(m.index, 0);
    // A list's first item names part of the work ("Turn dials"); a modifier's ("Incorporate patient cultural") names none of it.
    else if (opens.kind === "list" && !DESCRIBING.test(lastWord(s.slice(0, m.index)))) add(m.index, 0.5);
    // "Compute or estimate cash" is true but says less than the whole statement would, where that fits.
    else if (opens.kind === "modifiers" && opens.firstItemCut) add(m.index, 0.95);
  }
  for (const m of s.matchAll(SECOND_TASK)) {
    // "…, and repair (or replace worn tumblers)": a verb sharing the next one's object is no end.
    const pair = /\b(?:and|or) ([a-z-]+)$/.exec(s.slice(0, m.index));
    if (TASK_VERBS.has(m[1]!) && !(pair && !nounLike(pair[1]!))) add(m.index, 0.25);
  }
  // Among weak boundaries the longest head says most, so a later one costs a little less.
  for (const m of s.matchAll(WEAK_BOUNDARY)) {
    // Before "and"/"or" the head must end on a thing ("Greet customers"), not on one of a pair of modifiers ("handling difficult").
    if (/^\s(?:and|or)\s/.test(s.slice(m.index)) && !nounLike(lastWord(s.slice(0, m.index)))) continue;
    add(m.index, 1 + (max - m.index) / 1000);
  }
  // A whole statement a little over the target reads better than a weak cut of it.
  add(s.length, 0.9, true);
  return out;
}

const VERB = "[a-z]+(?:-[a-z]+)?(?: (?:up|out|down|off|over))?";
/** A statement opening on a run of verbs: "Design, develop, test, and evaluate …", "Cut, trim and shape …". */
const VERB_RUN = new RegExp(`^([A-Z]${VERB}), (?:${VERB}, )*(?:${VERB} )?(and|or) (${VERB}) `);
/** A statement opening on a run of tasks after a lone verb: "Teach, take continuing education classes, …, or conduct research …". */
const TASK_RUN = new RegExp(`^([A-Z]${VERB}), (?:[^,()]+, )+(and|or) (${VERB}) `);

const PAIRED_MODIFIER = /\b([a-z-]+(?:al|ic|ive|ous|able|ible|ful|ary|ed)) (?:and|or) [a-z-]+(?= [a-z])/;
/** Things, not descriptions, for all their adjective-like endings: "layers of fabric and cut fabric" pairs no modifiers. */
const NOT_MODIFIERS = new Set(
  "fabric traffic music clinic plastic public logic topic graphic mechanic metric critic material animal".split(" "),
);

/** A reading that doubles a word the statement does not ("approval, denial, or conditional approval" → "approval approval"). */
const doublesWord = (text: string, plain: string) => {
  const d = /\b(\w+) \1\b/i.exec(text);
  return !!d && !plain.toLowerCase().includes(d[0].toLowerCase());
};

/**
 * Shorter readings of a statement, each a subsequence of its words that says nothing the statement
 * does not: a run of verbs kept to its first and last ("Design, develop, test, and evaluate new
 * solutions" → "Design and evaluate new solutions"), a run of modifiers to its first and the noun
 * ("Participate in geological, geophysical, or oceanographic surveys" → "Participate in geological
 * surveys"), a pair of modifiers to its first. Each costs a little, so the statement's own words
 * win where they fit.
 */
function readings(plain: string): { text: string; cost: number }[] {
  const out = [{ text: plain, cost: 0 }];
  const list = VERB_RUN.exec(plain) ?? TASK_RUN.exec(plain);
  if (list) out.push({ text: `${list[1]} ${list[2]} ${list[3]} ${plain.slice(list[0].length)}`, cost: 0.3 });
  // "wellness- and fitness-related schedules": the schedules, when the pair of compounds will not fit.
  for (const r of [...out]) {
    const pair = /\b[a-z]+- (?:and|or) [a-z]+-[a-z]+ (?=[a-z])/.exec(r.text);
    if (pair) out.push({ text: r.text.slice(0, pair.index) + r.text.slice(pair.index + pair[0].length), cost: r.cost + 0.6 });
  }
  // "mathematical or computer models", "manufactured or processed products": the first modifier and the noun.
  for (const r of [...out]) {
    const pair = PAIRED_MODIFIER.exec(r.text);
    if (pair && !NOT_MODIFIERS.has(pair[1]!))
      out.push({ text: r.text.slice(0, pair.index) + pair[1] + r.text.slice(pair.index + pair[0].length), cost: r.cost + 0.5 });
  }
  for (const r of [...out]) {
    for (const m of r.text.matchAll(/,\s/g)) {
      const opens = commaOpens(r.text, m.index);
      if (opens.kind === "modifiers") {
        out.push({ text: opens.collapsed, cost: r.cost + opens.collapseCost });
        break;
      }
    }
  }
  return out.filter((r) => !doublesWord(r.text, plain));
}

/** "Develop, or oversee the development of, monitoring systems": the aside between commas ends on a preposition, and goes. */
const COMMA_ASIDE = /,\s(?:or|and)\s[^,()]*?\s(?:of|with|to|for|in|on|as|from|over|about|into|by)\s?,\s/g;
/** "Instruct, or assist in instructing, patients …", "Design and create, or requisition, special supplies …", "Purchase, for resale, farm products …". */
const OPENING_ASIDE = /^([A-Z][a-z]+(?: (?:and|or) [a-z]+)?), (?:or|for) [^,()]*, (?=[a-z])/;
/** An aside in brackets, but not one a word hangs on ("device (RFID)-related"). */
const BRACKETED = /\s*\([^()]*\)(?=[\s,;:.]|$)/g;

type LabelOptions = { target?: number; max?: number };

/**
 * Every label a statement offers, best first: the first is its label, the rest stand in when two
 * tasks would share one. `longest`: of the clean heads, the longest rather than the first.
 */
function rankedLabels(statement: string, opts: LabelOptions, cap = TASK_LABEL_MAX, longest = false): string[] {
  const max = Math.min(opts.max ?? TASK_LABEL_MAX, cap);
  const target = Math.min(opts.target ?? TASK_LABEL_TARGET, max);
  const whole = tidy(statement.trim().replace(/\s+/g, " "));
  if (whole.length <= target) return [whole];
  // Asides are the first thing to go: the phrase reads the same without them.
  const plain = tidy(whole.replace(BRACKETED, "").replace(COMMA_ASIDE, " ").replace(OPENING_ASIDE, "$1 "));
  if (plain.length <= target && quotable(plain, target)) return [plain];

  const ranked = readings(plain)
    .flatMap((r) => heads(r.text, target, max).map((h) => ({ ...h, penalty: h.penalty + r.cost })))
    .sort((a, b) => a.penalty - b.penalty || (longest ? b.at - a.at : a.at - b.at))
    .map((h) => h.text);
  // Nothing reads as a phrase: the longest start of a reading that ends on a whole word able to end
  // one, a thing if it can ("Recruit and evaluate primary and supplemental staff"), else a run of
  // verbs ("Recruit, hire, train, and evaluate") rather than a modifier waiting for its noun.
  const starts = readings(plain).flatMap((r) => {
    const all = words(r.text);
    return all.map((_, n) => {
      const head = tidy(all.slice(0, all.length - n).join(" "));
      return { head, whole: !promisesMore(head, ` ${all.slice(all.length - n).join(" ")}`) };
    });
  });
  // Failing all else, "Participate in the development" still says more than "Participate".
  const start = (
    starts.find((h) => h.whole && quotable(h.head, target) && nounLike(lastWord(h.head))) ??
    starts.find((h) => h.whole && quotable(h.head, target, true) && TASK_VERBS.has(lastWord(h.head))) ??
    starts.find((h) => h.whole && quotable(h.head, target)) ??
    starts.find((h) => quotable(h.head, target, true))
  )?.head;
  // A first word longer than the limit (never an O*NET statement) is all that is left to cut.
  const first = tidy(words(plain)[0]!);
  return [...new Set([...ranked, ...(start ? [start] : []), first.slice(0, max)])];
}

/**
 * A short label for a task statement: the statement itself (without its full stop) when it is no
 * longer than `target` (TASK_LABEL_TARGET), else its head, at most `max` characters (never more than TASK_LABEL_MAX).
 */
export function taskLabelOf(statement: string, opts: LabelOptions = {}): string {
  return rankedLabels(statement, opts)[0]!;
}

/**
 * A statement as a table's row heading, up to `max` characters (more than a quote may take): the
 * statement where it fits, else its longest clean head, never a statement cut off mid-clause.
 */
export function taskHeading(statement: string, max: number): string {
  return rankedLabels(statement, { target: max, max }, Infinity, true)[0]!;
}

/**
 * Labels for one role's tasks, no two alike where the statements allow it: "Conduct experiments to
 * develop new varieties …" and "Conduct experiments to investigate …" would both be "Conduct
 * experiments", so each but one takes its best longer label no other task of the role has.
 */
export function distinctTaskLabels(statements: readonly string[], opts: LabelOptions = {}): string[] {
  const ranked = statements.map((s) => rankedLabels(s, opts));
  const chosen = ranked.map((r) => r[0]!);
  const count = (label: string) => chosen.filter((c) => c === label).length;
  for (const [i, r] of ranked.entries()) {
    if (count(chosen[i]!) < 2) continue;
    const taken = new Set(chosen.filter((_, j) => j !== i));
    // Only a longer reading of the same words tells the two apart; a shorter one ("Confer") would say less than both.
    const other = r.find(
      (label) => label.startsWith(`${chosen[i]} `) && !taken.has(label) && !ranked.some((q, j) => j !== i && q[0] === label),
    );
    if (other) chosen[i] = other;
  }
  return chosen;
}
