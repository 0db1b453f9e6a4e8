import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlueprintInput } from "./blueprint-input";
import { buildModel } from "./blueprint-model";
import { selectEmployersPage } from "./pages/employers.data";
import { selectSalaryPage } from "./pages/salary.data";
import { renderBlueprintInThread } from "./render-document";
import { juniorBackend, leadDataScientist } from "./sample-input";

const dir = mkdtempSync(path.join(os.tmpdir(), "blueprint-pay-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The web addresses a page's link annotations open. */
async function linksOn(pdf: Uint8Array, pageIndex: number): Promise<string[]> {
  const doc = await PDFDocument.load(pdf);
  const annots = doc.getPage(pageIndex).node.lookupMaybe(PDFName.of("Annots"), PDFArray);
  if (!annots) return [];
  return annots.asArray().flatMap((ref) => {
    const action = doc.context.lookup(ref, PDFDict).lookupMaybe(PDFName.of("A"), PDFDict);
    const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString);
    return uri ? [uri.decodeText()] : [];
  });
}

const text = (file: string, page: number) =>
  execFileSync("pdftotext", ["-f", String(page), "-l", String(page), file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

const buyers: Record<string, () => BlueprintInput> = {
  "a London junior who gave a salary band": () => {
    const input = juniorBackend();
    input.answers.goals.salaryBand = "45-55k";
    return input;
  },
  "a Scotland lead who gave none": leadDataScientist,
};

describe.each(Object.entries(buyers))("%s", (_name, build) => {
  let input: BlueprintInput;
  let pdf: Uint8Array;
  let file: string;
  beforeAll(async () => {
    input = build();
    const rendered = await renderBlueprintInThread(input);
    expect(rendered.overflowingPages).toEqual([]);
    expect(rendered.pageCount).toBe(15);
    pdf = rendered.pdf;
    file = path.join(dir, `${input.answers.goals.region}.pdf`);
    writeFileSync(file, pdf);
  }, 120_000);

  it("page 13 links every salary figure's source page and says where the buyer stands", async () => {
    const salary = selectSalaryPage(buildModel(input));
    const urls = salary.sources.flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).toBe(salary.rows.length);
    expect(await linksOn(pdf, 12)).toEqual(expect.arrayContaining(urls));
    const page = text(file, 13);
    if (input.answers.goals.salaryBand) expect(page).toContain("You told us you earn £45,000 to £55,000 a year.");
    else expect(page).toContain("You did not give your salary, so this page compares each role with the typical (median) salary");
    expect(page).not.toMatch(/your current salary/i);
  });

  it("page 14 links each listed employer's careers page, the buyer's region first", async () => {
    const employers = selectEmployersPage(buildModel(input));
    const urls = employers.columns.flatMap((c) => c.employers.flatMap((e) => (e.url ? [e.url] : [])));
    expect(urls.length).toBeGreaterThanOrEqual(12);
    expect(await linksOn(pdf, 13)).toEqual(expect.arrayContaining(urls));
    expect(text(file, 14)).toContain(`In ${employers.region}`);
    expect(text(file, 14)).toContain("not live vacancies");
  });
});
