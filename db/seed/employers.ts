import type { RegionId } from "../../domain/regions";

/**
 * UK employers the curated roles name, each once, so a careers link or an eligibility rule is
 * corrected in one place. Regions are where the employer's technology teams sit (domain/regions
 * ids); `remote` marks employers that hire for these roles anywhere in the UK.
 *
 * Reviewed for issue 16 (November 2026). Left out on that review: NHS England (being merged into
 * the Department of Health and Social Care, with its headcount cut; not a place to send a
 * career changer), NHS Digital (merged into NHS England in 2023) and Deliveroo (bought by
 * DoorDash in 2025; its UK hiring now runs through DoorDash). Careers addresses were written from
 * the employers' published careers sites and are not re-checked automatically: an editor should
 * open each one at every catalogue review.
 */
export type EmployerEntry = {
  name: string;
  sector: string;
  location: string;
  regions: RegionId[];
  remote: boolean;
  careersUrl: string;
  eligibility: string | null;
};

const employer = (e: EmployerEntry) => e;

const CIVIL_SERVICE = "Civil Service nationality rules; BPSS checks, some posts need SC clearance.";
const DEFENCE = "Most roles need SC or DV clearance; some British nationals only.";
const PUBLIC_PROJECTS = "Some public-sector projects need SC clearance.";

export const EMPLOYERS = {
  monzo: employer({ name: "Monzo", sector: "Fintech", location: "London, or remote in the UK", regions: ["london"], remote: true, careersUrl: "https://monzo.com/careers", eligibility: null }),
  wise: employer({ name: "Wise", sector: "Fintech", location: "London", regions: ["london"], remote: false, careersUrl: "https://wise.jobs/", eligibility: null }),
  kraken: employer({ name: "Kraken Technologies (Octopus Energy)", sector: "Energy technology", location: "London and Manchester", regions: ["london", "north-west"], remote: false, careersUrl: "https://kraken.tech/careers", eligibility: null }),
  starling: employer({ name: "Starling Bank", sector: "Fintech", location: "London, Cardiff, Manchester, Southampton", regions: ["london", "wales", "north-west", "south-east"], remote: false, careersUrl: "https://www.starlingbank.com/careers/", eligibility: null }),
  zopa: employer({ name: "Zopa Bank", sector: "Fintech", location: "London", regions: ["london"], remote: false, careersUrl: "https://www.zopa.com/careers", eligibility: null }),
  bloomberg: employer({ name: "Bloomberg", sector: "Financial information", location: "London", regions: ["london"], remote: false, careersUrl: "https://www.bloomberg.com/company/careers/", eligibility: null }),
  ft: employer({ name: "Financial Times", sector: "Media", location: "London", regions: ["london"], remote: false, careersUrl: "https://aboutus.ft.com/careers", eligibility: null }),
  deepmind: employer({ name: "Google DeepMind", sector: "AI research", location: "London", regions: ["london"], remote: false, careersUrl: "https://deepmind.google/about/careers/", eligibility: null }),
  wayve: employer({ name: "Wayve", sector: "Autonomous vehicles", location: "London", regions: ["london"], remote: false, careersUrl: "https://wayve.ai/careers/", eligibility: null }),
  faculty: employer({ name: "Faculty", sector: "AI consultancy", location: "London", regions: ["london"], remote: false, careersUrl: "https://faculty.ai/careers/", eligibility: "Some public-sector work needs SC or DV clearance." }),
  gds: employer({ name: "Government Digital Service", sector: "Public sector", location: "London and Manchester", regions: ["london", "north-west"], remote: false, careersUrl: "https://www.gov.uk/government/organisations/government-digital-service/about/recruitment", eligibility: CIVIL_SERVICE }),
  dwp: employer({ name: "DWP Digital", sector: "Public sector", location: "Leeds, Newcastle, Manchester, Sheffield", regions: ["yorkshire", "north-east", "north-west"], remote: false, careersUrl: "https://careers.dwp.gov.uk/", eligibility: CIVIL_SERVICE }),
  hmrc: employer({ name: "HMRC Digital (CDIO group)", sector: "Public sector", location: "Telford, Newcastle, Manchester, Leeds", regions: ["west-midlands", "north-east", "north-west", "yorkshire"], remote: false, careersUrl: "https://careers.hmrc.gov.uk/", eligibility: CIVIL_SERVICE }),
  homeOffice: employer({ name: "Home Office Digital, Data and Technology", sector: "Public sector", location: "Sheffield, Croydon, Manchester", regions: ["yorkshire", "london", "north-west"], remote: false, careersUrl: "https://careers.homeoffice.gov.uk/", eligibility: "Civil Service nationality rules; most digital posts need SC clearance." }),
  ons: employer({ name: "Office for National Statistics", sector: "Public sector", location: "Newport, Titchfield, Darlington", regions: ["wales", "south-east", "north-east"], remote: false, careersUrl: "https://careers.ons.gov.uk/", eligibility: CIVIL_SERVICE }),
  metOffice: employer({ name: "Met Office", sector: "Public sector science", location: "Exeter", regions: ["south-west"], remote: false, careersUrl: "https://careers.metoffice.gov.uk/", eligibility: CIVIL_SERVICE }),
  mod: employer({ name: "Ministry of Defence (Defence Digital)", sector: "Defence", location: "Corsham, Bristol, London", regions: ["south-west", "london"], remote: false, careersUrl: "https://www.gov.uk/government/organisations/ministry-of-defence/about/recruitment", eligibility: "Most posts need SC clearance, some DV; many UK nationals only." }),
  gchq: employer({ name: "GCHQ", sector: "National security", location: "Cheltenham, Manchester, London", regions: ["south-west", "north-west", "london"], remote: false, careersUrl: "https://www.gchq-careers.co.uk/", eligibility: "British citizens only (dual nationals may apply); all need Developed Vetting (DV)." }),
  bae: employer({ name: "BAE Systems Digital Intelligence", sector: "Defence and security", location: "Guildford, Manchester, Leeds", regions: ["south-east", "north-west", "yorkshire"], remote: false, careersUrl: "https://www.baesystems.com/en/careers", eligibility: DEFENCE }),
  qinetiq: employer({ name: "QinetiQ", sector: "Defence technology", location: "Farnborough, Malvern, Boscombe Down", regions: ["south-east", "west-midlands", "south-west"], remote: false, careersUrl: "https://www.qinetiq.com/en/careers", eligibility: DEFENCE }),
  thales: employer({ name: "Thales UK", sector: "Defence and security", location: "Reading, Crawley, Glasgow, Belfast", regions: ["south-east", "scotland", "northern-ireland"], remote: false, careersUrl: "https://careers.thalesgroup.com/", eligibility: DEFENCE }),
  leonardo: employer({ name: "Leonardo UK", sector: "Defence and aerospace", location: "Edinburgh, Luton, Yeovil", regions: ["scotland", "east", "south-west"], remote: false, careersUrl: "https://uk.leonardo.com/en/careers", eligibility: DEFENCE }),
  ncc: employer({ name: "NCC Group", sector: "Cyber security", location: "Manchester, London, Cheltenham", regions: ["north-west", "london", "south-west"], remote: false, careersUrl: "https://www.nccgroup.com/uk/careers/", eligibility: "Some government-facing roles need SC clearance." }),
  darktrace: employer({ name: "Darktrace", sector: "Cyber security", location: "Cambridge and London", regions: ["east", "london"], remote: false, careersUrl: "https://darktrace.com/careers", eligibility: null }),
  arm: employer({ name: "Arm", sector: "Semiconductors", location: "Cambridge and Manchester", regions: ["east", "north-west"], remote: false, careersUrl: "https://careers.arm.com/", eligibility: null }),
  lloyds: employer({ name: "Lloyds Banking Group", sector: "Banking", location: "London, Leeds, Edinburgh, Bristol and more", regions: ["london", "yorkshire", "scotland", "north-west", "south-west"], remote: false, careersUrl: "https://www.lloydsbankinggroup.com/careers.html", eligibility: null }),
  natwest: employer({ name: "NatWest Group", sector: "Banking", location: "Edinburgh, London, Manchester", regions: ["scotland", "london", "north-west"], remote: false, careersUrl: "https://jobs.natwestgroup.com/", eligibility: null }),
  barclays: employer({ name: "Barclays", sector: "Banking", location: "London, Glasgow, Knutsford", regions: ["london", "scotland", "north-west"], remote: false, careersUrl: "https://search.jobs.barclays/", eligibility: null }),
  hsbc: employer({ name: "HSBC UK", sector: "Banking", location: "Birmingham, Sheffield, London", regions: ["west-midlands", "yorkshire", "london"], remote: false, careersUrl: "https://www.hsbc.com/careers", eligibility: null }),
  jpmorgan: employer({ name: "JPMorgan Chase", sector: "Banking", location: "Glasgow, London, Bournemouth", regions: ["scotland", "london", "south-west"], remote: false, careersUrl: "https://careers.jpmorgan.com/", eligibility: null }),
  nationwide: employer({ name: "Nationwide Building Society", sector: "Financial services", location: "Swindon, Northampton, London", regions: ["south-west", "east-midlands", "london"], remote: false, careersUrl: "https://www.nationwide.co.uk/careers/", eligibility: null }),
  aviva: employer({ name: "Aviva", sector: "Insurance", location: "Norwich, York, Bristol, Perth, London", regions: ["east", "yorkshire", "south-west", "scotland", "london"], remote: false, careersUrl: "https://careers.aviva.co.uk/", eligibility: null }),
  admiral: employer({ name: "Admiral Group", sector: "Insurance", location: "Cardiff, Newport, Swansea", regions: ["wales"], remote: false, careersUrl: "https://admiraljobs.co.uk/", eligibility: null }),
  kainos: employer({ name: "Kainos", sector: "IT services", location: "Belfast, Birmingham, London", regions: ["northern-ireland", "west-midlands", "london"], remote: false, careersUrl: "https://careers.kainos.com/", eligibility: PUBLIC_PROJECTS }),
  bt: employer({ name: "BT Group", sector: "Telecommunications", location: "London, Ipswich, Belfast, Birmingham", regions: ["london", "east", "northern-ireland", "west-midlands", "north-west"], remote: false, careersUrl: "https://www.bt.com/careers", eligibility: null }),
  vodafone: employer({ name: "Vodafone UK", sector: "Telecommunications", location: "Newbury and Manchester", regions: ["south-east", "north-west"], remote: false, careersUrl: "https://careers.vodafone.com/uk/", eligibility: null }),
  sky: employer({ name: "Sky", sector: "Media", location: "Osterley (London), Leeds, Livingston", regions: ["london", "yorkshire", "scotland"], remote: false, careersUrl: "https://careers.sky.com/", eligibility: null }),
  bbc: employer({ name: "BBC", sector: "Media", location: "Salford, London, Glasgow, Cardiff", regions: ["north-west", "london", "scotland", "wales"], remote: false, careersUrl: "https://careers.bbc.co.uk/", eligibility: null }),
  autoTrader: employer({ name: "Auto Trader UK", sector: "Online marketplaces", location: "Manchester", regions: ["north-west"], remote: false, careersUrl: "https://careers.autotrader.co.uk/", eligibility: null }),
  thg: employer({ name: "THG", sector: "E-commerce", location: "Manchester", regions: ["north-west"], remote: false, careersUrl: "https://www.thg.com/careers", eligibility: null }),
  skyscanner: employer({ name: "Skyscanner", sector: "Travel technology", location: "Edinburgh, Glasgow, London", regions: ["scotland", "london"], remote: false, careersUrl: "https://www.skyscanner.net/jobs", eligibility: null }),
  sage: employer({ name: "Sage", sector: "Business software", location: "Newcastle", regions: ["north-east"], remote: false, careersUrl: "https://www.sage.com/en-gb/company/careers/", eligibility: null }),
  ocado: employer({ name: "Ocado Technology", sector: "Retail technology", location: "Hatfield and London", regions: ["east", "london"], remote: false, careersUrl: "https://careers.ocadogroup.com/", eligibility: null }),
  tesco: employer({ name: "Tesco Technology", sector: "Retail", location: "Welwyn Garden City and London", regions: ["east", "london"], remote: false, careersUrl: "https://www.tesco-careers.com/", eligibility: null }),
  sainsburys: employer({ name: "Sainsbury's Tech", sector: "Retail", location: "London and Manchester", regions: ["london", "north-west"], remote: false, careersUrl: "https://www.sainsburys.jobs/", eligibility: null }),
  johnLewis: employer({ name: "John Lewis Partnership", sector: "Retail", location: "London and Bracknell", regions: ["london", "south-east"], remote: false, careersUrl: "https://www.jlpjobs.com/", eligibility: null }),
  asda: employer({ name: "Asda", sector: "Retail", location: "Leeds", regions: ["yorkshire"], remote: false, careersUrl: "https://www.asda.jobs/", eligibility: null }),
  boots: employer({ name: "Boots", sector: "Retail and health", location: "Nottingham", regions: ["east-midlands"], remote: false, careersUrl: "https://www.boots.jobs/", eligibility: null }),
  experian: employer({ name: "Experian", sector: "Data and analytics", location: "Nottingham and London", regions: ["east-midlands", "london"], remote: false, careersUrl: "https://jobs.experian.com/", eligibility: null }),
  rollsRoyce: employer({ name: "Rolls-Royce", sector: "Aerospace and defence", location: "Derby and Bristol", regions: ["east-midlands", "south-west"], remote: false, careersUrl: "https://careers.rolls-royce.com/", eligibility: "Defence work needs SC clearance; some UK nationals only." }),
  jlr: employer({ name: "JLR (Jaguar Land Rover)", sector: "Automotive", location: "Gaydon, Coventry, Manchester", regions: ["west-midlands", "north-west"], remote: false, careersUrl: "https://www.jaguarlandrovercareers.com/", eligibility: null }),
  gymshark: employer({ name: "Gymshark", sector: "E-commerce", location: "Solihull", regions: ["west-midlands"], remote: false, careersUrl: "https://careers.gymshark.com/", eligibility: null }),
  rightmove: employer({ name: "Rightmove", sector: "Online marketplaces", location: "London and Milton Keynes", regions: ["london", "south-east"], remote: false, careersUrl: "https://careers.rightmove.co.uk/", eligibility: null }),
  astraZeneca: employer({ name: "AstraZeneca", sector: "Pharmaceuticals", location: "Cambridge and Macclesfield", regions: ["east", "north-west"], remote: false, careersUrl: "https://careers.astrazeneca.com/", eligibility: null }),
  gsk: employer({ name: "GSK", sector: "Pharmaceuticals", location: "London and Stevenage", regions: ["london", "east"], remote: false, careersUrl: "https://www.gsk.com/en-gb/careers/", eligibility: null }),
  microsoft: employer({ name: "Microsoft UK", sector: "Cloud services", location: "Reading and London", regions: ["south-east", "london"], remote: false, careersUrl: "https://careers.microsoft.com/", eligibility: null }),
  aws: employer({ name: "Amazon Web Services UK", sector: "Cloud services", location: "London, Edinburgh, Manchester, Cambridge", regions: ["london", "scotland", "north-west", "east"], remote: false, careersUrl: "https://www.amazon.jobs/en/teams/aws", eligibility: null }),
  capgemini: employer({ name: "Capgemini UK", sector: "IT services", location: "London, Manchester, Telford, Woking", regions: ["london", "north-west", "west-midlands", "south-east"], remote: false, careersUrl: "https://www.capgemini.com/gb-en/careers/", eligibility: PUBLIC_PROJECTS }),
  accenture: employer({ name: "Accenture UK", sector: "Consulting", location: "London, Newcastle, Edinburgh, Manchester", regions: ["london", "north-east", "scotland", "north-west"], remote: false, careersUrl: "https://www.accenture.com/gb-en/careers", eligibility: PUBLIC_PROJECTS }),
  gitlab: employer({ name: "GitLab", sector: "Developer tools", location: "All-remote, hires across the UK", regions: [], remote: true, careersUrl: "https://about.gitlab.com/jobs/", eligibility: null }),
  canonical: employer({ name: "Canonical", sector: "Open-source software", location: "Remote-first, London office", regions: ["london"], remote: true, careersUrl: "https://canonical.com/careers", eligibility: null }),
  grafana: employer({ name: "Grafana Labs", sector: "Observability software", location: "Remote-first, hires across the UK", regions: [], remote: true, careersUrl: "https://grafana.com/about/careers/", eligibility: null }),
} satisfies Record<string, EmployerEntry>;

export type EmployerId = keyof typeof EMPLOYERS;

/** The employers a role names, in the order given (the Blueprint re-sorts them for the buyer's region). */
export const employersFor = (...ids: EmployerId[]): EmployerEntry[] => ids.map((id) => EMPLOYERS[id]);
