import { stringify } from "csv-stringify/sync";
import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { moneyByDay, refundIncrements, type MoneyDay, type MoneyOrder } from "./funnel-money";

type Range = { from: string; to: string };

/** The refund audit rows the webhook writes: `refunded` (a full refund) and `partial_refund` notes. */
const REFUND_ACTIONS = ["refunded", "partial_refund"];

type TouchedOrder = MoneyOrder & {
  currency: string;
  reference: string;
  status: OrderStatus;
  createdAt: Date;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
};

/**
 * Orders whose money moved in the range (London days): paid in it (orders_paid_at_idx), or
 * refunded, fully or in part, in it (order_events_refunds_idx), each with all its refund rows so
 * Stripe's running totals can be turned into amounts. `full` adds what the CSV shows.
 */
async function touchedOrders(range: Range, full: true): Promise<TouchedOrder[]>;
async function touchedOrders(range: Range, full: false): Promise<(MoneyOrder & { currency: string })[]>;
async function touchedOrders(range: Range, full: boolean): Promise<(MoneyOrder & { currency: string } & Partial<TouchedOrder>)[]> {
  const sql = getSql();
  const extra = full
    ? sql`, o.reference, o.status, o.created_at as "createdAt", o.stripe_session_id as "stripeSessionId", o.stripe_payment_intent_id as "stripePaymentIntentId"`
    : sql``;
  const rows = await sql<(Omit<TouchedOrder, "refunds"> & { refunds: { at: string; amountRefunded: number | null }[] | null })[]>`
    with bounds as (
      select (${range.from}::date::timestamp at time zone 'Europe/London') as lo,
             ((${range.to}::date + 1)::timestamp at time zone 'Europe/London') as hi
    ), refunds as (
      -- Every refund row (few: the partial index holds only these), per order.
      select e.order_id, json_agg(json_build_object('at', e.created_at, 'amountRefunded', e.detail->'amountRefunded')) as list,
        bool_or(e.created_at >= b.lo and e.created_at < b.hi) as in_range
      from order_events e, bounds b where e.action in ${sql(REFUND_ACTIONS)} group by e.order_id
    ), touched as (
      -- Two index-backed halves: paid in the range, and refunded in it but paid outside it (or never).
      select o.* from orders o, bounds b where o.paid_at >= b.lo and o.paid_at < b.hi
      union all
      select o.* from refunds f join orders o on o.id = f.order_id, bounds b
      where f.in_range and (o.paid_at is null or o.paid_at < b.lo or o.paid_at >= b.hi)
    )
    select o.id, o.amount, o.currency, o.paid_at as "paidAt", f.list as refunds ${extra}
    from touched o left join refunds f on f.order_id = o.id
    order by o.paid_at nulls last, o.created_at, o.id`;
  return rows.map((r) => ({
    ...r,
    refunds: (r.refunds ?? []).map((x) => ({
      at: new Date(x.at),
      amountRefunded: typeof x.amountRefunded === "number" ? x.amountRefunded : null,
    })),
  }));
}

/** Gross, refunds, net, orders and average order value per London day, in pence (GBP sales only). */
export async function getMoney(range: Range): Promise<MoneyDay[]> {
  const orders = await touchedOrders(range, false);
  return moneyByDay(
    orders.filter((o) => o.currency.toLowerCase() === "gbp"),
    range,
  );
}

const london = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/London", dateStyle: "short", timeStyle: "medium" });
const stamp = (d: Date | null) => (d ? london.format(d) : "");
const pounds = (pence: number) => (pence / 100).toFixed(2);

export const ORDERS_CSV_COLUMNS = [
  "reference",
  "created_london",
  "paid_london",
  "last_refund_london",
  "amount",
  "refunded",
  "currency",
  "status",
  "stripe_checkout_session",
  "stripe_payment_intent",
] as const;

/**
 * The bookkeeper's export: one row per order whose money moved in the range. No answers, no
 * PDF and no email address — the reference and Stripe ids identify a sale; who bought it is not
 * bookkeeping. Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are quoted
 * with a leading ' by csv-stringify's escape_formulas.
 */
export async function ordersCsv(range: Range): Promise<string> {
  const orders = await touchedOrders(range, true);
  const rows = orders.map((o) => {
    const refunds = refundIncrements(o);
    return [
      o.reference,
      stamp(o.createdAt),
      stamp(o.paidAt),
      stamp(refunds.at(-1)?.at ?? null),
      pounds(o.amount),
      pounds(refunds.reduce((n, r) => n + r.amount, 0)),
      o.currency.toUpperCase(),
      o.status,
      o.stripeSessionId ?? "",
      o.stripePaymentIntentId ?? "",
    ];
  });
  return stringify(rows, { header: true, columns: [...ORDERS_CSV_COLUMNS], escape_formulas: true, record_delimiter: "windows" });
}
