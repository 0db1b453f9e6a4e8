import { LEARNING_LIBRARY } from "../../db/seed/learning-library";
import { SECTOR_EMPLOYERS } from "../../db/seed/sector-employers";
import type { OccupationContent } from "../../domain/occupation-content";
import {
  blueprintContents,
  blueprintSale,
  offSaleExplanation,
  type BlueprintContents,
  type BlueprintEdition,
  type BlueprintSale,
  type OffSaleReason,
} from "../../domain/blueprint-availability";
import { resourcesFor, skillKey } from "../../domain/learning-library";
import { socMajorGroupOf, type SocMajorGroup } from "../../domain/sector-employers";

/** What the sale rule needs from an occupations row. */
export type SaleRow = {
  origin: BlueprintEdition;
  blueprintOnSale: boolean;
  socCode: string | null;
  content: OccupationContent | null;
};

// Both the directory and the library are static data parsed when their modules load: counted once per process.
const employersBySector = new Map<SocMajorGroup, number>();
function sectorEmployerCount(socCode: string | null): number {
  const group = socCode ? socMajorGroupOf(socCode) : null;
  if (!group) return 0;
  let n = employersBySector.get(group);
  if (n === undefined) {
    n = SECTOR_EMPLOYERS.filter((e) => e.sectors.includes(group)).length;
    employersBySector.set(group, n);
  }
  return n;
}

const taught = new Map<string, boolean>();
function libraryTeaches(skill: string): boolean {
  const key = skillKey(skill);
  let yes = taught.get(key);
  if (yes === undefined) {
    yes = resourcesFor(LEARNING_LIBRARY, { skill }).length > 0;
    taught.set(key, yes);
  }
  return yes;
}

/**
 * Whether this occupation's Blueprint is on sale and which edition it is (domain/blueprint-availability.ts),
 * with the sector employer directory and the learning library as they are in this build.
 * `skills`: the occupation's O*NET skills (occupation_skills), used for imported roles only.
 */
export function blueprintSaleOf(row: SaleRow, skills: readonly string[]): BlueprintSale {
  return blueprintSale({
    origin: row.origin,
    onSale: row.blueprintOnSale,
    content: row.content,
    skills,
    sectorEmployers: row.origin === "imported" ? sectorEmployerCount(row.socCode) : 0,
    libraryTeaches,
  });
}

/** What the sale pages (report, result) show: the offer with this edition's contents, or why there is none. */
export type BlueprintOffer =
  { onSale: true; edition: BlueprintEdition; contents: BlueprintContents } | { onSale: false; reason: OffSaleReason; explanation: string };

export function blueprintOfferOf(row: SaleRow, skills: readonly string[]): BlueprintOffer {
  const sale = blueprintSaleOf(row, skills);
  return sale.onSale
    ? { onSale: true, edition: sale.edition, contents: blueprintContents(sale.edition) }
    : { onSale: false, reason: sale.reason, explanation: offSaleExplanation(sale.reason) };
}
