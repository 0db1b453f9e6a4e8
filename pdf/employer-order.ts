import type { Employer } from "../domain/occupation-content";
import { isRegionId, NEARBY_REGIONS } from "../domain/regions";
import { regionName, regionPlace } from "./format";

/*
 * The buyer's order of a role's employers, shared by the employers page and the plan (whose apply
 * steps name the first ones), so both put the same employers first.
 */

/**
 * Lower is nearer: the buyer's region, then employers with sites across the UK (sector
 * employers of imported roles), then remote-friendly, then neighbouring regions nearest first.
 */
export function proximity(e: Employer, regionId: string): { rank: number; where: string | null } {
  const regions = e.regions ?? [];
  if (regions.includes(regionId)) return { rank: 0, where: `In ${regionPlace(regionId)}` };
  if (e.nationwide) return { rank: 1, where: "Across the UK" };
  if (e.remote) return { rank: 2, where: "Remote-friendly" };
  const nearby = isRegionId(regionId) ? NEARBY_REGIONS[regionId] : [];
  const i = nearby.findIndex((r) => regions.includes(r));
  if (i >= 0) return { rank: 3 + i, where: `Nearby: ${regionName(nearby[i]!)}` };
  return { rank: 99, where: regions.length ? "Elsewhere in the UK" : null };
}

/** Sorted for the buyer: a stable sort, so the catalogue's order decides among equals. */
export function sortForRegion<T extends Employer>(employers: readonly T[], regionId: string): T[] {
  return employers
    .map((e, i) => ({ e, i, rank: proximity(e, regionId).rank }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.e);
}
