import type { Employer } from "../../domain/occupation-content";
import type { BlueprintModel } from "../blueprint-model";
import { proximity, sortForRegion } from "../employer-order";
import { clip, regionName } from "../format";

export { proximity, sortForRegion };

const PER_ROLE = 6;
// A column holds about this many lines of its small type above the advice; entries are taken in
// the buyer's order until the next would not fit, so long names or notes cost entries, not the sheet.
const COLUMN_LINES = 28;
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
};
export type EmployerColumn = { targetId: number; title: string; employers: EmployerEntry[]; note: string | null };
export type EmployersData = {
  region: string;
  intro: string;
  columns: EmployerColumn[];
  firstTitle: string;
  projectTitle: string;
  /** The tracker's aim, counted from the plan's own apply steps so the two pages agree. */
  trackerGoal: string;
};

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

export function trackerGoal(applications: readonly string[]): string {
  const n = applications.length;
  if (n === 0) return "Your plan keeps you in your role for these twelve weeks: use the list to follow how these employers describe the work, so your project speaks their language when you choose to move.";
  const count = COUNT_WORDS[n] ?? String(n);
  return `Aim for the day-90 milestone: ${count} named ${n === 1 ? "employer" : "employers"} (${applications.join(", ")}) approached with your project in hand.`;
}

export function linkText(url: string): string {
  const short = url.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
  return short.length <= MAX_LINK_TEXT ? short : `${new URL(url).hostname.replace(/^www\./, "")} (careers)`;
}

function entry(e: Employer, regionId: string): EmployerEntry {
  const { rank, where } = proximity(e, regionId);
  return {
    name: clip(e.name, MAX_NAME),
    sector: clip(e.sector, MAX_PLACE),
    location: clip(e.location, MAX_PLACE),
    where,
    local: rank === 0,
    eligibility: e.eligibility ? clip(e.eligibility, MAX_ELIGIBILITY) : null,
    url: e.careersUrl ?? null,
    linkText: e.careersUrl ? linkText(e.careersUrl) : null,
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
    (e.linkText ? 1 : 0) +
    0.6 // the gap below an entry
  );
}

function fitColumn(entries: EmployerEntry[]): EmployerEntry[] {
  const out: EmployerEntry[] = [];
  let used = 0;
  for (const e of entries.slice(0, PER_ROLE)) {
    used += entryLines(e);
    if (used > COLUMN_LINES && out.length > 0) break;
    out.push(e);
  }
  return out;
}

/** One column per pivot we hold a role for; a pivot whose target was deleted has nothing to list. */
export function selectEmployersPage(model: BlueprintModel): EmployersData {
  const regionId = model.input.answers.goals.region;
  const region = regionName(regionId);
  const columns = model.pivots.flatMap(({ pivot, target }) => {
    if (!target) return [];
    const all = target.content.employers ?? [];
    const employers = fitColumn(sortForRegion(all, regionId).map((e) => entry(e, regionId)));
    const hasRegions = all.some((e) => e.regions !== undefined);
    const note =
      all.length === 0 || !hasRegions || employers.some((e) => e.local)
        ? null
        : `None of the ${pivot.title} employers we list has a site in ${region}; remote-friendly and nearby ones first.`;
    return [{ targetId: pivot.targetId, title: pivot.title, employers, note }];
  });
  return {
    region,
    intro: `Sorted for you in ${region}: employers with a site in ${region} first, then those that hire remotely, then neighbouring regions. They are typical employers for these roles, named from public job adverts, not live vacancies: open each careers page for what is advertised today.`,
    columns,
    firstTitle: model.pivots[0]?.pivot.title ?? model.input.occupation.title,
    projectTitle: model.plan.project.title,
    trackerGoal: trackerGoal(model.plan.applications),
  };
}
