/**
 * How alike two occupations' work is, from their O*NET task statements: TF-IDF over words and
 * two-word phrases, cosine similarity between occupations. Pure, no model to download; the
 * import compares every pair once (ADR 009). Words are lower-cased and lightly stemmed so
 * "nurses", "nursing" and "nurse" count as one term; phrases keep their most common wording
 * for display ("patient care", "treatment plans").
 */

// Common English words and O*NET boilerplate that say nothing about what the work is.
const STOP_WORDS = new Set(
  (
    "a about above according after again against all also among an and any appropriate are as at based be been before being below " +
    "between both but by can could do does during each either etc every following for from further given had has have how if in " +
    "including into is it its itself may more most must need needed needs new not of on one or other others over own per " +
    "related same should so such than that the their them then there these they this those through to under until upon use used " +
    "uses using various via was were what when where whether which while who whom will with within without would " +
    // Verbs O*NET uses for every kind of work.
    "ensure help make obtain perform provide take"
  ).split(" "),
);

/** A light suffix stripper: enough to join plural and verb forms, predictable enough to test. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  // "planning", "planned" → "plann" → "plan"; not for ll/ss ("install", "assess").
  if (/([b-df-hj-kmnp-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/**
 * Content words of one statement as [stem, surface word] pairs, each with whether it directly
 * follows the previous content word (no stop word between): only such pairs form a phrase, so
 * "monitor all aspects of patient care" gives "patient care" but not "aspect patient".
 */
export function contentWords(statement: string): { stem: string; word: string; follows: boolean }[] {
  const out: { stem: string; word: string; follows: boolean }[] = [];
  let follows = false;
  for (const word of statement.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (word.length > 2 && !STOP_WORDS.has(word)) {
      out.push({ stem: stem(word), word, follows });
      follows = true;
    } else follows = false;
  }
  return out;
}

/** Calls `add` for each term of one statement: its stems, then two-word phrases of adjacent stems. */
function eachTerm(statement: string, add: (key: string, surface: string) => void): void {
  const words = contentWords(statement);
  for (const w of words) add(w.stem, w.word);
  for (let i = 1; i < words.length; i += 1) {
    if (words[i]!.follows) add(`${words[i - 1]!.stem} ${words[i]!.stem}`, `${words[i - 1]!.word} ${words[i]!.word}`);
  }
}

export type TaskDocument = { id: number; statements: readonly string[] };

export type TaskIndex = {
  /** Cosine similarity (0–1) of `id` with every other document that shares a term, from `minimum` up. */
  similarities(id: number, minimum?: number): Map<number, number>;
  /** The terms that make two documents alike, strongest first, in their most common wording. */
  sharedWork(a: number, b: number, limit: number): string[];
  /** Distinct terms kept (after dropping those in one document only). */
  readonly vocabularySize: number;
};

type Vector = { terms: Int32Array; weights: Float64Array };
/** Every term occurrence of a document with its wording, kept to name shared work later. */
type Occurrences = { terms: number[]; surfaces: string[] };

/**
 * Builds the index: one document per occupation (all its statements), sublinear term frequency
 * (1 + ln count) × inverse document frequency ln(N ÷ df), unit length. A term found in one
 * document only cannot make two alike, so it is dropped.
 */
export function buildTaskIndex(documents: readonly TaskDocument[]): TaskIndex {
  const termId = new Map<string, number>();
  const termNames: string[] = [];
  const occurrences: Occurrences[] = documents.map((doc) => {
    const occ: Occurrences = { terms: [], surfaces: [] };
    for (const statement of doc.statements) {
      eachTerm(statement, (key, surface) => {
        let id = termId.get(key);
        if (id === undefined) {
          id = termNames.length;
          termId.set(key, id);
          termNames.push(key);
        }
        occ.terms.push(id);
        occ.surfaces.push(surface);
      });
    }
    return occ;
  });
  const counts = occurrences.map(({ terms }) => {
    const count = new Map<number, number>();
    for (const id of terms) count.set(id, (count.get(id) ?? 0) + 1);
    return count;
  });

  const df = new Int32Array(termNames.length);
  for (const count of counts) for (const id of count.keys()) df[id] = df[id]! + 1;
  const n = documents.length;

  const vectors: Vector[] = counts.map((count) => {
    const kept = [...count].filter(([id]) => df[id]! > 1).sort((x, y) => x[0] - y[0]);
    const weights = Float64Array.from(kept, ([id, c]) => (1 + Math.log(c)) * Math.log(n / df[id]!));
    const norm = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0));
    if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i]! /= norm;
    return { terms: Int32Array.from(kept, ([id]) => id), weights };
  });

  // Postings per term let a document meet only the documents it shares a term with.
  const postings: { doc: number[]; weight: number[] }[] = Array.from({ length: termNames.length }, () => ({ doc: [], weight: [] }));
  vectors.forEach((v, d) => {
    for (let i = 0; i < v.terms.length; i += 1) {
      const p = postings[v.terms[i]!]!;
      p.doc.push(d);
      p.weight.push(v.weights[i]!);
    }
  });

  const termParts = termNames.map((name) => name.split(" "));
  const indexOf = new Map(documents.map((d, i) => [d.id, i]));
  const position = (id: number) => {
    const i = indexOf.get(id);
    if (i === undefined) throw new Error(`no task document with id ${id}`);
    return i;
  };
  /** The most frequent wording of each wanted term across the given documents. */
  const wordingIn = (docs: number[], wanted: readonly number[]) => {
    const forms = new Map<number, Map<string, number>>(wanted.map((t) => [t, new Map()]));
    for (const d of docs) {
      const { terms, surfaces } = occurrences[d]!;
      for (let i = 0; i < terms.length; i += 1) {
        const seen = forms.get(terms[i]!);
        if (seen) seen.set(surfaces[i]!, (seen.get(surfaces[i]!) ?? 0) + 1);
      }
    }
    return wanted.map((t) => [...forms.get(t)!].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0]);
  };

  return {
    vocabularySize: postings.filter((p) => p.doc.length > 1).length,
    similarities(id, minimum = 0) {
      const self = position(id);
      const v = vectors[self]!;
      const score = new Float64Array(n);
      for (let i = 0; i < v.terms.length; i += 1) {
        const p = postings[v.terms[i]!]!;
        const w = v.weights[i]!;
        for (let k = 0; k < p.doc.length; k += 1) score[p.doc[k]!]! += w * p.weight[k]!;
      }
      const out = new Map<number, number>();
      const floor = Math.max(minimum, Number.MIN_VALUE);
      for (let d = 0; d < n; d += 1) if (d !== self && score[d]! >= floor) out.set(documents[d]!.id, Math.min(1, score[d]!));
      return out;
    },
    sharedWork(a, b, limit) {
      const [pa, pb] = [position(a), position(b)];
      const va = vectors[pa]!;
      const vb = vectors[pb]!;
      const shared: { term: number; weight: number }[] = [];
      for (let i = 0, j = 0; i < va.terms.length && j < vb.terms.length;) {
        if (va.terms[i] === vb.terms[j]) {
          shared.push({ term: va.terms[i]!, weight: va.weights[i]! * vb.weights[j]! });
          i += 1;
          j += 1;
        } else if (va.terms[i]! < vb.terms[j]!) i += 1;
        else j += 1;
      }
      // Strongest first; a word gives way to a shared phrase containing it when that phrase is at
      // least a quarter as strong (half on each side: "patient care" over "patient"), and a term repeating a word
      // already named is skipped.
      shared.sort((x, y) => y.weight - x.weight || x.term - y.term);
      const phraseFor = new Map<string, { term: number; weight: number }>();
      for (const t of shared) {
        const parts = termParts[t.term]!;
        if (parts.length > 1) for (const p of parts) if (!phraseFor.has(p)) phraseFor.set(p, t);
      }
      const chosen: number[] = [];
      const covered = new Set<string>();
      for (const t of shared) {
        if (chosen.length >= limit) break;
        const phrase = termParts[t.term]!.length === 1 ? phraseFor.get(termNames[t.term]!) : undefined;
        const term = phrase && phrase.weight >= t.weight / 4 ? phrase.term : t.term;
        const parts = termParts[term]!;
        if (parts.some((p) => covered.has(p))) continue;
        parts.forEach((p) => covered.add(p));
        chosen.push(term);
      }
      return chosen.length ? wordingIn([pa, pb], chosen) : [];
    },
  };
}

/**
 * Whether two occupations sit in the same field: cosine similarity of their `k` nearest
 * neighbours by task similarity (each row cut to its top k). A chef and a construction
 * supervisor share supervisory wording, but their nearest occupations (cooks, food service
 * managers vs. trades) barely overlap; a registered nurse and an acute care nurse share most.
 */
export function neighbourhoodSimilarity(rows: ReadonlyMap<number, ReadonlyMap<number, number>>, k = 20): (a: number, b: number) => number {
  const top = new Map<number, { near: Map<number, number>; norm: number }>();
  for (const [id, row] of rows) {
    // Keep the k best in a small sorted array: cheaper than sorting the whole row.
    const best: [number, number][] = [];
    for (const [other, v] of row) {
      if (best.length === k && v <= best[k - 1]![1]) continue;
      let i = best.length;
      while (i > 0 && (best[i - 1]![1] < v || (best[i - 1]![1] === v && best[i - 1]![0] > other))) i -= 1;
      best.splice(i, 0, [other, v]);
      if (best.length > k) best.pop();
    }
    let sum = 0;
    for (const [, v] of best) sum += v * v;
    top.set(id, { near: new Map(best), norm: Math.sqrt(sum) });
  }
  return (a, b) => {
    const x = top.get(a);
    const y = top.get(b);
    if (!x || !y || x.norm === 0 || y.norm === 0) return 0;
    let dot = 0;
    for (const [id, v] of x.near) dot += v * (y.near.get(id) ?? 0);
    return dot / (x.norm * y.norm);
  };
}
