import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlueprintInput } from "./blueprint-input";
import { closeRenderPool, renderBlueprintPdf, renderPoolSize, type RenderedBlueprint } from "./render";
import { renderBlueprintInThread } from "./render-document";
import { juniorBackend, leadDataScientist, seniorBackend } from "./sample-input";
import { buildModel } from "./blueprint-model";
import { selectEmployersPage } from "./pages/employers.data";

// Two threads whatever the machine, so the two samples render at the same time, one on each thread.
process.env.PDF_RENDER_THREADS = "2";
const dir = mkdtempSync(path.join(os.tmpdir(), "blueprint-test-"));

type Rendered = { input: BlueprintInput; result: RenderedBlueprint; file: string; pages: string[] };
const samples: Record<"junior" | "lead", Rendered> = {} as Record<"junior" | "lead", Rendered>;

// `withoutFooter` crops the running footer (from 790 pt down on an 842 pt page), which carries the
// buyer's email and date and so would make every page of two buyers' documents differ.
const pageText = (file: string, n: number, { withoutFooter = false } = {}) =>
  execFileSync(
    "pdftotext",
    ["-f", String(n), "-l", String(n), ...(withoutFooter ? ["-x", "0", "-y", "0", "-W", "596", "-H", "790"] : []), "-layout", file, "-"],
    {
      encoding: "utf8",
    },
  ).replace(/\s+/g, " ");
const bodies = (file: string) => Array.from({ length: 15 }, (_, p) => pageText(file, p + 1, { withoutFooter: true }));

beforeAll(async () => {
  const inputs = { junior: juniorBackend(), lead: leadDataScientist() };
  const results = await Promise.all([renderBlueprintPdf(inputs.junior), renderBlueprintPdf(inputs.lead)]);
  for (const [i, key] of (["junior", "lead"] as const).entries()) {
    const file = path.join(dir, `${key}.pdf`);
    writeFileSync(file, results[i]!.pdf);
    samples[key] = { input: inputs[key], result: results[i]!, file, pages: Array.from({ length: 15 }, (_, p) => pageText(file, p + 1)) };
  }
}, 120_000);

afterAll(async () => {
  await closeRenderPool();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(["junior", "lead"] as const)("the %s sample Blueprint", (key) => {
  it("has exactly 15 A4 pages, measured from the file", async () => {
    const { result } = samples[key];
    const doc = await PDFDocument.load(result.pdf);
    expect(doc.getPageCount()).toBe(15);
    expect(result.pageCount).toBe(15);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(result.renderMs).toBeGreaterThan(0);
  });

  it("is personalised on the pages that promise it", () => {
    const { input, pages } = samples[key];
    expect(pages[0]).toContain(input.occupation.title);
    expect(pages[0]).toContain(input.buyerEmail ?? "Prepared for you");
    expect(pages[0]).toContain(String(input.outcome.personalScore));
    // Pages 6–8 take the paths in the order ranked for the buyer's goal (the in-role path first for a future-proof buyer).
    for (const [i, path] of buildModel(input).paths.slice(0, 3).entries()) expect(pages[5 + i]).toContain(path.title);
    const hours = input.answers.goals.hoursPerWeek;
    expect(pages[9]).toContain(`${hours} hours a week`);
    for (const p of [9, 10, 11]) expect(pages[p]).toContain(`${hours} hours`);
    expect(pages[12]).toContain(input.occupation.content.salary!.source);
    expect(pages[14]).toContain("not a prediction of job loss");
    expect(pages[14]).toContain(input.scoringVersion);
  });

  it("has a footer with the page number on every page and no page left blank", () => {
    for (const [i, text] of samples[key].pages.entries()) {
      expect(text).toContain(`Page ${i + 1} of 15`);
      expect(text.length).toBeGreaterThan(400);
    }
  });
});

describe("the file", () => {
  const info = (file: string) => execFileSync("pdfinfo", [file], { encoding: "utf8" });

  it("carries the document information and names every font subset once", () => {
    for (const key of ["junior", "lead"] as const) {
      const { file, input } = samples[key];
      expect(info(file)).toContain(`Title:           Career Pivot Blueprint — ${input.occupation.title}`);
      expect(info(file)).toMatch(/Author:\s+Career Pivot/);
      expect(info(file)).toMatch(/Creator:\s+Career Pivot/);
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
      const names = fonts.map((line) => line.split(/\s+/)[0]!);
      expect(names.length).toBeGreaterThanOrEqual(3); // serif headings, sans body and semibold; italic where a page uses it
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[A-Z]{6}\+Source(Sans3|Serif4)-/);
    }
  });

  it("has the same text whether rendered through the pool or on this thread", async () => {
    const here = await renderBlueprintInThread(samples.junior.input);
    const file = path.join(dir, "junior-here.pdf");
    writeFileSync(file, here.pdf);
    expect(here.pageCount).toBe(15);
    for (let p = 1; p <= 15; p++) expect(pageText(file, p)).toBe(samples.junior.pages[p - 1]);
  });
});

describe("a page whose content outgrows A4", () => {
  it("is detected and rendered again with pagination, so no word is cut off", async () => {
    const input = juniorBackend();
    // A task-page introduction far longer than any catalogue entry: the page cannot hold it.
    const sentences = Array.from({ length: 60 }, (_, i) => `Overflow sentence ${i + 1} makes the introduction long.`);
    input.occupation.content = { ...input.occupation.content, tasksIntro: sentences.join(" ") };
    const result = await renderBlueprintInThread(input);
    expect(result.overflowingPages).toEqual([4]);
    expect(result.pageCount).toBeGreaterThan(15);
    const file = path.join(dir, "overflow.pdf");
    writeFileSync(file, result.pdf);
    // The task page and its continuation sheet hold every sentence and the whole table.
    const sheets = Array.from({ length: result.pageCount - 14 }, (_, i) => pageText(file, 4 + i)).join(" ");
    for (const sentence of sentences) expect(sheets).toContain(sentence);
    for (const task of input.occupation.tasks) expect(sheets).toContain(task.name);
  });

  it("is not reported for the designed samples", () => {
    expect(samples.junior.result.overflowingPages).toEqual([]);
    expect(samples.lead.result.overflowingPages).toEqual([]);
  });
});

describe("curated data and the brand look", () => {
  it.each(["junior", "lead"] as const)("%s: names a real resource, the regional salary position and five employers per pivot", (key) => {
    const { input, pages } = samples[key];
    // Every resource the plan uses or names as beyond it is printed (pdf/render-buyers.test.ts checks each is a link).
    const { plan } = buildModel(input);
    const named = [...plan.inPlan, ...plan.beyond];
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(`${pages[9]} ${pages[10]}`).toContain(r.title);
    expect(pages[12]).toContain(input.occupation.content.salary!.regionalNote!);
    // Page 14 lists employers sorted for the buyer's region (pdf/pages/employers.data.ts); its links are checked in pdf/pay-and-employers.render.test.ts.
    for (const column of selectEmployersPage(buildModel(input)).columns) expect(pages[13]).toContain(column.employers[0]!.name);
  });

  it("embeds the brand fonts and no standard PDF font", () => {
    const fonts = execFileSync("pdffonts", [samples.junior.file], { encoding: "utf8" });
    expect(fonts).toMatch(/SourceSans3/);
    expect(fonts).toMatch(/SourceSerif4/);
    expect(fonts).not.toMatch(/Helvetica/);
  });
});

describe("two different respondents", () => {
  it("get different text on at least 10 of the 15 pages", () => {
    const differing = samples.junior.pages.filter((text, i) => text !== samples.lead.pages[i]).length;
    expect(differing).toBeGreaterThanOrEqual(10);
  });

  it("in the same occupation, with different answers, get different page bodies (footer aside) on at least 10 of the 15 pages", async () => {
    const senior = await renderBlueprintPdf(seniorBackend());
    const file = path.join(dir, "senior.pdf");
    writeFileSync(file, senior.pdf);
    const junior = bodies(samples.junior.file);
    const other = bodies(file);
    // The footer really is left out: no body holds the buyer's email, but page 1 names it as the reader.
    expect(junior.slice(1).some((text) => text.includes("priya.shah@example.co.uk"))).toBe(false);
    expect(junior[0]).toContain("priya.shah@example.co.uk");
    expect(junior[0]).toContain("Backend Developer");
    expect(other[0]).toContain("Backend Developer");
    expect(other[0]).toContain("as a senior Backend Developer");
    const differing = junior.filter((text, i) => text !== other[i]).length;
    expect(differing).toBeGreaterThanOrEqual(10);
  }, 60_000);
});

describe("renderPoolSize", () => {
  it("takes the configured PDF_RENDER_THREADS, else the core count", () => {
    expect(renderPoolSize(3)).toBe(3);
    expect(renderPoolSize(undefined)).toBe(os.availableParallelism());
  });
});
