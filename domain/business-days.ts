import Holidays from "date-holidays";
import { londonDate } from "./london-date";

export { londonDate };

/**
 * UK (England & Wales) business-day arithmetic in Europe/London, for the fulfilment SLA.
 * Pure: bank holidays, including substitute days, come from date-holidays' bundled rules.
 */
const ZONE = "Europe/London";
const holidays = new Holidays("GB", "ENG", { types: ["public"] });

const offsetFormat = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, timeZoneName: "longOffset" });

function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The instant London midnight begins on a calendar date. */
export function londonMidnight(date: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offset at midnight is stable (UK clocks change at 01:00 UTC); one correction suffices.
  const guess = utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000;
  return new Date(utcMidnight - offsetMinutes(new Date(guess)) * 60_000);
}

function nextDate(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function isBankHoliday(date: string): boolean {
  const found = holidays.isHoliday(new Date(`${date}T12:00:00Z`));
  return Array.isArray(found) && found.some((h) => h.type === "public");
}

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

/**
 * Due time for an order paid at `paidAt`: the end (London midnight) of the `days`-th business day
 * after the day of payment. The payment day itself never counts, whatever the time.
 * Example: paid Friday 15:00 with days = 2 → due at the end of Tuesday.
 */
export function dueAfterBusinessDays(paidAt: Date, days: number): Date {
  let date = londonDate(paidAt);
  let counted = 0;
  while (counted < days) {
    date = nextDate(date);
    if (isBusinessDay(date)) counted += 1;
  }
  return londonMidnight(nextDate(date));
}
