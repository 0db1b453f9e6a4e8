import { isOrderId, orderReference } from "../../domain/order-reference";
import { ALL_WORKERS_EXPOSURE, ALL_WORKERS_SOURCE } from "../../domain/benchmarks";
import { andList, HOURS_TO_REACH } from "../../domain/blueprint-plan";
import { ADJACENT_MATCH, EXPOSURE_WEIGHT, HELD_COVERAGE, RESILIENT_DROP, RESILIENT_MIN_MATCH } from "../../domain/pivots";
import { SENIORITY_ADJUSTMENT } from "../../domain/scoring";
import type { SourceRef } from "../../domain/occupation-content";
import { estimatedSkillsSource } from "../../domain/estimated-skills";
import { APPLICABILITY_RESEARCH, BLS_WAGES_SOURCE, EXPOSURE_RESEARCH, ONET_SOURCE } from "../../domain/research-sources";
import { blueprintRoles, type BlueprintModel } from "../blueprint-model";
import { clip } from "../format";
import { toFontSafe } from "../text-safe";

const MAX_SOURCES = 10;
/** The catalogue's longest label is 92 characters; the schema allows 200, three lines each here. */
const MAX_LABEL = 200;

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? "0" : `-${-n}`);

export type MethodData = {
  scoringVersion: string;
  adjustment: { junior: string; mid: string; senior: string; lead: string };
  allWorkers: number;
  heldPercent: number;
  exposureWeight: number;
  adjacentMatch: number;
  /** Whether the page has room for the longer account of ranking and labels (not at the schema's limits). */
  full: boolean;
  resilientDrop: number;
  resilientMatch: number;
  /** "5, 10, 20, 40 and 80": hours of study and practice per level step, the plan's own figures. */
  levelHours: string;
  /** The all-workers reference comes first: every Blueprint uses it. */
  benchmarkSource: string;
  sources: SourceRef[];
  /** How an imported role's paths were found; null when every role is curated. */
  importedPaths: string | null;
  /** Where pay, employers and the words come from, for the catalogues this Blueprint's roles are from. */
  pay: string;
  employers: string;
  authorship: string;
  orderId: string;
};

const CURATED = {
  pay: "Salary bands are the 25th, median and 75th percentile of advertised UK salaries from the source named with each band, UK-wide unless a regional figure is shown.",
  employers: "Employers are organisations that advertise these roles in the UK; we have no arrangement with any of them.",
  authorship:
    "Occupation descriptions, task lists, timelines, salary summaries and employer lists are Career Pivot's own writing, drawing on the sources above.",
};
const IMPORTED = {
  pay: "Pay for roles from the research catalogue is US national wages (BLS OEWS May 2021), shown as the ratio of a path's median to your role's and applied to your own band where you gave one: we hold no UK figures for them.",
  employers:
    "Employers for roles from the research catalogue are typical UK employers of the role's sector, listed by region, not live vacancies; we have no arrangement with any of them.",
  authorship:
    "Task statements, skills and job zones of roles from the research catalogue are O*NET's, with Eloundou et al.'s exposure labels; the short task names quoted in sentences are cut from them by us. Plans, employer lists and summaries are Career Pivot's own writing.",
  paths:
    "Paths from a role of the research catalogue are found by how alike the work is (the words of the two roles' O*NET task statements), weighed with skills, job zone (the preparation O*NET says a role needs), US pay and exposure. A move far down in preparation or pay is not a path here (your result lists such step downs only if you asked for them), and one that needs a new degree or licence is listed apart as a long-term path.",
};

/**
 * The current role's sources, then each pivot target's, each label once; first, for any of them
 * O*NET rates no skills for, that its skill levels are estimates (domain/estimated-skills.ts).
 */
export function sourcesOf(model: BlueprintModel): SourceRef[] {
  const roles = blueprintRoles(model);
  const estimated = roles.flatMap((o) =>
    o.content.research?.skillsEstimatedFrom?.length
      ? [{ label: estimatedSkillsSource(o.title, o.content.research.skillsEstimatedFrom.length) }]
      : [],
  );
  // Roles from the research catalogue carry no source list of their own: theirs is the research.
  const imported = roles.filter((o) => o.origin === "imported");
  const research = imported.length
    ? [
        EXPOSURE_RESEARCH,
        ONET_SOURCE,
        ...(imported.some((o) => o.usWages) ? [BLS_WAGES_SOURCE] : []),
        ...(model.input.occupation.origin === "imported" && model.input.occupation.content.research?.aiApplicability !== undefined
          ? [APPLICABILITY_RESEARCH]
          : []),
      ]
    : [];
  const all = [...estimated, ...research, ...roles.flatMap((o) => o.content.sources ?? [])];
  const seen = new Set<string>();
  return all
    .filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)))
    .slice(0, MAX_SOURCES)
    .map((r) => ({ ...r, label: clip(r.label, MAX_LABEL) }));
}

export function selectMethodPage(model: BlueprintModel): MethodData {
  const adj = SENIORITY_ADJUSTMENT;
  return {
    scoringVersion: model.input.scoringVersion,
    adjustment: { junior: signed(adj.junior), mid: signed(adj.mid), senior: signed(adj.senior), lead: signed(adj.lead) },
    allWorkers: ALL_WORKERS_EXPOSURE,
    heldPercent: Math.round(HELD_COVERAGE * 100),
    exposureWeight: EXPOSURE_WEIGHT,
    adjacentMatch: ADJACENT_MATCH,
    full: model.roomy,
    resilientDrop: RESILIENT_DROP,
    resilientMatch: RESILIENT_MIN_MATCH,
    levelHours: andList(Object.values(HOURS_TO_REACH).map(String)),
    benchmarkSource: toFontSafe(ALL_WORKERS_SOURCE),
    sources: sourcesOf(model),
    ...catalogueNotes(model),
    // The reference buyers quote (as on the cover and in the emails), not the raw order id.
    orderId: isOrderId(model.input.orderId) ? orderReference(model.input.orderId) : model.input.orderId,
  };
}

/** The method's account of pay, employers and authorship, for whichever catalogues this Blueprint's roles come from. */
function catalogueNotes(model: BlueprintModel): Pick<MethodData, "importedPaths" | "pay" | "employers" | "authorship"> {
  const roles = blueprintRoles(model);
  const imported = roles.some((o) => o.origin === "imported");
  const curated = roles.some((o) => o.origin !== "imported");
  const pick = (key: "pay" | "employers" | "authorship") =>
    [curated ? CURATED[key] : "", imported ? IMPORTED[key] : ""].filter(Boolean).join(" ");
  return {
    importedPaths: model.input.occupation.origin === "imported" ? IMPORTED.paths : null,
    pay: pick("pay"),
    employers: pick("employers"),
    authorship: pick("authorship"),
  };
}
