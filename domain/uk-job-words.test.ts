import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expandUkQuery, jobWords, UK_JOB_WORDS, ukWordDiffersFromTitle, ukWordsForCode } from "./uk-job-words";

const codes = (query: string) => expandUkQuery(query).map((m) => m.code);

describe("expandUkQuery", () => {
  it.each([
    ["solicitor", ["23-1011.00"], "Solicitor"],
    ["Solicitors", ["23-1011.00"], "Solicitor"],
    ["GP", ["29-1215.00"], "GP"],
    ["G.P.s", ["29-1215.00"], "GP"],
    ["lorry drivers", ["53-3032.00"], "Lorry driver"],
    ["HGV jobs", ["53-3032.00"], "HGV driver"],
    ["C + E driver", ["53-3032.00"], "C+E driver"],
    ["QS", ["13-1051.00"], "Quantity surveyor"],
    ["chef-de-partie", ["35-1011.00", "35-2014.00"], "Chef de partie"],
    ["BOOKKEEPER", ["43-3031.00"], "Bookkeeper"],
    ["dinner ladies", ["35-3041.00", "35-2012.00"], "Dinner lady"],
    ["electricians mate", ["47-3013.00"], "Electrician's mate"],
    ["hospital porter", ["31-1132.00"], "Hospital porter"],
    ["porter hospital", ["31-1132.00"], "Hospital porter"],
    ["Electrician’s mate", ["47-3013.00"], "Electrician's mate"],
    ["postmen", ["43-5052.00"], "Postman"],
    ["binmen", ["53-7081.00"], "Binman"],
    ["A&E nurse", ["29-1141.01"], "A&E nurse"],
    ["a and e nurses", ["29-1141.01"], "A&E nurse"],
    ["midwife", ["29-9099.01", "29-1161.00"], "Midwife"],
    ["sparky", ["47-2111.00"], "Sparky"],
    ["sparkies", ["47-2111.00"], "Sparky"],
    ["brickies", ["47-2021.00"], "Brickie"],
    ["posties", ["43-5052.00"], "Postie"],
  ])("%s → %j shown as %s", (query, expected, ukWord) => {
    const matches = expandUkQuery(query);
    expect(matches.map((m) => m.code)).toEqual(expected);
    expect(matches.every((m) => m.ukWord === ukWord)).toBe(true);
  });

  it("prefers the longest phrase where phrases overlap", () => {
    expect(codes("nursery nurse")).toEqual(["39-9011.00", "25-2011.00"]);
    expect(codes("HGV mechanic")).toEqual(["49-3031.00"]);
    expect(codes("security guard")).toEqual(["33-9032.00"]);
  });

  it("finds every phrase in a longer query, each occupation once, in the order typed", () => {
    expect(expandUkQuery("barrister or solicitor")).toEqual([{ code: "23-1011.00", ukWord: "Barrister" }]);
    expect(codes("plasterer and joiner")).toEqual(["47-2161.00", "47-2031.00", "51-7011.00"]);
  });

  it("matches an abbreviation only as the whole query", () => {
    expect(codes("PC")).toEqual(["33-3051.00"]);
    expect(codes("pc repair")).toEqual([]);
    expect(codes("TA")).toEqual(["25-9042.00"]);
    expect(codes("ta")).toEqual(["25-9042.00"]);
  });

  it("completes a query still being typed, from four letters", () => {
    expect(codes("plaste")).toEqual(expect.arrayContaining(["47-2161.00"]));
    expect(codes("hgv dri")).toEqual(["53-3032.00"]);
    expect(codes("gas safe")).toEqual(["49-9021.00", "47-2152.00"]);
    expect(codes("pla")).toEqual([]);
  });

  it("leaves a lone complete word that is no UK phrase to the US titles' search", () => {
    expect(codes("chef")).toEqual([]);
    expect(codes("engineer")).toEqual([]);
    expect(codes("teacher")).toEqual([]);
  });

  it("maps a civil servant to several occupations", () => {
    expect(codes("civil servant").length).toBeGreaterThanOrEqual(3);
  });

  it("returns nothing for an empty query or one with no UK job word", () => {
    expect(expandUkQuery("")).toEqual([]);
    expect(expandUkQuery("   ")).toEqual([]);
    expect(expandUkQuery("jobs")).toEqual([]);
    expect(expandUkQuery("quantum chromodynamics")).toEqual([]);
  });

  it("never throws and never returns more than 20 occupations, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const matches = expandUkQuery(query);
        expect(matches.length).toBeLessThanOrEqual(20);
        expect(new Set(matches.map((m) => m.code)).size).toBe(matches.length);
      }),
    );
  });
});

describe("jobWords", () => {
  it.each([
    ["Dinner Ladies", ["dinner", "lady"]],
    ["dinner lady", ["dinner", "lady"]],
    ["Kitchen-porters", ["kitchen", "porter"]],
    ["Café staff", ["cafe", "staff"]],
    ["bosses", ["boss"]],
    ["coaches", ["coach"]],
    ["bus", ["bus"]],
    ["Brickies", ["bricky"]],
    ["brickie", ["bricky"]],
  ])("%s → %j", (text, words) => {
    expect(jobWords(text)).toEqual(words);
  });
});

describe("ukWordsForCode and ukWordDiffersFromTitle", () => {
  it("lists the UK words of an occupation, with or without the O*NET suffix", () => {
    expect(ukWordsForCode("23-1011")).toEqual(expect.arrayContaining(["Solicitor", "Barrister"]));
    expect(ukWordsForCode("23-1011.00")).toEqual(ukWordsForCode("23-1011"));
    expect(ukWordsForCode("99-9999.00")).toEqual([]);
  });

  it("shows a UK word only where the US title does not already say it", () => {
    expect(ukWordDiffersFromTitle("Solicitor", "Lawyers")).toBe(true);
    expect(ukWordDiffersFromTitle("HGV driver", "Heavy and Tractor-Trailer Truck Drivers")).toBe(true);
    expect(ukWordDiffersFromTitle("Plasterer", "Plasterers and Stucco Masons")).toBe(false);
    expect(ukWordDiffersFromTitle("Paramedic", "Paramedics")).toBe(false);
  });
});

describe("the UK job word list", () => {
  const phrases = UK_JOB_WORDS.flatMap((e) => e.phrases);

  it("has 200+ phrases, each an O*NET-SOC code list", () => {
    expect(phrases.length).toBeGreaterThanOrEqual(200);
    for (const e of UK_JOB_WORDS) {
      expect(e.codes.length, e.phrases[0]).toBeGreaterThan(0);
      for (const code of e.codes) expect(code, e.phrases[0]).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
    }
  });

  it("gives each phrase one meaning: no two entries share a phrase once normalised", () => {
    const owner = new Map<string, string>();
    for (const e of UK_JOB_WORDS)
      for (const p of e.phrases) {
        const key = jobWords(p).join(" ");
        expect(key, p).not.toBe("");
        expect(owner.get(key) ?? e.phrases[0], `"${p}" is in "${owner.get(key)}" and "${e.phrases[0]}"`).toBe(e.phrases[0]);
        owner.set(key, e.phrases[0]!);
      }
  });

  it("shows a short, plain UK word beside the US title", () => {
    for (const e of UK_JOB_WORDS) expect(e.phrases[0], e.phrases[0]).toMatch(/^[^()]{2,40}$/);
  });
});
