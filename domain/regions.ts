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
