import { describe, expect, it } from "vitest";
import type { BlueprintOccupation } from "../blueprint-input";
import type { EmployerColumn, EmployerEntry } from "./employers.data";
import { pageColumns, type PageRole } from "./sector-columns.data";

const sector = (code: string) => ({ code, title: `Sector ${code}`, ukIndustries: "councils, hauliers" });
const role = (id: number, code: string | null): PageRole => ({
  id,
  title: `Role ${id}`,
  target: { id, employerSector: code ? sector(code) : null } as BlueprintOccupation,
});
const entries = (n: number): EmployerEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    name: `Employer ${i + 1}`,
    sector: "x",
    location: "UK",
    where: null,
    local: false,
    eligibility: null,
    url: null,
    linkText: null,
    hiresFor: null,
  }));
const own = (r: PageRole): EmployerColumn => ({ targetId: r.id, title: r.title, employers: entries(2), note: null });
// Four entries a column, whatever the note takes: enough to see how a list is spread.
const fourAColumn = (list: EmployerEntry[]) => list.slice(0, 4);
const columnsFor = (roles: PageRole[], count: number) =>
  pageColumns(roles, own, () => ({ entries: entries(count), note: null }), fourAColumn);

describe("page 14's columns", () => {
  it("gives a one-path buyer's sector list the page's three columns", () => {
    const columns = columnsFor([role(1, "47")], 12);
    expect(columns.map((c) => c.employers.length)).toEqual([4, 4, 4]);
    expect(columns.map((c) => c.continued)).toEqual([false, true, true]);
    expect(new Set(columns.flatMap((c) => c.employers.map((e) => e.name))).size).toBe(12);
  });

  it("stops when the sector's list runs out instead of printing empty columns", () => {
    expect(columnsFor([role(1, "47")], 5).map((c) => c.employers.length)).toEqual([4, 1]);
  });

  it("keeps a curated role's own column and gives the spare one to the sector", () => {
    const columns = columnsFor([role(1, null), role(2, "29")], 12);
    expect(columns.map((c) => [c.targetId, c.employers.length, c.sector ?? null])).toEqual([
      [1, 2, null],
      [2, 4, "29"],
      [2, 4, "29"],
    ]);
  });

  it("gives three paths in three sectors one column each", () => {
    const columns = columnsFor([role(1, "29"), role(2, "47"), role(3, "13")], 12);
    expect(columns.map((c) => c.sector)).toEqual(["29", "47", "13"]);
  });
});
