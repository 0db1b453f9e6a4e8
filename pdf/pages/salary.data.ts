import type { SalaryBand } from "../../domain/occupation-content";
import { payPosition, salaryBandById, type PayPosition, type SalaryBandOption } from "../../domain/salary-bands";
import type { BlueprintModel } from "../blueprint-model";
import type { BlueprintOccupation } from "../blueprint-input";
import { clip, dateLong, money, regionName, regionPlace, SENIORITY_LABEL } from "../format";
import { basisText, ratioBars, usBand, usBasis, usDating, usSource, usVersus, usYouText, type RatioBar } from "./pay-ratio.data";

const TICK = 10_000;
// Curated sources and periods are well under these; only schema-limit content is shortened.
const MAX_SOURCE = 90;
const MAX_TITLE = 50;
const MAX_PERIOD = 32;
const MAX_REGIONAL = 340;

export type SalaryRow = {
  key: number;
  label: string;
  /** "London", or "UK-wide" when the source gives no figure for the buyer's region. */
  scope: string;
  band: { p25: string; median: string; p75: string } | null;
  /** The row against the buyer's own band, or against the role's median when they gave none. */
  versus: string;
};
export type RangeRow = { key: number; label: string; p25: number; median: number | null; p75: number; current: boolean; you: boolean };
export type RangeChart = { rows: RangeRow[]; lo: number; hi: number; ticks: { value: number; label: string }[] };
export type SalarySource = { key: string; title: string; text: string; url: string | null };

export type SalaryData = {
  region: string;
  /** The region as a sentence names it: "the North East", "Wales". */
  place: string;
  /** What the second panel line is about: the buyer's region, or which figures are UK and which US-derived. */
  regionalLabel: string;
  /** Where the buyer's pay sits, or that the page compares with the role's typical (median) salary. */
  you: string;
  regional: string;
  rows: SalaryRow[];
  chart: RangeChart | null;
  sources: SalarySource[];
  /** How current the figures are, said plainly. */
  dating: string;
  /** Heading of the comparison column: the buyer's own band, or their role's typical salary. */
  compareHeading: string;
  /** Roles without a UK band (imported): each path's US median as a ratio of the current role's; null when none. */
  ratios: RatioBar[] | null;
};

type Figures = { p25: number; median: number; p75: number; scope: string; source: SourceFields; regional: boolean };
type SourceFields = { url: string | null; period: string | null; sampleSize: number | null };

/** The buyer's region's band where the source publishes one, else the UK-wide band. */
export function figuresFor(band: SalaryBand, regionId: string): Figures {
  const local = band.regions?.find((r) => r.region === regionId);
  if (local) {
    return {
      p25: local.p25,
      median: local.median,
      p75: local.p75,
      scope: regionName(regionId),
      regional: true,
      source: {
        url: local.sourceUrl ?? band.sourceUrl ?? null,
        period: local.period ?? band.period ?? null,
        sampleSize: local.sampleSize ?? null,
      },
    };
  }
  return {
    p25: band.p25,
    median: band.median,
    p75: band.p75,
    scope: "UK-wide",
    regional: false,
    source: { url: band.sourceUrl ?? null, period: band.period ?? null, sampleSize: band.sampleSize ?? null },
  };
}

/**
 * A role's median set against the current role's on the same basis: both for the buyer's region
 * when the source publishes both, otherwise both UK-wide. A London figure against a UK-wide one
 * would read as a pay cut that is only the London premium.
 */
export function comparableMedians(
  from: SalaryBand,
  to: SalaryBand,
  regionId: string,
): { from: number; to: number; scope: string; regional: boolean } {
  const a = figuresFor(from, regionId);
  const b = figuresFor(to, regionId);
  if (a.regional && b.regional) return { from: a.median, to: b.median, scope: a.scope, regional: true };
  return { from: from.median, to: to.median, scope: "UK-wide", regional: false };
}

const POSITION_TEXT: Record<PayPosition, string> = {
  below:
    "below the lower quartile: most adverts for the role pay more than you earn now, so there is room to grow in your current role as well as by moving",
  "lower-half": "between the lower quartile and the median, where people still building experience in the role usually sit",
  "upper-half": "between the median and the upper quartile: above the typical advert for the role",
  top: "at or above the median, and may pass the upper quartile: above the typical advert for the role",
  above:
    "above the upper quartile: more than three in four adverts for the role offer, so compare targets' upper figures rather than their medians",
  straddles: "spread across most of the advertised range",
};

const POSITION_SHORT: Record<PayPosition, string> = {
  below: "you: below its 25th",
  "lower-half": "you: 25th to median",
  "upper-half": "you: median to 75th",
  top: "you: median or above",
  above: "you: above its 75th",
  straddles: "you: across its range",
};

/** A target's median against the buyer's own band: above, within or below it, by how much. */
export function versusBand(median: number, own: SalaryBandOption): string {
  if (own.max !== null && median > own.max) return `median ${money(median - own.max)} above your band`;
  if (median < own.min) return `median ${money(own.min - median)} below your band`;
  return "median within your band";
}

/** Against the current role's typical (median) salary, never called the buyer's own; `scope` names a basis other than the row's own. */
export function versusTypical(median: number, typical: number, scope = ""): string {
  const diff = median - typical;
  const basis = scope ? `, ${scope}` : "";
  if (diff === 0) return `same median as your role's${basis}`;
  return `median ${money(Math.abs(diff))} ${diff > 0 ? "more" : "less"} than your role's${basis}`;
}

function youText(model: BlueprintModel, own: SalaryBandOption | null, current: Figures | null): string {
  const { occupation, answers } = model.input;
  const where = current ? (current.regional ? `in ${current.scope}` : "across the UK") : "";
  if (own && current) {
    return `You told us you earn ${own.label.replace(/^Under/, "under")} a year. ${occupation.title} adverts ${where} pay ${money(current.p25)} to ${money(current.p75)} for the middle half, median ${money(current.median)}: your pay is ${POSITION_TEXT[payPosition(own, current)]}.`;
  }
  if (own)
    return `You told us you earn ${own.label.replace(/^Under/, "under")} a year. We hold no salary band for ${occupation.title} to place it against.`;
  if (!current) return `You did not give your salary, and we hold no salary band for ${occupation.title} yet.`;
  const level = SENIORITY_LABEL[answers.experience.seniority];
  const place = {
    junior: "nearer the lower quartile",
    mid: "around the middle",
    senior: "nearer the upper quartile",
    lead: "nearer the upper quartile",
  }[answers.experience.seniority];
  const typical = current.regional
    ? `${money(current.median)} ${where} and ${money(occupation.content.salary!.median)} UK-wide, each role set against the figure on its own basis`
    : `${money(current.median)} ${where}`;
  return `You did not give your salary, so this page compares each role with the typical (median) salary for ${occupation.title}: ${typical}; yours may be higher or lower. The source does not split pay by seniority; at your level (${level}), expect pay ${place} of the band.`;
}

/** Says which figures are regional, which UK-wide, and what the source gives between the two. */
export function regionalText(model: BlueprintModel): string {
  const { occupation, answers } = model.input;
  const band = occupation.content.salary;
  const region = regionName(answers.goals.region);
  if (!band) return `We hold no salary figures for ${occupation.title}, for ${region} or UK-wide.`;
  const local = band.regions?.find((r) => r.region === answers.goals.region);
  const parts = [
    local
      ? `${occupation.title} figures are for ${region}; roles without a ${region} figure are UK-wide.`
      : `We hold no ${region} figures for these roles: the bands are UK-wide.`,
  ];
  if (!local && answers.goals.region !== "london" && band.outsideLondonMedian) {
    parts.push(`Outside London, ${occupation.title} adverts have a median of ${money(band.outsideLondonMedian)} (same source).`);
  }
  if (band.regionalNote) parts.push(band.regionalNote);
  return clip(parts.join(" "), MAX_REGIONAL);
}

/** Whole £10k steps around every band, so the bars line up on round figures. */
function rangeChart(rows: RangeRow[]): RangeChart | null {
  if (!rows.some((r) => !r.you)) return null;
  const lo = Math.floor(Math.min(...rows.map((r) => r.p25)) / TICK) * TICK;
  const hi = Math.ceil(Math.max(...rows.map((r) => r.p75)) / TICK) * TICK;
  const ticks = Array.from({ length: Math.round((hi - lo) / TICK) + 1 }, (_, i) => lo + i * TICK).map((value) => ({
    value,
    label: `£${value / 1000}k`,
  }));
  return { rows, lo, hi, ticks };
}

function sourceText(band: SalaryBand, f: SourceFields): string {
  const when = f.period ?? String(band.year);
  const sample = f.sampleSize ? `, ${f.sampleSize} advertised salaries` : "";
  const rounding = band.roundedTo
    ? `; rounded by us to the nearest ${money(band.roundedTo)}`
    : band.roundedTo === 0
      ? "; as published"
      : "";
  return `${clip(band.source, MAX_SOURCE)}, ${clip(when, MAX_PERIOD)}${sample}${rounding}.`;
}

function datingText(model: BlueprintModel, bands: SalaryBand[]): string {
  const reviewed = bands
    .map((b) => b.reviewedOn)
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  const years = bands.map((b) => b.year);
  const orderYear = new Date(model.input.orderDate).getUTCFullYear();
  const parts = [
    reviewed
      ? `The latest figures in our catalogue at its review on ${dateLong(`${reviewed}T12:00:00Z`)}.`
      : "The latest figures in our catalogue.",
  ];
  if (years.length && orderYear > Math.min(...years)) parts.push(`Some date from ${Math.min(...years)}; pay may have moved since.`);
  parts.push("The source updates daily: follow a link for today's figures. Advertised pay is not agreed pay.");
  return parts.join(" ");
}

export function selectSalaryPage(model: BlueprintModel): SalaryData {
  const { occupation, answers } = model.input;
  const regionId = answers.goals.region;
  const own = salaryBandById(answers.goals.salaryBand);
  const roles: { label: string; o: BlueprintOccupation; current: boolean }[] = [
    { label: `${occupation.title} (now)`, o: occupation, current: true },
    ...model.pivots.flatMap((p) => (p.target ? [{ label: p.target.title, o: p.target, current: false }] : [])),
  ];
  const figures = roles.map((r) => ({
    ...r,
    band: r.o.content.salary ?? null,
    f: r.o.content.salary ? figuresFor(r.o.content.salary, regionId) : null,
  }));
  // Roles with no UK band but US wages (imported) show BLS figures and ratios instead (pay-ratio.data.ts).
  const anyUs = roles.some((r) => usBasis(r.o));
  const current = figures[0]!.f;
  const currentBand = figures[0]!.band;

  const versus = (f: Figures | null, isCurrent: boolean, band: SalaryBand | null): string => {
    if (!f) return "no band held";
    if (own) return isCurrent ? POSITION_SHORT[payPosition(own, f)] : versusBand(f.median, own);
    if (isCurrent) return "the typical salary";
    if (!current || !currentBand || !band) return usBasis(occupation) ? "no UK band for your role to compare" : "no band for your role";
    const like = comparableMedians(currentBand, band, regionId);
    return versusTypical(like.to, like.from, like.regional === current.regional ? "" : like.scope);
  };

  const youRow: RangeRow[] = own
    ? [
        {
          key: -1,
          label: "You (your band)",
          p25: own.min,
          median: null,
          p75: own.max ?? Math.max(own.min + TICK, ...figures.flatMap((x) => (x.f ? [x.f.p75] : []))),
          current: false,
          you: true,
        },
      ]
    : [];

  const sources: SalarySource[] = figures.flatMap(({ o, band, f }) =>
    usBasis(o)
      ? [usSource(o)]
      : band && f
        ? [
            {
              key: `${o.id}`,
              title: f.regional ? `${clip(o.title, MAX_TITLE)}, ${f.scope}` : clip(o.title, MAX_TITLE),
              text: sourceText(band, f.source),
              url: f.source.url,
            },
          ]
        : [{ key: `${o.id}`, title: o.title, text: "no salary source held.", url: null }],
  );

  return {
    region: regionName(regionId),
    place: regionPlace(regionId),
    regionalLabel: usBasis(occupation) ? "Which figures are which" : `In ${regionPlace(regionId)}`,
    you: !current && usBasis(occupation) ? usYouText(model) : youText(model, own, current),
    regional: usBasis(occupation)
      ? basisText(model)
      : anyUs
        ? `${regionalText(model)} Rows marked US (BLS) are US national wages in dollars, for roles we hold no UK band for: they cannot be set against UK figures.`
        : regionalText(model),
    rows: figures.map(({ o, label, f, band, current: isCurrent }) =>
      usBasis(o)
        ? { key: o.id, label, scope: "US (BLS)", band: usBand(o.usWages), versus: usVersus(model, o, isCurrent) }
        : {
            key: o.id,
            label,
            scope: f?.scope ?? "",
            band: f ? { p25: money(f.p25), median: money(f.median), p75: money(f.p75) } : null,
            versus: versus(f, isCurrent, band),
          },
    ),
    chart: rangeChart([
      ...youRow,
      ...figures.flatMap(({ o, label, f, current: isCurrent }) =>
        f ? [{ key: o.id, label: clip(label, 32), p25: f.p25, median: f.median, p75: f.p75, current: isCurrent, you: false }] : [],
      ),
    ]),
    sources,
    dating: [
      figures.some((x) => x.band)
        ? datingText(
            model,
            figures.flatMap((x) => (x.band ? [x.band] : [])),
          )
        : null,
      anyUs ? usDating() : null,
    ]
      .filter(Boolean)
      .join(" "),
    compareHeading: own ? "Against your pay" : "Against your role's median",
    ratios: ratioBars(model),
  };
}
