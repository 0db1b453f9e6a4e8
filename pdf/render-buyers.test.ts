import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleBuyers } from "../tests/support/blueprint-buyers";
import { buildModel } from "./blueprint-model";
import { renderBlueprintInThread } from "./render-document";

// The property test checks the page data of hundreds of buyers; this renders twenty of them for
// real, the way production does, and reads the PDF back.
const BUYERS = sampleBuyers(20, 1616);
const dir = mkdtempSync(path.join(os.tmpdir(), "blueprint-buyers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// pdfkit writes each link as an annotation (/Subtype /Link) pointing at a URI action object.
const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString("latin1");
const linkTargets = (pdf: Uint8Array) => [...latin1(pdf).matchAll(/\/S \/URI\s*\/URI \(([^)]*)\)/g)].map((m) => m[1]!);
const linkAnnotations = (pdf: Uint8Array) => latin1(pdf).match(/\/Subtype \/Link\b/g)?.length ?? 0;

// A4 in points; the running footer sits below FOOTER_TOP. A page whose body stops above BODY_REACH
// leaves its lower third empty (issue 16: pages 2, 9, 11 and 14 did, and the stay page).
const A4_HEIGHT = 841.89;
const FOOTER_TOP = 800;
const BODY_REACH = (2 / 3) * A4_HEIGHT;

/** The lowest edge of body text on each page, from pdftotext's word boxes. */
function bodyBottoms(file: string): number[] {
  const bottoms: number[] = [];
  for (const line of execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" }).split("\n")) {
    if (line.includes("<page ")) bottoms.push(0);
    const word = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">/.exec(line);
    if (!word || Number(word[1]) > FOOTER_TOP) continue;
    bottoms[bottoms.length - 1] = Math.max(bottoms.at(-1)!, Number(word[1]));
  }
  return bottoms;
}

describe("twenty generated buyers, rendered", () => {
  it.each(
    BUYERS.map((input, i) => ({
      input,
      i,
      name: `${input.occupation.slug}, ${input.answers.goals.goal}, ${input.answers.goals.hoursPerWeek} h`,
    })),
  )(
    "$name: 15 pages, none with its lower third empty, no ellipsis, every resource and source a link",
    async ({ input, i }) => {
      const rendered = await renderBlueprintInThread(input);
      expect(rendered.pageCount).toBe(15);
      expect(rendered.overflowingPages).toEqual([]);
      const file = path.join(dir, `${i}.pdf`);
      writeFileSync(file, rendered.pdf);
      const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      expect(text).not.toContain("…");
      const short = bodyBottoms(file).flatMap((bottom, page) =>
        bottom < BODY_REACH ? [`page ${page + 1} ends at ${Math.round((bottom * 100) / A4_HEIGHT)}% of the sheet`] : [],
      );
      expect(short).toEqual([]);
      const model = buildModel(input);
      const links = new Set(linkTargets(rendered.pdf));
      const urls = [...model.plan.inPlan, ...model.plan.beyond].flatMap((r) => (r.url ? [r.url] : []));
      for (const url of urls) expect(links, url).toContain(url);
      const sources = model.input.occupation.content.sources?.filter((s) => s.url).length ?? 0;
      expect(linkAnnotations(rendered.pdf)).toBeGreaterThanOrEqual(urls.length + sources);
    },
    60_000,
  );
});
