import { londonDate } from "../../domain/london-date";
import { daysBetween } from "./funnel";

/**
 * Money per London day for the funnel page, in pence (GBP). Pure: the service reads orders and
 * their refund audit rows; everything about which day a pound lands on is decided here.
 *
 * - A sale counts on the day the order was paid (accepted as paid: exact amount, GBP).
 * - A refund counts on the day it happened, however long after the sale. Stripe reports the
 *   charge's running total refunded; each refund row adds what that total grew by, so two partial
 *   refunds and then the rest never count more than the order's amount.
 * - Orders never accepted as paid (held for a wrong amount or currency, a refund that overtook
 *   the payment) are in neither gross nor refunds: no sale of ours was made or unmade.
 */
export type MoneyOrder = {
  id: string;
  amount: number;
  paidAt: Date | null;
  /** Refund audit rows in any order; amountRefunded null = a full refund with no figure recorded. */
  refunds: { at: Date; amountRefunded: number | null }[];
};

export type MoneyDay = { day: string; orders: number; gross: number; refunds: number; net: number; averageOrderValue: number | null };

type Totals = Omit<MoneyDay, "day">;

const withDerived = (orders: number, gross: number, refunds: number): Totals => ({
  orders,
  gross,
  refunds,
  net: gross - refunds,
  averageOrderValue: orders > 0 ? Math.round(gross / orders) : null,
});

/** How much each refund row returned, by instant: increments of the running total, capped at the amount. */
export function refundIncrements(order: MoneyOrder): { at: Date; amount: number }[] {
  const rows = [...order.refunds].sort((a, b) => a.at.getTime() - b.at.getTime());
  let refunded = 0;
  const out: { at: Date; amount: number }[] = [];
  for (const r of rows) {
    const total = Math.min(order.amount, r.amountRefunded ?? order.amount);
    if (total > refunded) out.push({ at: r.at, amount: total - refunded });
    refunded = Math.max(refunded, total);
  }
  return out;
}

/**
 * londonDate through Intl costs ~20 µs; London days start on a whole UTC hour (00:00 or 23:00),
 * so every instant in one UTC hour has the same date and a year of orders needs ~9k calls, not 100k.
 */
function londonDayCache(): (at: Date) => string {
  const byHour = new Map<number, string>();
  return (at) => {
    const hour = Math.floor(at.getTime() / 3_600_000);
    let day = byHour.get(hour);
    if (day === undefined) byHour.set(hour, (day = londonDate(at)));
    return day;
  };
}

export function moneyByDay(orders: MoneyOrder[], range: { from: string; to: string }): MoneyDay[] {
  const dayOf = londonDayCache();
  const days = new Map(daysBetween(range.from, range.to).map((day) => [day, { orders: 0, gross: 0, refunds: 0 }]));
  for (const o of orders) {
    if (!o.paidAt) continue;
    const sale = days.get(dayOf(o.paidAt));
    if (sale) {
      sale.orders += 1;
      sale.gross += o.amount;
    }
    for (const r of refundIncrements(o)) {
      const d = days.get(dayOf(r.at));
      if (d) d.refunds += r.amount;
    }
  }
  return [...days].map(([day, d]) => ({ day, ...withDerived(d.orders, d.gross, d.refunds) }));
}

export function moneyTotals(days: MoneyDay[]): Totals {
  return withDerived(
    days.reduce((n, d) => n + d.orders, 0),
    days.reduce((n, d) => n + d.gross, 0),
    days.reduce((n, d) => n + d.refunds, 0),
  );
}

/** £1,234.50 from pence; negatives as −£12.00. */
export function gbp(pence: number): string {
  const abs = (Math.abs(pence) / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${pence < 0 ? "−" : ""}£${abs}`;
}
