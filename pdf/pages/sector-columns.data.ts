/**
 * Page 14's columns when some roles' employers are their sector's typical UK employers (imported
 * roles, issue 17): those roles share one list per sector, flowed over one column per role, so
 * three paths in one sector show a dozen employers instead of the same four three times. Roles with
 * their own curated list keep a column each, in the page's order.
 */
import { andList } from "../../domain/blueprint-plan";
import type { BlueprintOccupation } from "../blueprint-input";
import type { EmployerColumn, EmployerEntry } from "./employers.data";

/** Characters of the note's tiny type per line of a column (employers.data.ts counts entries the same way). */
const NOTE_CHARS_PER_LINE = 44;
/** The page has room for three columns side by side. */
const PAGE_COLUMNS = 3;

export type PageRole = { id: number; title: string; target: BlueprintOccupation };

export function sectorNote(sector: NonNullable<BlueprintOccupation["employerSector"]>, titles: readonly string[]): string {
  return `Typical UK employers of the sector (${sector.ukIndustries}), for ${andList([...titles])}: not live vacancies.`;
}

export function pageColumns(
  roles: readonly PageRole[],
  own: (role: PageRole) => EmployerColumn,
  sectorEntries: (role: PageRole) => { entries: EmployerEntry[]; note: string | null },
  /** Takes entries in order while they fit a sector column (taller than a curated one) with `reservedLines` of note above them. */
  fit: (entries: EmployerEntry[], reservedLines: number) => EmployerEntry[],
): EmployerColumn[] {
  const out: EmployerColumn[] = [];
  const done = new Set<string>();
  // Columns no role takes (a buyer with one or two paths) go to the first sector's list, so a
  // one-path buyer sees a page of their sector's employers rather than one narrow column of them.
  let spare = Math.max(0, PAGE_COLUMNS - roles.length);
  for (const role of roles) {
    const sector = role.target.employerSector;
    if (!sector) {
      out.push(own(role));
      continue;
    }
    if (done.has(sector.code)) continue;
    done.add(sector.code);
    const group = roles.filter((r) => r.target.employerSector?.code === sector.code);
    const { entries, note } = sectorEntries(role);
    const heading = [
      sectorNote(
        sector,
        group.map((r) => r.title),
      ),
      note,
    ]
      .filter(Boolean)
      .join(" ");
    let rest = entries;
    const slots = [...group, ...Array.from({ length: spare }, () => group[group.length - 1]!)];
    spare = 0;
    for (const [i, member] of slots.entries()) {
      const employers = fit(rest, i === 0 ? Math.ceil(heading.length / NOTE_CHARS_PER_LINE) + 1 : 0);
      if (i > 0 && employers.length === 0) break;
      rest = rest.slice(employers.length);
      out.push({
        targetId: member.id,
        title: i === 0 ? `${sector.title} sector` : `${sector.title} sector (continued)`,
        continued: i > 0,
        employers,
        note: i === 0 ? heading : null,
        sector: sector.code,
        forTitles: group.map((r) => r.title),
      });
    }
  }
  return out;
}
