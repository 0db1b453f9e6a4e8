import type { BlueprintModel } from "../blueprint-model";
import { clip, money } from "../format";

const TICK = 10_000;

export type SalaryRow = { key: number; label: string; band: { p25: string; median: string; p75: string } | null };
export type RangeRow = { key: number; label: string; p25: number; median: number; p75: number; current: boolean };
export type RangeChart = { rows: RangeRow[]; lo: number; hi: number; ticks: { value: number; label: string }[] };
export type SalarySource = { key: number; title: string; text: string };

export type SalaryData = {
  region: string;
  regional: string;
  rows: SalaryRow[];
  chart: RangeChart | null;
  sources: SalarySource[];
};

/** Regional bands only where the source publishes them; otherwise the catalogue's note says what is known. */
export function regionalText(model: BlueprintModel): string {
  const band = model.input.occupation.content.salary;
  const local = band?.regions?.find((r) => r.region === model.input.answers.goals.region);
  if (local) return `${model.input.occupation.title} adverts give ${money(local.p25)}–${money(local.p75)}, median ${money(local.median)} (same source).`;
  return band?.regionalNote ?? "we hold no regional figures for these roles; the bands below are UK-wide.";
}

/** Whole £10k steps around every band, so the bars line up on round figures. */
function rangeChart(rows: RangeRow[]): RangeChart | null {
  if (!rows.length) return null;
  const lo = Math.floor(Math.min(...rows.map((r) => r.p25)) / TICK) * TICK;
  const hi = Math.ceil(Math.max(...rows.map((r) => r.p75)) / TICK) * TICK;
  const ticks = Array.from({ length: Math.round((hi - lo) / TICK) + 1 }, (_, i) => lo + i * TICK).map((value) => ({ value, label: `£${value / 1000}k` }));
  return { rows, lo, hi, ticks };
}

export function selectSalaryPage(model: BlueprintModel): SalaryData {
  const { occupation } = model.input;
  const roles = [
    { label: `${occupation.title} (now)`, occupation },
    ...model.pivots.flatMap((p) => (p.target ? [{ label: p.target.title, occupation: p.target }] : [])),
  ];
  return {
    region: model.region,
    regional: regionalText(model),
    rows: roles.map(({ label, occupation: o }) => {
      const band = o.content.salary;
      return { key: o.id, label, band: band ? { p25: money(band.p25), median: money(band.median), p75: money(band.p75) } : null };
    }),
    chart: rangeChart(
      roles.flatMap(({ label, occupation: o }) => {
        const band = o.content.salary;
        return band ? [{ key: o.id, label: clip(label, 32), p25: band.p25, median: band.median, p75: band.p75, current: o === occupation }] : [];
      }),
    ),
    sources: roles.map(({ occupation: o }) => {
      const band = o.content.salary;
      return { key: o.id, title: o.title, text: band ? `${band.source} (${band.year})${band.sourceUrl ? ` — ${band.sourceUrl}` : ""}` : "no salary source held." };
    }),
  };
}
