import { LRUCache } from "lru-cache";

/**
 * The parts of @react-pdf/textkit's types this cache touches. Structural on purpose: textkit is a
 * dependency of react-pdf, not ours, and the cache treats everything else as opaque.
 */
type Run = { start: number; end: number; attributes: Record<string, unknown>; glyphs?: readonly unknown[] };
export type AttributedString = { string: string; runs: Run[] };
export type Container = Record<string, unknown> & { exclusions?: readonly unknown[] };
export type LayoutOptions = Record<string, unknown>;
export type Paragraph = ReadonlyArray<{ runs: readonly Run[] }>;
export type TextLayoutEngine = (text: AttributedString, container: Container, options: LayoutOptions) => Paragraph[];
export type TextLayoutHook = (
  text: AttributedString,
  container: Container,
  options: LayoutOptions,
  engine: TextLayoutEngine,
) => Paragraph[];

/**
 * Where @react-pdf/layout looks for a text layout hook: scripts/patch-react-pdf.mjs makes its
 * `layoutText` call `globalThis[TEXT_LAYOUT_HOOK](…, engine)` when one is installed.
 */
export const TEXT_LAYOUT_HOOK = Symbol.for("career-pivot.react-pdf.text-layout");

/**
 * A copy of one value of a layout's input, for comparing later inputs with. Plain objects and
 * arrays are copied by value (react-pdf builds them afresh for every render); anything else (a
 * parsed font, the hyphenation callback) is kept by identity, since the engine's result depends on
 * which font object it measures with.
 */
type Snapshot =
  | { kind: "same"; value: unknown } // primitives by value, functions and class instances by identity
  | { kind: "array"; items: Snapshot[] }
  | { kind: "object"; keys: string[]; values: Snapshot[] };

/** What a layout's input cannot be compared by (an image attachment's bytes, a symbol): such text is laid out every time. */
const UNCOMPARABLE = null;

function snapshotOf(value: unknown): Snapshot | typeof UNCOMPARABLE {
  if (value === null || value === undefined) return { kind: "same", value };
  const type = typeof value;
  if (type === "number" || type === "boolean" || type === "string" || type === "function") return { kind: "same", value };
  if (type !== "object") return UNCOMPARABLE; // symbols, bigints: never seen in a layout, not worth comparing
  if (ArrayBuffer.isView(value)) return UNCOMPARABLE;
  if (Array.isArray(value)) {
    const items: Snapshot[] = [];
    for (const item of value) {
      const snapshot = snapshotOf(item);
      if (snapshot === UNCOMPARABLE) return UNCOMPARABLE;
      items.push(snapshot);
    }
    return { kind: "array", items };
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return { kind: "same", value };
  const keys: string[] = [];
  const values: Snapshot[] = [];
  for (const [key, item] of Object.entries(value)) {
    const snapshot = snapshotOf(item);
    if (snapshot === UNCOMPARABLE) return UNCOMPARABLE;
    keys.push(key);
    values.push(snapshot);
  }
  return { kind: "object", keys, values };
}

/** Whether `value` equals what `snapshot` copied: without building anything, as most layouts are answered from the cache. */
function matches(snapshot: Snapshot, value: unknown): boolean {
  switch (snapshot.kind) {
    case "same":
      // NaN equals NaN, as a copy of it should.
      return snapshot.value === value || (snapshot.value !== snapshot.value && value !== value);
    case "array": {
      if (!Array.isArray(value) || value.length !== snapshot.items.length) return false;
      for (let i = 0; i < value.length; i++) if (!matches(snapshot.items[i]!, value[i])) return false;
      return true;
    }
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) return false;
      const record = value as Record<string, unknown>;
      let count = 0;
      for (const key in record) if (Object.hasOwn(record, key)) count++;
      if (count !== snapshot.keys.length) return false;
      for (let i = 0; i < snapshot.keys.length; i++) {
        const key = snapshot.keys[i]!;
        if (!Object.hasOwn(record, key) || !matches(snapshot.values[i]!, record[key])) return false;
      }
      return true;
    }
  }
}

/** Everything textkit's engine reads from one layout: the text, its runs (ranges and attributes), the container and the options. */
export type LayoutInputSnapshot = { string: string; runs: Snapshot; container: Snapshot; options: Snapshot };

/**
 * Copies what the engine reads, or null when the input cannot be compared: text flowing around
 * exclusions (it depends on where it sits on the page; react-pdf re-lays it out anyway), image
 * attachments, and attributed strings with fields this cache does not know.
 */
export function snapshotLayoutInput(text: AttributedString, container: Container, options: LayoutOptions): LayoutInputSnapshot | null {
  if (container.exclusions?.length) return null;
  for (const key in text) if (key !== "string" && key !== "runs") return null;
  const runs = snapshotOf(text.runs);
  const box = snapshotOf(container);
  const opts = snapshotOf(options);
  return runs && box && opts ? { string: text.string, runs, container: box, options: opts } : null;
}

/** Whether the engine could tell this input from the one `snapshot` copied: inputs share a layout only when it could not. */
export function matchesLayoutInput(
  snapshot: LayoutInputSnapshot,
  text: AttributedString,
  container: Container,
  options: LayoutOptions,
): boolean {
  return (
    snapshot.string === text.string &&
    matches(snapshot.runs, text.runs) &&
    matches(snapshot.container, container) &&
    matches(snapshot.options, options)
  );
}

const glyphsIn = (paragraphs: readonly Paragraph[]) => {
  let n = 0;
  for (const lines of paragraphs) for (const line of lines) for (const run of line.runs) n += run.glyphs?.length ?? 0;
  return n;
};
/** A variant's copy of its input (run attributes, container, options), counted as glyphs of about the same heap. */
const VARIANT_OVERHEAD_GLYPHS = 8;

/**
 * Layouts of one text string in different settings (widths, styles), newest first. Kept short: a
 * heading shown in eight places is rare, and every lookup of the string compares against each.
 */
type Variants = { input: LayoutInputSnapshot; lines: Paragraph[] }[];
const MAX_VARIANTS = 8;

export type TextLayoutCacheStats = { hits: number; misses: number; uncacheable: number; entries: number; glyphs: number };

/**
 * Remembers textkit's line layout across renders on one thread. Most text of a Blueprint repeats
 * from one buyer to the next (headings, labels, task and employer names, the method page, whole
 * pivot pages of a popular occupation), and laying it out again (bidi, font fallback, shaping,
 * line breaking) was a third of a render. The cached lines are shared, which is safe because
 * react-pdf only reads them after layout: it slices the array when it paginates and copies the
 * glyphs before drawing.
 *
 * Bounded by glyphs held (a cached glyph with its position, indices and share of the line costs
 * about 0.2 KB), least recently used first out.
 */
export function createTextLayoutCache(maxGlyphs: number) {
  // Found by the text string, then compared field by field: building a key from every attribute
  // of every run (≈ 900 characters a text) cost more than the comparison.
  const cache = new LRUCache<string, Variants>({
    maxSize: maxGlyphs,
    sizeCalculation: (variants, text) =>
      Math.max(
        1,
        variants.reduce((n, v) => n + glyphsIn(v.lines) + VARIANT_OVERHEAD_GLYPHS, Math.ceil(text.length / 64)),
      ),
  });
  const stats = { hits: 0, misses: 0, uncacheable: 0 };
  const layout: TextLayoutHook = (text, container, options, engine) => {
    const variants = cache.get(text.string);
    if (variants) {
      for (const variant of variants) {
        if (matchesLayoutInput(variant.input, text, container, options)) {
          stats.hits += 1;
          return variant.lines;
        }
      }
    }
    const input = snapshotLayoutInput(text, container, options);
    if (input === null) {
      stats.uncacheable += 1;
      return engine(text, container, options);
    }
    stats.misses += 1;
    const lines = engine(text, container, options);
    // A new array, so the LRU re-measures the entry.
    cache.set(text.string, [{ input, lines }, ...(variants ?? []).slice(0, MAX_VARIANTS - 1)]);
    return lines;
  };
  return {
    layout,
    stats: (): TextLayoutCacheStats => ({
      ...stats,
      entries: [...cache.values()].reduce((n, v) => n + v.length, 0),
      glyphs: cache.calculatedSize,
    }),
  };
}

export type TextLayoutCache = ReturnType<typeof createTextLayoutCache>;

/** Installs `cache` as react-pdf's text layout for this thread (each worker thread has its own globalThis). */
export function installTextLayoutCache(cache: TextLayoutCache | null): void {
  const global = globalThis as { [TEXT_LAYOUT_HOOK]?: TextLayoutHook };
  if (cache) global[TEXT_LAYOUT_HOOK] = cache.layout;
  else delete global[TEXT_LAYOUT_HOOK];
}
