import { createRequire } from "node:module";
import { Font } from "@react-pdf/renderer";
import { LRUCache } from "lru-cache";

/**
 * The Blueprint's brand fonts, shipped as TTF inside npm packages (WOFF2 crashes fontkit):
 * Source Serif 4 for headings and Source Sans 3 for body text, as on the web. Registered once
 * per thread; react-pdf keeps the parsed font for the life of the thread, so only the first
 * render pays for reading and parsing the files.
 */
export const SANS = "Source Sans 3";
export const SERIF = "Source Serif 4";

const require = createRequire(import.meta.url);
const ttf = (pkg: string, dir: string, file: string) => require.resolve(`@expo-google-fonts/${pkg}/${dir}/${file}.ttf`);

const FACES = [
  { fontFamily: SANS, fontWeight: 400, fontStyle: "normal" },
  { fontFamily: SANS, fontWeight: 400, fontStyle: "italic" },
  { fontFamily: SANS, fontWeight: 600, fontStyle: "normal" },
  { fontFamily: SERIF, fontWeight: 600, fontStyle: "normal" },
] as const;

/**
 * Glyphs of shaped runs kept per font face (≈ 0.1 KB each). Since the text layout cache
 * (pdf/text-layout-cache.ts) answers most texts before they reach fontkit, this mostly serves the
 * rest: a text measured again at another width, and runs repeated inside new paragraphs.
 * Least recently used first out, so memory reaches its ceiling early and stays there.
 */
const SHAPING_MEMO_GLYPHS = 100_000;

type GlyphRun = { glyphs: readonly unknown[] };

type ShapingFont = {
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  unitsPerEm: number;
  layout: (text: string, features?: unknown, script?: unknown, language?: unknown, direction?: string) => GlyphRun;
  familyName: string;
  _tables?: { name?: { records?: object } };
};

/**
 * Shaping (OpenType GSUB/GPOS lookups in fontkit) was the largest single cost of a render with a
 * TTF font, and react-pdf shapes the same strings again and again: every measure pass of the
 * layout, every relayout for pagination, and the same headings in every Blueprint. fontkit's
 * result depends only on its arguments and react-pdf copies the positions before changing them,
 * so a per-thread memo is safe.
 */
function memoiseShaping(font: ShapingFont): void {
  const shape = font.layout.bind(font);
  const runs = new LRUCache<string, GlyphRun>({ maxSize: SHAPING_MEMO_GLYPHS, sizeCalculation: (run) => run.glyphs.length + 1 });
  font.layout = (text, features, script, language, direction) => {
    const key = `${direction ?? ""}\u0000${features ? JSON.stringify(features) : ""}\u0000${text}`;
    let run = runs.get(key);
    if (run === undefined) {
      run = shape(text, features, script, language, direction);
      runs.set(key, run);
    }
    return run;
  };
  // react-pdf picks a font for every character of every text run (font fallback), a cmap lookup
  // each time; the answer for a code point never changes.
  const hasGlyph = font.hasGlyphForCodePoint.bind(font);
  const glyphKnown = new Map<number, boolean>();
  font.hasGlyphForCodePoint = (codePoint) => {
    let known = glyphKnown.get(codePoint);
    if (known === undefined) glyphKnown.set(codePoint, (known = hasGlyph(codePoint)));
    return known;
  };
  // A getter that walks to the head table; read for every glyph run and character.
  Object.defineProperty(font, "unitsPerEm", { value: font.unitsPerEm, writable: false });
  // pdfkit decides whether a font is already embedded by JSON-stringifying its whole name table on
  // every text run (≈ 6 % of a render). A stable, cheap JSON form keeps that check's answer.
  void font.familyName; // parses the name table now; fontkit decodes tables lazily
  const records = font._tables?.name?.records;
  if (records) Object.defineProperty(records, "toJSON", { value: () => "brand-font-name-records", enumerable: false });
}

let prepared: Promise<void> | undefined;

/** Registers the fonts, parses them and installs the shaping memo; once per thread. */
export function prepareBrandFonts(): Promise<void> {
  registerBrandFonts();
  prepared ??= Promise.all(
    FACES.map(async (face) => {
      await Font.load(face);
      const source = Font.getFont(face) as unknown as { data: ShapingFont | null } | null;
      if (source?.data) memoiseShaping(source.data);
    }),
  ).then(() => undefined);
  return prepared;
}

let registered = false;

export function registerBrandFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: SANS,
    fonts: [
      { src: ttf("source-sans-3", "400Regular", "SourceSans3_400Regular"), fontWeight: 400 },
      { src: ttf("source-sans-3", "400Regular_Italic", "SourceSans3_400Regular_Italic"), fontWeight: 400, fontStyle: "italic" },
      { src: ttf("source-sans-3", "600SemiBold", "SourceSans3_600SemiBold"), fontWeight: 600 },
    ],
  });
  Font.register({
    family: SERIF,
    fonts: [{ src: ttf("source-serif-4", "600SemiBold", "SourceSerif4_600SemiBold"), fontWeight: 600 }],
  });
  // Hyphenating names ("De-veloper") reads badly in titles; wrap whole words only.
  Font.registerHyphenationCallback((word) => [word]);
}
