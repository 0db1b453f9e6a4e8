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

/** The four faces the Blueprint uses, as react-pdf's font store is asked for them. */
export const BRAND_FACES = [
  { fontFamily: SANS, fontWeight: 400, fontStyle: "normal" },
  { fontFamily: SANS, fontWeight: 400, fontStyle: "italic" },
  { fontFamily: SANS, fontWeight: 600, fontStyle: "normal" },
  { fontFamily: SERIF, fontWeight: 600, fontStyle: "normal" },
] as const;

/**
 * Glyphs of shaped runs kept per font face (≈ 0.1 KB each): whole texts, and the words that longer
 * texts are shaped from (see wordsOf). Since the text layout cache (pdf/text-layout-cache.ts)
 * answers most texts before they reach fontkit, this mostly serves the rest: a buyer's own
 * sentences, which are new as sentences but made of words shaped before. Least recently used first
 * out, so memory reaches its ceiling early and stays there.
 */
const SHAPING_MEMO_GLYPHS = 100_000;

type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number };
type GlyphRun = { glyphs: readonly unknown[]; positions: readonly GlyphPosition[] | null; script: string; features: object };
type GlyphRunClass = new (glyphs: unknown[], features: unknown, script: string, language: unknown, direction: string) => GlyphRun;

type ShapingFont = {
  hasGlyphForCodePoint: (codePoint: number) => boolean;
  unitsPerEm: number;
  layout: (text: string, features?: unknown, script?: string, language?: unknown, direction?: string) => GlyphRun;
  familyName: string;
  _tables?: { name?: { records?: object } };
};

/**
 * The code points whose shaping next to a space is checked (the first time a face meets each):
 * ASCII, Latin-1, general punctuation, the euro, arrows and the maths signs the pages print. Text
 * with any other character is shaped whole.
 */
const CHECKED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x21, 0x7e],
  [0xa0, 0xff],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
  [0x2713, 0x2713],
];
const SPACE = 0x20;

/**
 * What shaping word by word needs to know about a character, learnt from fontkit itself the first
 * time a face meets it (about a hundred characters, a few milliseconds):
 * - `script`: the script fontkit detects for it. fontkit shapes a text with the script of its first
 *   character that has one, so a word alone ("£72,500") could be shaped with other features than
 *   inside its sentence; each word is shaped with the sentence's script.
 * - `kernsWithSpace`: its glyph or position changes next to a space (Source Serif kerns "T", "V",
 *   "W", "Y"… against it; Source Sans nothing), so a space beside it is not a word boundary.
 * null: outside the checked set, or of another script than Latin; text holding it is shaped whole.
 */
type CharacterFacts = { script: string; kernsWithSpace: boolean } | null;

function characterFacts(shape: ShapingFont["layout"]): { facts: (codePoint: number) => CharacterFacts; noScript: string } {
  const alone = (text: string, script?: string) => shape(text, undefined, script, undefined, "ltr");
  const noScript = alone("1").script;
  const latin = alone("a").script;
  const signature = (...runs: GlyphRun[]) =>
    runs
      .flatMap((run) => run.glyphs.map((glyph, i) => `${(glyph as { id: number }).id}:${Object.values(run.positions![i]!).join(",")}`))
      .join(" ");
  const learn = (codePoint: number): CharacterFacts => {
    if (!CHECKED_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to)) return null;
    const c = String.fromCodePoint(codePoint);
    const script = alone(c).script;
    if (script !== latin && script !== noScript) return null;
    const kernsWithSpace = [latin, noScript].some(
      (s) =>
        signature(alone(` ${c}`, s)) !== signature(alone(" ", s), alone(c, s)) ||
        signature(alone(`${c} `, s)) !== signature(alone(c, s), alone(" ", s)),
    );
    return { script, kernsWithSpace };
  };
  const known = new Map<number, CharacterFacts>();
  const facts = (codePoint: number) => {
    let f = known.get(codePoint);
    if (f === undefined) known.set(codePoint, (f = learn(codePoint)));
    return f;
  };
  return { facts, noScript };
}

/**
 * Splits `text` into words and runs of spaces where shaping them apart gives what shaping the
 * whole would, and finds the script fontkit would detect for the whole; null when the text has a
 * character outside the checked set, or no boundary.
 */
function wordsOf(text: string, facts: (codePoint: number) => CharacterFacts, noScript: string): { script: string; words: string[] } | null {
  let script = noScript;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) continue;
    const f = facts(code); // surrogate halves are outside the checked set
    if (f === null) return null;
    if (script === noScript) script = f.script;
  }
  const kerns = (i: number) => i >= 0 && i < text.length && text.charCodeAt(i) !== SPACE && facts(text.charCodeAt(i))!.kernsWithSpace;
  const words: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) !== SPACE) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) === SPACE) end++;
    if (!kerns(i - 1) && !kerns(end)) {
      if (i > start) words.push(text.slice(start, i));
      words.push(text.slice(i, end));
      start = end;
    }
    i = end;
  }
  if (start < text.length) words.push(text.slice(start));
  return words.length > 1 ? { script, words } : null;
}

/**
 * Shaping (OpenType GSUB/GPOS lookups in fontkit) was the largest single cost of a render with a
 * TTF font, and react-pdf shapes the same strings again and again: every measure pass of the
 * layout, every relayout for pagination, and the same headings in every Blueprint. fontkit's
 * result depends only on its arguments and react-pdf copies the positions before changing them,
 * so a per-thread memo is safe.
 *
 * Texts are new from one buyer to the next far more often than words are, so a text is shaped word
 * by word where that cannot change the result (wordsOf), as browsers do: each word is shaped once
 * per thread and a sentence is the words' glyphs and positions put together.
 */
function memoiseShaping(font: ShapingFont): void {
  const shape = font.layout.bind(font);
  const runs = new LRUCache<string, GlyphRun>({ maxSize: SHAPING_MEMO_GLYPHS, sizeCalculation: (run) => run.glyphs.length + 1 });
  const memo = (
    key: string,
    text: string,
    features: unknown,
    script: string | undefined,
    language: unknown,
    direction: string | undefined,
  ) => {
    let run = runs.get(key);
    if (run === undefined) {
      run = shape(text, features, script, language, direction);
      runs.set(key, run);
    }
    return run;
  };
  const { facts, noScript } = characterFacts(shape);
  const GlyphRunOf = shape("a").constructor as GlyphRunClass;
  font.layout = (text, features, script, language, direction) => {
    const plain =
      script === undefined &&
      language === undefined &&
      direction === "ltr" &&
      (features === undefined || (Array.isArray(features) && features.length === 0));
    const split = plain ? wordsOf(text, facts, noScript) : null;
    if (split === null)
      return memo(
        `${direction ?? ""}\u0000${features ? JSON.stringify(features) : ""}\u0000${text}`,
        text,
        features,
        script,
        language,
        direction,
      );
    const glyphs: unknown[] = [];
    const positions: GlyphPosition[] = [];
    let shaped: GlyphRun | undefined;
    for (const word of split.words) {
      shaped = memo(`word\u0000${split.script}\u0000${word}`, word, features, split.script, undefined, "ltr");
      for (const glyph of shaped.glyphs) glyphs.push(glyph);
      for (const position of shaped.positions!) positions.push(position);
    }
    const run = new GlyphRunOf(glyphs, shaped!.features, split.script, undefined, "ltr");
    run.positions = positions;
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
    BRAND_FACES.map(async (face) => {
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
