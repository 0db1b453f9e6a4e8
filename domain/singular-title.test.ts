import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SINGULAR_TITLE_EXCEPTIONS, singularOccupationTitle, singularWord } from "./singular-title";

describe("singularWord", () => {
  it.each([
    ["Nurses", "Nurse"],
    ["Secretaries", "Secretary"],
    ["Attorneys", "Attorney"],
    ["Coaches", "Coach"],
    ["Dishwashers", "Dishwasher"],
    ["Waitresses", "Waitress"],
    ["Boxes", "Box"],
    ["Firemen", "Fireman"],
    ["Midwives", "Midwife"],
    ["Athletes", "Athlete"],
    ["Sheriffs", "Sheriff"],
    ["Engineers/Architects", "Engineer/Architect"],
    ["Clergy", "Clergy"],
    ["Police", "Police"],
    ["Customs", "Customs"],
  ])("%s → %s", (plural, singular) => {
    expect(singularWord(plural)).toBe(singular);
  });
});

describe("singularOccupationTitle", () => {
  it.each([
    ["Registered Nurses", "Registered Nurse"],
    ["Heavy and Tractor-Trailer Truck Drivers", "Heavy and Tractor-Trailer Truck Driver"],
    ["Chefs and Head Cooks", "Chef and Head Cook"],
    ["Judges, Magistrate Judges, and Magistrates", "Judge, Magistrate Judge, and Magistrate"],
    ["Buyers and Purchasing Agents, Farm Products", "Buyer and Purchasing Agent, Farm Products"],
    ["Purchasing Agents, Except Wholesale, Retail, and Farm Products", "Purchasing Agent, Except Wholesale, Retail, and Farm Products"],
    ["Fine Artists, Including Painters, Sculptors, and Illustrators", "Fine Artist, Including Painters, Sculptors, and Illustrators"],
    ["Transportation Inspectors", "Transportation Inspector"],
    [
      "Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic",
      "Grinding, Lapping, Polishing, and Buffing Machine Tool Setter, Operator, and Tender, Metal and Plastic",
    ],
    ["First-Line Supervisors of Police and Detectives", "First-Line Supervisor of Police and Detectives"],
    ["Captains, Mates, and Pilots of Water Vessels", "Captain, Mate, and Pilot of Water Vessels"],
    ["Helpers--Carpenters", "Helper to Carpenters"],
    ["Police and Sheriff's Patrol Officers", "Police and Sheriff's Patrol Officer"],
    ["Athletes and Sports Competitors", "Athlete and Sports Competitor"],
    ["Clergy", "Clergy"],
    ["Transit and Railroad Police", "Transit and Railroad Police"],
    ["Engineers, All Other", "Engineer, All Other"],
  ])("%s → %s", (plural, singular) => {
    expect(singularOccupationTitle(plural)).toBe(singular);
  });

  it("takes a title the rules get wrong from the exceptions", () => {
    expect(singularOccupationTitle("Poets, Lyricists and Creative Writers")).toBe("Poet, Lyricist and Creative Writer");
    for (const [plural, singular] of Object.entries(SINGULAR_TITLE_EXCEPTIONS)) expect(singularOccupationTitle(plural)).toBe(singular);
  });

  it("leaves a singular title as it is", () => {
    for (const title of ["Registered Nurse", "Chef and Head Cook", "Clergy", "Waiter and Waitress"])
      expect(singularOccupationTitle(title)).toBe(title);
  });
});

// The research data is read by path where it exists (../shared/data or RESEARCH_DATA_DIR), never copied in.
const OCC_LEVEL = path.join(
  process.env.RESEARCH_DATA_DIR ?? path.resolve(import.meta.dirname, "../../shared/data"),
  "gpts-are-gpts/occ_level.csv",
);

// describe.skipIf still runs the body to collect the tests: read only where the file exists.
describe.skipIf(!existsSync(OCC_LEVEL))("every O*NET title in the research data", () => {
  const titles = (existsSync(OCC_LEVEL) ? readFileSync(OCC_LEVEL, "utf8") : "")
    .split("\n")
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => /^[^,]+,(?:"([^"]*)"|([^,]*))/.exec(line)!)
    .map((m) => m[1] ?? m[2]!);

  it("reads all 923", () => {
    expect(titles).toHaveLength(923);
  });

  it("'a mid-level <title>' never ends its noun with O*NET's plural 's' (qualifiers, 'of' and 'to' complements aside)", () => {
    // The exceptions are checked by hand (a first segment like "Securities, Commodities, and …" is not a person).
    const ruled = titles.filter((t) => !(t in SINGULAR_TITLE_EXCEPTIONS));
    const plural = ruled.map((t) => singularOccupationTitle(t)).filter((s) => /[^su]s$/.test(s.split(/, | of | to /)[0]!));
    expect(plural).toEqual([]);
  });

  it("changes every title but the two that are already singular", () => {
    expect(titles.filter((t) => singularOccupationTitle(t) === t)).toEqual(["Clergy", "Transit and Railroad Police"]);
  });
});
