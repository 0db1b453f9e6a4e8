import { describe, expect, it, vi } from "vitest";
import { renderBlueprintInThread, textLayoutCache } from "./render-document";
import { juniorBackend, leadDataScientist, variedBuyerInput } from "./sample-input";
import {
  createTextLayoutCache,
  installTextLayoutCache,
  matchesLayoutInput,
  snapshotLayoutInput,
  type AttributedString,
  type Container,
  type Paragraph,
  type TextLayoutEngine,
} from "./text-layout-cache";

class FakeFont {}
const sans = new FakeFont();
const serif = new FakeFont();
const hyphenate = (word: string) => [word];

const text = (string: string, attributes: Record<string, unknown> = {}): AttributedString => ({
  string,
  runs: [{ start: 0, end: string.length, attributes: { font: [sans], fontSize: 9, color: "#1b2430", ...attributes } }],
});
const box = (width = 200, extra: Partial<Container> = {}): Container => ({
  x: 0,
  y: 0,
  width,
  height: Infinity,
  maxLines: undefined,
  ...extra,
});
const options = { hyphenationCallback: hyphenate, shrinkWhitespaceFactor: { before: -0.5, after: -0.5 } };

/** An engine that lays every string out as one line holding one glyph per character. */
function countingEngine() {
  return vi.fn<TextLayoutEngine>(
    (t) => [[{ runs: [{ start: 0, end: t.string.length, attributes: {}, glyphs: [...t.string] }] }]] as Paragraph[],
  );
}

describe("snapshotLayoutInput and matchesLayoutInput", () => {
  type Input = [AttributedString, Container, typeof options];
  /** Whether a layout of `a` may be handed out for `b`. */
  const same = (a: Input, b: Input) => matchesLayoutInput(snapshotLayoutInput(...a)!, ...b);

  it("matches equal inputs built separately", () => {
    expect(same([text("Window to act"), box(), { ...options }], [text("Window to act"), box(), { ...options }])).toBe(true);
  });

  it.each([
    ["the text", text("Window to act!"), box(), options],
    ["the width", text("Window to act"), box(201), options],
    ["the font object", text("Window to act", { font: [serif] }), box(), options],
    ["the font size", text("Window to act", { fontSize: 10 }), box(), options],
    ["a number written as a string", text("Window to act", { fontSize: "9" }), box(), options],
    ["the colour", text("Window to act", { color: "#b42318" }), box(), options],
    ["a line limit", text("Window to act"), box(200, { maxLines: 2 }), options],
    ["a height given as null rather than unbounded", text("Window to act"), box(200, { height: null }), options],
    ["the hyphenation callback", text("Window to act"), box(), { ...options, hyphenationCallback: (w: string) => [w] }],
    ["an option's nested value", text("Window to act"), box(), { ...options, shrinkWhitespaceFactor: { before: -0.4, after: -0.5 } }],
    ["a field given as undefined rather than left out", text("Window to act", { link: undefined }), box(), options],
  ])("tells inputs apart by %s", (_, t, c, o) => {
    const reference: Input = [text("Window to act"), box(), options];
    expect(same([t, c, o] as Input, reference)).toBe(false);
    expect(same(reference, [t, c, o] as Input)).toBe(false);
  });

  it("keeps its copy when react-pdf changes the objects it was made from", () => {
    const input: Input = [text("Window to act"), box(), { ...options, shrinkWhitespaceFactor: { before: -0.5, after: -0.5 } }];
    const snapshot = snapshotLayoutInput(...input)!;
    input[0].runs[0]!.attributes.fontSize = 12;
    expect(matchesLayoutInput(snapshot, ...input)).toBe(false);
    expect(matchesLayoutInput(snapshot, text("Window to act"), box(), options)).toBe(true);
  });

  it("tells runs apart by where they start and end", () => {
    const split = (at: number): AttributedString => ({
      string: "ab",
      runs: [
        { start: 0, end: at, attributes: { font: [sans] } },
        { start: at, end: 2, attributes: { font: [serif] } },
      ],
    });
    expect(same([split(0), box(), options], [split(1), box(), options])).toBe(false);
    expect(same([split(1), box(), options], [split(1), box(), options])).toBe(true);
  });

  it("declines what it cannot compare: image bytes, exclusions, fields it does not know", () => {
    expect(
      snapshotLayoutInput(text("\ufffc", { attachment: { width: 9, height: 9, image: Buffer.from([1, 2]) } }), box(), options),
    ).toBeNull();
    expect(
      snapshotLayoutInput(text("Flows around a shape"), box(200, { exclusions: [{ x: 0, y: 0, width: 10, height: 10 }] }), options),
    ).toBeNull();
    expect(snapshotLayoutInput({ ...text("Hyphen-ated"), syllables: ["Hyphen", "ated"] } as AttributedString, box(), options)).toBeNull();
  });
});

describe("createTextLayoutCache", () => {
  it("lays a text out once and hands the same lines back", () => {
    const cache = createTextLayoutCache(1_000);
    const engine = countingEngine();
    const first = cache.layout(text("Named employers"), box(), options, engine);
    const again = cache.layout(text("Named employers"), box(), options, engine);
    expect(again).toBe(first);
    expect(engine).toHaveBeenCalledTimes(1);
    cache.layout(text("Named employers"), box(120), options, engine);
    expect(engine).toHaveBeenCalledTimes(2);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, uncacheable: 0, entries: 2 });
  });

  it("lays out uncacheable text every time", () => {
    const cache = createTextLayoutCache(1_000);
    const engine = countingEngine();
    for (let i = 0; i < 3; i++)
      cache.layout(text("Around"), box(200, { exclusions: [{ x: 0, y: 0, width: 5, height: 5 }] }), options, engine);
    expect(engine).toHaveBeenCalledTimes(3);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 0, uncacheable: 3, entries: 0 });
  });

  it("holds at most its budget, dropping the least recently used text first", () => {
    const [a, b, c] = ["aaaaaaaa", "bbbbbbbb", "cccccccc"].map((w) => text(w)) as [AttributedString, AttributedString, AttributedString];
    const probe = createTextLayoutCache(1_000);
    probe.layout(a, box(), options, countingEngine());
    const entrySize = probe.stats().glyphs; // 8 glyphs plus a share for the key
    expect(entrySize).toBeGreaterThanOrEqual(8);

    const cache = createTextLayoutCache(2 * entrySize + 1); // room for two texts, not three
    const engine = countingEngine();
    cache.layout(a, box(), options, engine);
    cache.layout(b, box(), options, engine);
    cache.layout(a, box(), options, engine); // a is now the most recently used
    cache.layout(c, box(), options, engine); // so b goes
    expect(cache.stats()).toMatchObject({ entries: 2, glyphs: 2 * entrySize });
    engine.mockClear();
    cache.layout(a, box(), options, engine);
    cache.layout(c, box(), options, engine);
    expect(engine).not.toHaveBeenCalled();
    cache.layout(b, box(), options, engine);
    expect(engine).toHaveBeenCalledTimes(1);
  });
});

/** The file without the moment it was written: the creation date, and the file ID pdfkit derives from it. */
const withoutDates = (pdf: Uint8Array) =>
  Buffer.from(pdf)
    .toString("latin1")
    .replace(/\(D:\d{14}Z\)/g, "(D:…)")
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/, "/ID […]");

describe("the text layout cache inside react-pdf (scripts/patch-react-pdf.mjs)", () => {
  it("is consulted by every render and changes nothing in the file", async () => {
    const lead = leadDataScientist();
    const junior = juniorBackend();
    const before = textLayoutCache.stats();
    // Warm the cache with other buyers (other occupations, the same headings), then the junior one.
    for (const input of [lead, variedBuyerInput(1), variedBuyerInput(2), junior]) await renderBlueprintInThread(input);
    const warm = await renderBlueprintInThread(junior);
    const during = textLayoutCache.stats();
    // Every text of a second identical render comes from the cache: this fails if the patch is missing.
    expect(during.hits - before.hits).toBeGreaterThan(500);
    installTextLayoutCache(null);
    try {
      const plain = await renderBlueprintInThread(junior);
      expect(textLayoutCache.stats().hits).toBe(during.hits);
      expect(withoutDates(warm.pdf)).toBe(withoutDates(plain.pdf));
      const plainLead = await renderBlueprintInThread(lead);
      installTextLayoutCache(textLayoutCache);
      expect(withoutDates((await renderBlueprintInThread(lead)).pdf)).toBe(withoutDates(plainLead.pdf));
    } finally {
      installTextLayoutCache(textLayoutCache);
    }
  }, 60_000);
});
