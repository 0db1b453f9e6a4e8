import { stringify } from "csv-stringify/sync";
import { getSql } from "../../db/client";
import type { OrderStatus } from "../../domain/order-state";
import { moneyByDay, refundIncrements, type MoneyDay, type MoneyOrder } from "./funnel-money";

type Range = { from: string; to: string };

/** The refund audit rows the webhook writes: `refunded` (a full refund) and `partial_refund` notes. */
const REFUND_ACTIONS = ["refunded", "partial_refund"];

type TouchedOrder = MoneyOrder & {
  reference: string;
  currency: string;
  status: OrderStatus;
  createdAt: Date;
  stripeSessionId: string | null;
  stripePaymentIntentId: string | null;
};

/**
 * Orders whose money moved in the range (London days): paid in it, or refunded (fully or in part)
 * in it, each with all its refund rows so running totals can be turned into amounts.
 */
async function touchedOrders(range: Range): Promise<TouchedOrder[]> {
  const sql = getSql();
  const rows = await sql<(Omit<TouchedOrder, "refunds"> & { refunds: { at: string; amountRefunded: number | null }[] })[]>`
    with bounds as (
      select (${range.from}::date::timestamp at time zone 'Europe/London') as lo,
             ((${range.to}::date + 1)::timestamp at time zone 'Europe/London') as hi
    ), touched as (
      select o.id from orders o, bounds b where o.paid_at >= b.lo and o.paid_at < b.hi
      union
      select e.order_id from order_events e, bounds b where e.action in ${sql(REFUND_ACTIONS)} and e.created_at >= b.lo and e.created_at < b.hi
    )
    select o.id, o.reference, o.amount, o.currency, o.status, o.created_at as "createdAt", o.paid_at as "paidAt",
      o.stripe_session_id as "stripeSessionId", o.stripe_payment_intent_id as "stripePaymentIntentId",
      coalesce((select json_agg(json_build_object('at', e.created_at, 'amountRefunded', e.detail->'amountRefunded'))
                from order_events e where e.order_id = o.id and e.action in ${sql(REFUND_ACTIONS)}), '[]') as refunds
    from touched t join orders o on o.id = t.id
    order by o.paid_at nulls last, o.created_at, o.id`;
  return rows.map((r) => ({
    ...r,
    refunds: r.refunds.map((x) => ({ at: new Date(x.at), amountRefunded: typeof x.amountRefunded === "number" ? x.amountRefunded : null })),
  }));
}

/** Gross, refunds, net, orders and average order value per London day, in pence (GBP sales only). */
export async function getMoney(range: Range): Promise<MoneyDay[]> {
  const orders = await touchedOrders(range);
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
  const orders = await touchedOrders(range);
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
