import { isRegionId, NEARBY_REGIONS, type RegionId } from "./regions";

/**
 * Typical UK employers of a sector, for the occupations that have no curated employer list (issue 17
 * item 2). The sector is the SOC 2018 major group of the O*NET-SOC code, so every imported
 * occupation has one. These are employers that hire for the sector's roles, not live vacancies:
 * the Blueprint must say so.
 */

/** SOC 2018 major groups with the UK industries that employ them (55 Military is not in the research data). */
export const SOC_MAJOR_GROUPS = [
  {
    code: "11",
    title: "Management",
    ukIndustries: "Every industry: retail, the NHS, local and central government, construction, hospitality, utilities",
  },
  {
    code: "13",
    title: "Business and Financial Operations",
    ukIndustries: "Accountancy and audit, banking, insurance, HMRC and the Civil Service, consultancy",
  },
  {
    code: "15",
    title: "Computer and Mathematical",
    ukIndustries: "Software and IT services, telecoms, banking technology, government digital, statistics",
  },
  {
    code: "17",
    title: "Architecture and Engineering",
    ukIndustries: "Engineering consultancy, aerospace and defence, rail and energy infrastructure, automotive",
  },
  {
    code: "19",
    title: "Life, Physical and Social Science",
    ukIndustries: "Universities and research institutes, pharmaceuticals, environment agencies, public health",
  },
  {
    code: "21",
    title: "Community and Social Service",
    ukIndustries: "Council social work, health and social care trusts, charities, probation, careers services",
  },
  { code: "23", title: "Legal", ukIndustries: "Law firms, prosecution services, government legal services, courts and tribunals" },
  { code: "25", title: "Education and Library", ukIndustries: "Schools and academy trusts, colleges, universities, libraries and museums" },
  {
    code: "27",
    title: "Arts, Design, Entertainment, Sports and Media",
    ukIndustries: "Broadcasting, newspapers and publishing, games studios, theatre and opera, sport",
  },
  {
    code: "29",
    title: "Healthcare Practitioners",
    ukIndustries: "NHS trusts and boards, ambulance services, community pharmacy, optics, dentistry, veterinary",
  },
  {
    code: "31",
    title: "Healthcare Support",
    ukIndustries: "NHS hospitals, care homes and home care, dental practices, veterinary practices",
  },
  { code: "33", title: "Protective Service", ukIndustries: "Police, fire and rescue, prison and border services, private security" },
  {
    code: "35",
    title: "Food Preparation and Serving",
    ukIndustries: "Pubs and restaurants, hotels, contract catering, bakeries and coffee shops",
  },
  {
    code: "37",
    title: "Building and Grounds Maintenance",
    ukIndustries: "Facilities management, cleaning, grounds and estates, pest control",
  },
  {
    code: "39",
    title: "Personal Care and Service",
    ukIndustries: "Childcare, leisure centres and gyms, hair and beauty, attractions, funeral services",
  },
  { code: "41", title: "Sales", ukIndustries: "Supermarkets and high-street retail, estate agency, telecoms and energy sales" },
  {
    code: "43",
    title: "Office and Administrative Support",
    ukIndustries: "Civil Service and councils, NHS administration, contact centres, banking operations",
  },
  {
    code: "45",
    title: "Farming, Fishing and Forestry",
    ukIndustries: "Forestry agencies, fish farming, horticulture and arable farming, conservation",
  },
  {
    code: "47",
    title: "Construction and Extraction",
    ukIndustries: "Main contractors, housebuilders, civil engineering, rail and highways maintenance",
  },
  {
    code: "49",
    title: "Installation, Maintenance and Repair",
    ukIndustries: "Energy networks and suppliers, telecoms, vehicle servicing, building services",
  },
  { code: "51", title: "Production", ukIndustries: "Food and drink manufacturing, automotive and aerospace plants, steel and chemicals" },
  {
    code: "53",
    title: "Transportation and Material Moving",
    ukIndustries: "Parcels and logistics, rail and bus operators, airlines and airports, waste collection",
  },
] as const;

export type SocMajorGroup = (typeof SOC_MAJOR_GROUPS)[number]["code"];
export const SOC_MAJOR_GROUP_CODES = SOC_MAJOR_GROUPS.map((g) => g.code) as [SocMajorGroup, ...SocMajorGroup[]];

const isSocMajorGroup = (code: string): code is SocMajorGroup => (SOC_MAJOR_GROUP_CODES as readonly string[]).includes(code);

/** "29-1141.00" or "29-1141" → "29"; null for a code outside the 22 groups (e.g. 55 Military). */
export function socMajorGroupOf(socCode: string): SocMajorGroup | null {
  const code = /^(\d{2})-\d{4}(?:\.\d{2})?$/.exec(socCode.trim())?.[1];
  return code && isSocMajorGroup(code) ? code : null;
}

export type SectorEmployer = {
  name: string;
  /** SOC major groups the organisation hires for; one entry per organisation, however many groups. */
  sectors: readonly SocMajorGroup[];
  /** UK industry as the reader would name it ("NHS health board", "Parcels and logistics"). */
  industry: string;
  /** Places as people name them ("Glasgow and Clyde", "Depots across the UK"). */
  location: string;
  /** Where it has sites: regions, or "nationwide" for sites in every UK nation and most regions. */
  regions: readonly RegionId[] | "nationwide";
  /** Hires some of the sector's roles to work from home anywhere in the UK. */
  remoteFriendly: boolean;
  careersUrl: string;
  /** Clearance, nationality, DBS, registration or licence rules; null when only the right to work applies. */
  eligibility: string | null;
  /** Typical roles, one line. */
  hiresFor: string;
};

/** How an employer relates to the buyer's region, nearest first; the Blueprint labels each one. */
export type Reach = "in-region" | "nationwide" | "remote" | "nearby" | "elsewhere";

const REACH_RANK: Record<Reach, number> = { "in-region": 0, nationwide: 1, remote: 2, nearby: 3, elsewhere: 4 };

export function reachOf(employer: SectorEmployer, region: string | null): Reach {
  const sited = employer.regions;
  if (region && sited !== "nationwide" && sited.includes(region as RegionId)) return "in-region";
  if (sited === "nationwide") return "nationwide";
  if (employer.remoteFriendly) return "remote";
  if (region && isRegionId(region) && NEARBY_REGIONS[region].some((r) => sited.includes(r))) return "nearby";
  return "elsewhere";
}

/** Position of an employer's nearest site in the buyer's list of neighbouring regions (only among "nearby"). */
function nearbyIndex(employer: SectorEmployer, region: string | null): number {
  if (!region || !isRegionId(region) || employer.regions === "nationwide") return 0;
  const sited = employer.regions;
  const i = NEARBY_REGIONS[region].findIndex((r) => sited.includes(r));
  return i < 0 ? 0 : i;
}

/**
 * The sector's employers for one buyer: those with a site in the buyer's region first, then
 * nationwide ones, then remote-friendly ones, then the rest (neighbouring regions nearest first).
 * Stable, so the directory's order decides among equals. An unknown or missing region skips the
 * first and the neighbouring steps.
 */
export function employersFor(
  directory: readonly SectorEmployer[],
  { socMajorGroup, region, limit }: { socMajorGroup: SocMajorGroup; region: string | null; limit?: number },
): SectorEmployer[] {
  const sorted = directory
    .filter((e) => e.sectors.includes(socMajorGroup))
    .map((e, i) => ({ e, i, rank: REACH_RANK[reachOf(e, region)], near: nearbyIndex(e, region) }))
    .sort((a, b) => a.rank - b.rank || (a.rank === REACH_RANK.nearby ? a.near - b.near : 0) || a.i - b.i)
    .map((x) => x.e);
  return limit === undefined ? sorted : sorted.slice(0, Math.max(0, limit));
}
