import { Font } from "@react-pdf/renderer";
import { beforeAll, describe, expect, it } from "vitest";
import { BRAND_FACES, prepareBrandFonts } from "./fonts";
import { renderBlueprintInThread } from "./render-document";
import { juniorBackend, leadDataScientist, seniorBackend, variedBuyerInput } from "./sample-input";

type Run = {
  script: string;
  direction: string;
  advanceWidth: number;
  glyphs: { id: number; codePoints: number[] }[];
  positions: Record<string, number>[];
};
type Layout = (text: string, features?: unknown, script?: string, language?: unknown, direction?: string) => Run;
type ParsedFont = { familyName: string; subfamilyName: string; layout: Layout };

const fontOf = (face: (typeof BRAND_FACES)[number]) => (Font.getFont(face) as unknown as { data: ParsedFont }).data;
/** fontkit's own shaping of the whole text, past pdf/fonts.ts's memo. */
const fontkitShape = (font: ParsedFont, text: string, features?: unknown, direction = "ltr") =>
  (Object.getPrototypeOf(font) as { layout: Layout }).layout.call(font, text, features, undefined, undefined, direction);
const signature = (run: Run) => ({
  script: run.script,
  direction: run.direction,
  advanceWidth: run.advanceWidth,
  glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints]),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
});

type Call = { text: string; features: unknown; direction: string | undefined };
const shaped = new Map<ParsedFont, Map<string, Call>>();

beforeAll(async () => {
  await prepareBrandFonts();
  const fonts = BRAND_FACES.map(fontOf);
  const memoised = fonts.map((font) => font.layout);
  // Record every text react-pdf asks each face to shape while it renders real Blueprints.
  for (const font of fonts) {
    const calls = new Map<string, Call>();
    shaped.set(font, calls);
    const layout = font.layout;
    font.layout = (text, features, script, language, direction) => {
      calls.set(`${JSON.stringify(features ?? null)} ${direction} ${text}`, { text, features, direction });
      return layout(text, features, script, language, direction);
    };
  }
  try {
    for (const input of [
      juniorBackend(),
      seniorBackend(),
      leadDataScientist(),
      ...Array.from({ length: 5 }, (_, i) => variedBuyerInput(700 + i)),
    ]) {
      await renderBlueprintInThread(input);
    }
  } finally {
    fonts.forEach((font, i) => (font.layout = memoised[i]!));
  }
}, 120_000);

describe("shaping word by word (pdf/fonts.ts)", () => {
  it("gives every text of real Blueprints the glyphs and positions fontkit gives it whole", () => {
    const wrong: string[] = [];
    let multiWord = 0;
    for (const [font, calls] of shaped) {
      for (const { text, features, direction } of calls.values()) {
        if (text.includes(" ")) multiWord += 1;
        const memo = font.layout(text, features, undefined, undefined, direction);
        if (JSON.stringify(signature(memo)) !== JSON.stringify(signature(fontkitShape(font, text, features, direction))))
          wrong.push(`${font.familyName} ${font.subfamilyName}: ${text}`);
      }
    }
    expect(multiWord).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it("keeps a space that the face kerns against inside one piece (Source Serif: T, V, W, Y)", () => {
    const serif = fontOf(BRAND_FACES.find((f) => f.fontFamily === "Source Serif 4")!);
    // The premise: shaping " T" whole is not the space and the T shaped apart.
    const apart = [...fontkitShape(serif, " ").positions, ...fontkitShape(serif, "T").positions].map((p) => p.xAdvance);
    expect(fontkitShape(serif, " T").positions.map((p) => p.xAdvance)).not.toEqual(apart);
    for (const text of [
      "Build Technical Thinking",
      "Close your gap: Data Visualisation",
      "A Year of Work with Yoga",
      "£72,500 to £80,000 a year",
    ]) {
      expect(signature(serif.layout(text, undefined, undefined, undefined, "ltr"))).toEqual(signature(fontkitShape(serif, text)));
    }
  });

  it("shapes a word alone with its sentence's script, and text outside the checked characters whole", () => {
    const sans = fontOf(BRAND_FACES[0]);
    // "£72,500" alone has no script; inside the sentence fontkit shapes it as Latin.
    for (const text of ["Pay £72,500 — up 12 %", "12 – 15 £ 3", "β ≥ 2 → ✓ done", "Émile’s “café” naïve"]) {
      expect(signature(sans.layout(text, undefined, undefined, undefined, "ltr"))).toEqual(signature(fontkitShape(sans, text)));
    }
  });
});
