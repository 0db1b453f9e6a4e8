/**
 * The London calendar date of an instant, apart from business-days.ts: that module loads
 * date-holidays (1.4 MB), which a browser page that only formats dates must not download.
 */
const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** The London calendar date (YYYY-MM-DD) of an instant. */
export function londonDate(instant: Date): string {
  return dateFormat.format(instant);
}
