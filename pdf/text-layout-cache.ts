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
export type TextLayoutHook = (text: AttributedString, container: Container, options: LayoutOptions, engine: TextLayoutEngine) => Paragraph[];

/**
 * Where @react-pdf/layout looks for a text layout hook: scripts/patch-react-pdf.mjs makes its
 * `layoutText` call `globalThis[TEXT_LAYOUT_HOOK](…, engine)` when one is installed.
 */
export const TEXT_LAYOUT_HOOK = Symbol.for("career-pivot.react-pdf.text-layout");

/** A value that cannot be part of a key (an image attachment's bytes): such text is laid out every time. */
const UNCACHEABLE = Symbol("uncacheable");

/**
 * Builds a key from everything textkit's engine reads: the text, every run's range and attributes,
 * the container and the options. Plain objects and arrays are keyed by value; anything else (a
 * parsed font, the hyphenation callback) by identity, since the engine's result depends on which
 * font object it measures with. Keys are compared exactly, so two inputs share a layout only when
 * the engine could not tell them apart.
 */
export function createLayoutKey(): (text: AttributedString, container: Container, options: LayoutOptions) => string | null {
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (o: object) => {
    let id = ids.get(o);
    if (id === undefined) ids.set(o, (id = ++lastId));
    return id;
  };
  const encode = (value: unknown): string | typeof UNCACHEABLE => {
    if (value === undefined) return "~";
    if (value === null) return "null";
    // String(): Infinity (an unbounded container height) and NaN stay distinct from null.
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    if (typeof value === "string") return JSON.stringify(value);
    if (typeof value === "function") return `#${idOf(value)}`;
    if (typeof value !== "object") return UNCACHEABLE; // symbols, bigints: never seen in a layout, not worth keying
    if (ArrayBuffer.isView(value)) return UNCACHEABLE;
    const proto = Object.getPrototypeOf(value) as unknown;
    if (Array.isArray(value)) {
      let out = "[";
      for (const item of value) {
        const part = encode(item);
        if (part === UNCACHEABLE) return UNCACHEABLE;
        out += `${part},`;
      }
      return `${out}]`;
    }
    if (proto !== Object.prototype && proto !== null) return `#${idOf(value)}`;
    let out = "{";
    for (const [k, v] of Object.entries(value)) {
      const part = encode(v);
      if (part === UNCACHEABLE) return UNCACHEABLE;
      out += `${k}:${part},`;
    }
    return `${out}}`;
  };
  return (text, container, options) => {
    // Text flowing around exclusions depends on where it sits on the page; react-pdf re-lays it out anyway.
    if (container.exclusions?.length) return null;
    if (Object.keys(text).some((k) => k !== "string" && k !== "runs")) return null;
    const parts = [encode(container), encode(options), encode(text.runs), JSON.stringify(text.string)];
    return parts.includes(UNCACHEABLE) ? null : parts.join("\u0000");
  };
}

const glyphsIn = (paragraphs: readonly Paragraph[]) => {
  let n = 0;
  for (const lines of paragraphs) for (const line of lines) for (const run of line.runs) n += run.glyphs?.length ?? 0;
  return n;
};

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
  const keyOf = createLayoutKey();
  const cache = new LRUCache<string, Paragraph[]>({ maxSize: maxGlyphs, sizeCalculation: (lines, key) => Math.max(1, glyphsIn(lines) + Math.ceil(key.length / 64)) });
  const stats = { hits: 0, misses: 0, uncacheable: 0 };
  const layout: TextLayoutHook = (text, container, options, engine) => {
    const key = keyOf(text, container, options);
    if (key === null) {
      stats.uncacheable += 1;
      return engine(text, container, options);
    }
    const cached = cache.get(key);
    if (cached) {
      stats.hits += 1;
      return cached;
    }
    stats.misses += 1;
    const lines = engine(text, container, options);
    cache.set(key, lines);
    return lines;
  };
  return {
    layout,
    stats: (): TextLayoutCacheStats => ({ ...stats, entries: cache.size, glyphs: cache.calculatedSize }),
  };
}

export type TextLayoutCache = ReturnType<typeof createTextLayoutCache>;

/** Installs `cache` as react-pdf's text layout for this thread (each worker thread has its own globalThis). */
export function installTextLayoutCache(cache: TextLayoutCache | null): void {
  const global = globalThis as { [TEXT_LAYOUT_HOOK]?: TextLayoutHook };
  if (cache) global[TEXT_LAYOUT_HOOK] = cache.layout;
  else delete global[TEXT_LAYOUT_HOOK];
}
