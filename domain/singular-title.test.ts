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
    ["Grinding, Lapping, Polishing, and Buffing Machine Tool Setters, Operators, and Tenders, Metal and Plastic", "Grinding, Lapping, Polishing, and Buffing Machine Tool Setter, Operator, and Tender, Metal and Plastic"],
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
    for (const title of ["Registered Nurse", "Chef and Head Cook", "Clergy", "Waiter and Waitress"]) expect(singularOccupationTitle(title)).toBe(title);
  });
});
