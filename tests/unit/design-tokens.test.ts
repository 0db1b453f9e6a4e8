import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { colors } from "../../lib/design-tokens";

const css = readFileSync(path.resolve(import.meta.dirname, "../../app/app.css"), "utf8");
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("design tokens", () => {
  it.each(Object.entries(colors))("app.css defines --color-%s as in lib/design-tokens.ts", (name, value) => {
    expect(css).toContain(`--color-${kebab(name)}: ${value};`);
  });

  // WCAG 2.2 AA: body text needs 4.5:1.
  function luminance(hex: string) {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  it.each([
    ["ink", "paper"],
    ["muted", "paper"],
    ["muted", "surface"],
    ["accentStrong", "accentSoft"],
    ["accent", "surface"],
    ["riskHigh", "riskHighSoft"],
    ["riskMedium", "riskMediumSoft"],
    ["riskLow", "riskLowSoft"],
    ["riskHigh", "surface"],
    ["riskMedium", "surface"],
    ["riskLow", "surface"],
  ] as const)("%s on %s meets 4.5:1", (fg, bg) => {
    expect(contrast(colors[fg], colors[bg])).toBeGreaterThanOrEqual(4.5);
  });
});
