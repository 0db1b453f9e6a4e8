import type { Employer } from "../../domain/occupation-content";
import type { BlueprintModel } from "../blueprint-model";
import { proximity, sortForRegion } from "../employer-order";
import { clip, regionPlace } from "../format";
import { pageColumns, type PageRole } from "./sector-columns.data";

export { proximity, sortForRegion };

const PER_ROLE = 6;
// A column holds about this many lines of its small type above the advice; entries are taken in
// the buyer's order until the next would not fit, so long names or notes cost entries, not the sheet.
const COLUMN_LINES = 28;
// A sector's list (imported roles) fills its columns further: its entries carry who they hire and
// their checks, and the page has no per-role columns below it to leave room for.
const SECTOR_COLUMN_LINES = 34;
const CHARS_PER_LINE = { name: 28, small: 44 };
// Three columns on one sheet: the schema allows 80-character names and places, which wrap to four
// lines each there. Curated entries stay under these limits (tests/unit/catalogue-employers.test.ts),
// so only imported or extreme content is ever cut.
const MAX_NAME = 48;
const MAX_PLACE = 44;
const MAX_ELIGIBILITY = 100;
const MAX_LINK_TEXT = 34;

export type EmployerEntry = {
  name: string;
  sector: string;
  location: string;
  /** Why it sits where it does in the list: "In London", "Remote-friendly", "Nearby: South East"; null without region data. */
  where: string | null;
  local: boolean;
  eligibility: string | null;
  url: string | null;
  /** The address as printed under the name, short enough for a column; the whole address is the link. */
  linkText: string | null;
  /** Sector employers (imported roles): the roles it typically hires for. */
  hiresFor: string | null;
};
export type EmployerColumn = {
  targetId: number;
  title: string;
  employers: EmployerEntry[];
  note: string | null;
  /** Set when the column lists a sector's typical employers (imported roles, sector-columns.data.ts): its SOC major group and the paths it serves. */
  sector?: string;
  forTitles?: string[];
  /** A sector list flowed on from the column before: printed without its heading. */
  continued?: boolean;
};
export type Advice = { lead: string; body: string };
export type EmployersData = {
  heading: string;
  region: string;
  intro: string;
  columns: EmployerColumn[];
  firstTitle: string;
  projectTitle: string;
  /** The tracker's aim, counted from the plan's own apply steps so the two pages agree. */
  trackerGoal: string;
  /** How to approach the employers: for a move, or for a buyer whose plan keeps them in their role. */
  advice: Advice[];
};

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

export function trackerGoal(applications: readonly string[]): string {
  const n = applications.length;
  if (n === 0)
    return "Your plan keeps you in your role for these twelve weeks: use the list to follow how these employers describe the work, so your project speaks their language when you choose to move.";
  const count = COUNT_WORDS[n] ?? String(n);
  return `Aim for the day-90 milestone: ${count} named ${n === 1 ? "employer" : "employers"} (${applications.join(", ")}) approached with your project in hand.`;
}

export function linkText(url: string): string {
  const short = url
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/$/, "");
  return short.length <= MAX_LINK_TEXT ? short : `${new URL(url).hostname.replace(/^www\./, "")} (careers)`;
}

function entry(e: Employer, regionId: string): EmployerEntry {
  const { rank, where } = proximity(e, regionId);
  return {
    name: clip(e.name, MAX_NAME),
    // Sector employers (hiresFor set) are validated to a length at seed and printed whole: a clipped place misleads.
    sector: e.hiresFor ? e.sector : clip(e.sector, MAX_PLACE),
    location: e.hiresFor ? e.location : clip(e.location, MAX_PLACE),
    where,
    local: rank === 0,
    // Sector employers' notes are curated to a length (db/seed/sector-employers-schema.ts) and printed whole: a clipped rule misleads.
    eligibility: e.eligibility ? (e.hiresFor ? e.eligibility : clip(e.eligibility, MAX_ELIGIBILITY)) : null,
    url: e.careersUrl ?? null,
    linkText: e.careersUrl ? linkText(e.careersUrl) : null,
    hiresFor: e.hiresFor ?? null,
  };
}

/** Lines an entry takes in its column: name, where · place · sector, eligibility, link. */
export function entryLines(e: EmployerEntry): number {
  const lines = (text: string, per: number) => Math.max(1, Math.ceil(text.length / per));
  const detail = `${e.where ? `${e.where} · ` : ""}${e.location} · ${e.sector}`;
  return (
    lines(e.name, CHARS_PER_LINE.name) +
    lines(detail, CHARS_PER_LINE.small) +
    (e.eligibility ? lines(`Eligibility: ${e.eligibility}`, CHARS_PER_LINE.small) : 0) +
    (e.hiresFor ? lines(`Hires for: ${e.hiresFor}`, CHARS_PER_LINE.small) : 0) +
    (e.linkText ? 1 : 0) +
    0.6 // the gap below an entry
  );
}

/** `reserved`: lines the column's note takes above its entries. */
function fitColumn(entries: EmployerEntry[], reserved = 0, budget = COLUMN_LINES): EmployerEntry[] {
  const out: EmployerEntry[] = [];
  let used = reserved;
  for (const e of entries.slice(0, PER_ROLE)) {
    used += entryLines(e);
    if (used > budget && out.length > 0) break;
    out.push(e);
  }
  return out;
}

/** One column per pivot we hold a role for; a pivot whose target was deleted has nothing to list. */
export function selectEmployersPage(model: BlueprintModel): EmployersData {
  const regionId = model.input.answers.goals.region;
  const region = regionPlace(regionId);
  const stay = model.planPath.kind === "stay";
  const current = model.input.occupation;
  // A buyer staying in their role sees who hires for it first: staying need not mean staying with one employer.
  const roles = [
    ...(stay && current.content.employers?.length ? [{ id: current.id, title: `${current.title} (your role)`, target: current }] : []),
    ...model.pivots.flatMap(({ pivot, target }) => (target ? [{ id: pivot.targetId, title: pivot.title, target }] : [])),
  ].slice(0, 3);
  const columnFor = ({ id, title, target }: PageRole): EmployerColumn => {
    const all = target.content.employers ?? [];
    const employers = fitColumn(sortForRegion(all, regionId).map((e) => entry(e, regionId)));
    const hasRegions = all.some((e) => e.regions !== undefined);
    const note =
      all.length === 0 || !hasRegions || employers.some((e) => e.local)
        ? null
        : `None of the ${target.title} employers we list has a site in ${region}; remote-friendly and nearby ones first.`;
    return { targetId: id, title, employers, note };
  };
  // Imported roles list their sector's typical employers: one list per sector across its roles' columns.
  const columns = pageColumns(
    roles,
    columnFor,
    ({ target }) => {
      const entries = sortForRegion(target.content.employers ?? [], regionId).map((e) => entry(e, regionId));
      return {
        entries,
        note: entries.some((e) => e.local)
          ? null
          : `None has a site in ${region}: those across the UK, remote-friendly and nearby ones first.`,
      };
    },
    (entries, reserved) => fitColumn(entries, reserved, SECTOR_COLUMN_LINES),
  );
  const firstTitle = stay ? current.title : model.planPath.title;
  const firstPlural = stay ? current.pluralTitle : (model.planPath.target?.pluralTitle ?? `${firstTitle}s`);
  const projectTitle = model.plan.project.title;
  // Sector employers (councils, NHS boards, hauliers) write news and reports, not engineering blogs.
  const blogs = columns.some((c) => c.sector) ? "news or reports about their work" : "an engineering or design blog";
  const advice: Advice[] = stay
    ? [
        {
          lead: "Read before you write.",
          body: `Each of these publishes a careers page and most ${blogs}. Note how they describe the role today and what they now expect AI tools to do.`,
        },
        {
          lead: "Talk to people in your role elsewhere.",
          body: `Find two ${firstPlural} at a company on the list and ask for twenty minutes on how AI tools have changed their week and what their employer now asks of them.`,
        },
        {
          lead: "Lead with evidence.",
          body: `Your case study, “${projectTitle}”, is what you show your manager now and any employer later: the hours saved and what you did with them.`,
        },
        {
          lead: "Know your market.",
          body: `Compare these employers' ${firstTitle} adverts with your own job description and note any skill they ask for that your plan does not cover yet.`,
        },
      ]
    : [
        {
          lead: "Read before you write.",
          body: `Each of these publishes a careers page and most ${blogs}. Note one problem they have written about that your project speaks to.`,
        },
        {
          lead: "Talk to people before applying.",
          body: `Find two ${firstPlural} at a company on the list and ask for twenty minutes about their week. Ask what they wish new joiners knew; do not ask for a job.`,
        },
        {
          lead: "Lead with evidence.",
          body: `Link your portfolio project, “${projectTitle}”, and one sentence on the decision you are proudest of. A pivot is judged on proof of the new skills, not on years in the old role.`,
        },
        {
          lead: "Ask about internal moves.",
          body: `If your current employer has ${firstPlural}, an internal transfer is usually the fastest route: your context is already valued there.`,
        },
      ];
  return {
    region,
    intro: columns.some((c) => c.sector)
      ? `Sorted for you in ${region}: employers with a site in ${region} first, then those with sites across the UK, then remote-friendly ones, then neighbouring regions. ${columns.every((c) => c.sector) ? "They are" : "Where a column names a sector, they are"} typical employers of their sector in the UK, chosen because they employ people in this work, not live vacancies: open each careers page for what is advertised today.`
      : `Sorted for you in ${region}: employers with a site in ${region} first, then those that hire remotely, then neighbouring regions. They are typical employers for these roles, named from public job adverts, not live vacancies: open each careers page for what is advertised today.`,
    heading: stay ? "Who hires for your role and your paths" : "Who hires for your pivot roles",
    columns,
    firstTitle,
    projectTitle,
    trackerGoal: trackerGoal(model.plan.applications),
    advice,
  };
}
