import { isBusinessDay, londonDate, londonMidnight } from "./business-days";

/**
 * The fulfilment SLA badge. An order owed a blueprint is `breached` once its due time has passed,
 * `at_risk` when at most four working hours remain before it, otherwise `on_track`.
 * Working hours are 09:00–17:00 London time on England & Wales business days: due times are
 * midnights, and counting the whole day would only raise the alarm after everyone had gone home.
 */
export type SlaState = "on_track" | "at_risk" | "breached";

export const SLA_STATES: readonly SlaState[] = ["on_track", "at_risk", "breached"];
export const AT_RISK_WORKING_MS = 4 * 3_600_000;
const DAY_START_HOUR = 9;
const DAY_END_HOUR = 17;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The working window [start, end) of a London date, or null on weekends and bank holidays. */
const businessDays = new Map<string, boolean>();
/** date-holidays is slow per call (~50 µs); the queue asks about the same few dates for every row. */
function isWorkingDate(date: string): boolean {
  let known = businessDays.get(date);
  if (known === undefined) {
    known = isBusinessDay(date);
    if (businessDays.size > 5_000) businessDays.clear();
    businessDays.set(date, known);
  }
  return known;
}

function workingWindow(date: string): { start: number; end: number } | null {
  if (!isWorkingDate(date)) return null;
  // Working hours never cross a clock change (01:00 UTC), so midnight + hours is exact.
  const midnight = londonMidnight(date).getTime();
  return { start: midnight + DAY_START_HOUR * 3_600_000, end: midnight + DAY_END_HOUR * 3_600_000 };
}

/** Working milliseconds between two instants, counting at most `cap` (enough to decide a badge). */
export function workingMsBetween(from: Date, to: Date, cap = Number.POSITIVE_INFINITY): number {
  let total = 0;
  for (let date = londonDate(from); londonMidnight(date).getTime() < to.getTime() && total <= cap; date = addDays(date, 1)) {
    const w = workingWindow(date);
    if (!w) continue;
    total += Math.max(0, Math.min(w.end, to.getTime()) - Math.max(w.start, from.getTime()));
  }
  return total;
}

export function slaState(now: Date, dueAt: Date): SlaState {
  if (now.getTime() >= dueAt.getTime()) return "breached";
  return workingMsBetween(now, dueAt, AT_RISK_WORKING_MS) <= AT_RISK_WORKING_MS ? "at_risk" : "on_track";
}

/**
 * The latest due time that is at risk at `now` (due times after it are on track), so the queue
 * can filter by badge in SQL: at risk ⇔ now ≤ due ≤ horizon. Four working hours from now, and
 * if they end at a window's close, everything up to the next window's opening as well.
 */
export function atRiskHorizon(now: Date): Date {
  let left = AT_RISK_WORKING_MS;
  let cursor = now.getTime();
  for (let date = londonDate(now); ; date = addDays(date, 1)) {
    const w = workingWindow(date);
    if (!w || w.end <= cursor) continue;
    const from = Math.max(w.start, cursor);
    if (left > 0 && from + left < w.end) return new Date(from + left);
    if (left === 0) return new Date(from);
    left -= w.end - from;
    cursor = w.end;
  }
}
