import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXTREME_INPUTS } from "./extreme-inputs";
import { pageHeights, renderBlueprintInThread } from "./render-document";
import { A4, PAGE_MARGIN } from "./styles";

// Production lays pages out without pagination, so a page that outgrows its sheet costs a second,
// paginated render and comes out on extra sheets. Rendered here with pagination on, any page that
// does not fit shows up as a sixteenth page.
const PAGES = 15;
// Words start below this line only in the footer (components.tsx), whose page number sits on the right.
const BODY_BOTTOM = A4.height - PAGE_MARGIN - 12;
const dir = mkdtempSync(path.join(os.tmpdir(), "blueprint-fit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function save(pdf: Uint8Array, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

const pageText = (file: string, n: number) =>
  execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

/** Words whose right edge is past the right margin (body) or past the sheet's edge (anywhere). */
function wordsOutside(file: string): string[] {
  const out: string[] = [];
  let page = 0;
  for (const line of execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).split("\n")) {
    if (line.includes("<page ")) page += 1;
    const word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">(.*)<\/word>/.exec(line);
    if (!word) continue;
    const [, top, right, text] = word;
    const limit = Number(top) < BODY_BOTTOM ? A4.width - PAGE_MARGIN + 2 : A4.width;
    if (Number(right) > limit) out.push(`page ${page}: ${text} (right edge ${Number(right).toFixed(1)})`);
  }
  return out;
}

describe.each(Object.entries(EXTREME_INPUTS).map(([name, build], i) => ({ name, build, i })))("$name", ({ build, i }) => {
  it("fits every page on one A4 sheet, and the production render loses nothing", { timeout: 60_000 }, async () => {
    const input = build();
    const paginated = await renderBlueprintInThread(input, { wrap: true });
    expect(paginated.pageCount).toBe(PAGES);

    const production = await renderBlueprintInThread(input);
    expect(production.overflowingPages).toEqual([]);
    expect(production.pageCount).toBe(PAGES);
    expect(pageHeights(production.pdf).every((h) => Math.abs(h - A4.height) < 0.5)).toBe(true);

    const paginatedFile = save(paginated.pdf, `${i}-paginated`);
    const productionFile = save(production.pdf, `${i}-production`);
    for (let p = 1; p <= PAGES; p++) expect(pageText(productionFile, p), `page ${p}`).toBe(pageText(paginatedFile, p));
    expect(wordsOutside(productionFile)).toEqual([]);
  });
});
