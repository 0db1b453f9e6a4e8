import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UK_JOB_WORDS, ukWordDiffersFromTitle } from "../../domain/uk-job-words";

// RESEARCH_DATA_DIR points elsewhere (e.g. a checkout outside /work/main).
const DATA = process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data");
const OCC_LEVEL = path.join(DATA, "gpts-are-gpts/occ_level.csv");

/** O*NET-SOC code → title, from the research data's occupation list (read in place, never copied). */
function researchTitles(): Map<string, string> {
  const [, ...rows] = readFileSync(OCC_LEVEL, "utf8").trim().split("\n");
  return new Map(
    rows.map((row) => {
      // Code, then the title, quoted when it holds a comma ("Managers, All Other").
      const [, code, title] = /^([^,]+),("(?:[^"]|"")*"|[^,]*)/.exec(row)!;
      return [code!, title!.startsWith('"') ? title!.slice(1, -1).replace(/""/g, '"') : title!];
    }),
  );
}

// The research files are not part of the repository; this runs only where ../shared/data exists.
describe.skipIf(!existsSync(OCC_LEVEL))("UK job words against the research data", () => {
  // describe.skipIf still runs this body to collect the tests: read only where the file exists.
  const titles = existsSync(OCC_LEVEL) ? researchTitles() : new Map<string, string>();

  it("reads the 923 occupations", () => {
    expect(titles.size).toBe(923);
  });

  it("uses only O*NET-SOC codes that are in occ_level.csv", () => {
    const unknown = UK_JOB_WORDS.flatMap((e) => e.codes.filter((c) => !titles.has(c)).map((c) => `${e.phrases[0]} → ${c}`));
    expect(unknown).toEqual([]);
  });

  it("mostly names jobs by words the US titles do not use (the point of the list)", () => {
    const pairs = UK_JOB_WORDS.flatMap((e) => e.codes.map((c) => ukWordDiffersFromTitle(e.phrases[0]!, titles.get(c) ?? "")));
    expect(pairs.filter(Boolean).length / pairs.length).toBeGreaterThan(0.8);
  });
});
