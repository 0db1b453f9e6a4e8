/** UK nations and English regions (ITL1), as used by ONS salary tables. */
export const UK_REGIONS = [
  { id: "north-east", name: "North East" },
  { id: "north-west", name: "North West" },
  { id: "yorkshire", name: "Yorkshire and The Humber" },
  { id: "east-midlands", name: "East Midlands" },
  { id: "west-midlands", name: "West Midlands" },
  { id: "east", name: "East of England" },
  { id: "london", name: "London" },
  { id: "south-east", name: "South East" },
  { id: "south-west", name: "South West" },
  { id: "wales", name: "Wales" },
  { id: "scotland", name: "Scotland" },
  { id: "northern-ireland", name: "Northern Ireland" },
] as const;

export type RegionId = (typeof UK_REGIONS)[number]["id"];
export const REGION_IDS = UK_REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];

/**
 * Neighbouring regions, nearest first: where a buyer could commute or travel to a hybrid office
 * when no employer on a list has a site in their own region. Judged by travel, not borders
 * (Northern Ireland's nearest are across the water by air or ferry).
 */
export const NEARBY_REGIONS: Record<RegionId, readonly RegionId[]> = {
  "north-east": ["yorkshire", "north-west", "scotland"],
  "north-west": ["yorkshire", "west-midlands", "wales", "north-east"],
  yorkshire: ["north-east", "north-west", "east-midlands"],
  "east-midlands": ["west-midlands", "yorkshire", "east"],
  "west-midlands": ["east-midlands", "north-west", "wales", "south-west"],
  east: ["london", "south-east", "east-midlands"],
  london: ["south-east", "east"],
  "south-east": ["london", "east", "south-west"],
  "south-west": ["wales", "south-east", "west-midlands"],
  wales: ["south-west", "west-midlands", "north-west"],
  scotland: ["north-east", "north-west"],
  "northern-ireland": ["scotland", "north-west"],
};

export const isRegionId = (id: string): id is RegionId => (REGION_IDS as readonly string[]).includes(id);
