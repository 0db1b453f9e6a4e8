import { data, Form } from "react-router";
import { requireStaff } from "../staff/auth.server";
import { conversions, FUNNEL_LABELS, FUNNEL_STEPS, totalsOf, type FunnelDay } from "../staff/funnel";
import { gbp, moneyTotals, type MoneyDay } from "../staff/funnel-money";
import { getMoney } from "../staff/funnel-money.server";
import { funnelRangeSchema, getFunnel } from "../staff/funnel.server";
import { can } from "../staff/roles";
import { refusePost, staffHeaders } from "../staff/route-helpers.server";
import { ScrollBox } from "../staff/ui";
import type { Route } from "./+types/staff.funnel";

export async function loader({ request }: Route.LoaderArgs) {
  const staff = await requireStaff(request);
  const parsed = funnelRangeSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw data(parsed.error.issues[0]?.message ?? "Choose a valid date range.", { status: 400 });
  // Takings are for admins; reviewers see the counts only.
  const [days, money] = await Promise.all([getFunnel(parsed.data), can(staff.role, "finance") ? getMoney(parsed.data) : null]);
  return { range: parsed.data, days, money };
}

export const action = ({ request }: Route.ActionArgs) => refusePost(request);
export const headers = staffHeaders;
export const meta = () => [{ title: "Funnel · Staff · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

const CHART_STEPS = ["report_view", "assessment_start", "assessment_complete", "checkout_started", "paid"] as const;
const COLOURS = ["#0e5a5a", "#4a5567", "#a04a05", "#b42318", "#08693f"];

/** A plain SVG line per step (log-free: counts per day), with the data also in the table below. */
function FunnelChart({ days }: { days: FunnelDay[] }) {
  const width = 720;
  const height = 240;
  const pad = { l: 40, r: 10, t: 10, b: 24 };
  const max = Math.max(1, ...days.flatMap((d) => CHART_STEPS.map((s) => d[s])));
  const x = (i: number) => pad.l + (days.length <= 1 ? 0 : (i / (days.length - 1)) * (width - pad.l - pad.r));
  const y = (v: number) => height - pad.b - (v / max) * (height - pad.t - pad.b);
  return (
    <figure className="mt-4">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="chart-title"
        className="w-full max-w-3xl rounded-md border border-line bg-surface"
      >
        <title id="chart-title">Funnel steps per day; the same numbers are in the table below.</title>
        <line x1={pad.l} x2={width - pad.r} y1={height - pad.b} y2={height - pad.b} stroke="#e2ddd3" />
        <text x={pad.l - 6} y={pad.t + 8} textAnchor="end" fontSize="11" fill="#4a5567">
          {max}
        </text>
        <text x={pad.l - 6} y={height - pad.b} textAnchor="end" fontSize="11" fill="#4a5567">
          0
        </text>
        <text x={pad.l} y={height - 6} fontSize="11" fill="#4a5567">
          {days[0]?.day}
        </text>
        <text x={width - pad.r} y={height - 6} textAnchor="end" fontSize="11" fill="#4a5567">
          {days.at(-1)?.day}
        </text>
        {CHART_STEPS.map((s, k) => (
          <polyline
            key={s}
            fill="none"
            stroke={COLOURS[k]}
            strokeWidth="2"
            points={days.map((d, i) => `${x(i).toFixed(1)},${y(d[s]).toFixed(1)}`).join(" ")}
          />
        ))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-sm">
        {CHART_STEPS.map((s, k) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-1 w-5" style={{ background: COLOURS[k] }} />
            {FUNNEL_LABELS[s]}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

function Money({ range, money }: { range: { from: string; to: string }; money: MoneyDay[] }) {
  const totals = moneyTotals(money);
  const csv = `/staff/funnel/orders.csv?${new URLSearchParams(range)}`;
  return (
    <section aria-labelledby="money" className="mt-8">
      <h2 id="money" className="text-xl font-bold">
        Revenue (GBP), {range.from} to {range.to}
      </h2>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Sales on the London day they were paid; refunds on the day they were made, whenever the sale was. Net = gross − refunds. Average
        order value = gross ÷ orders.
      </p>
      <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-5" data-testid="money-totals">
        <li className="rounded border border-line bg-surface px-3 py-2">
          Gross: <strong>{gbp(totals.gross)}</strong>
        </li>
        <li className="rounded border border-line bg-surface px-3 py-2">
          Refunds: <strong>{gbp(totals.refunds)}</strong>
        </li>
        <li className="rounded border border-line bg-surface px-3 py-2">
          Net: <strong>{gbp(totals.net)}</strong>
        </li>
        <li className="rounded border border-line bg-surface px-3 py-2">
          Orders: <strong>{totals.orders}</strong>
        </li>
        <li className="rounded border border-line bg-surface px-3 py-2">
          Average order: <strong>{totals.averageOrderValue === null ? "—" : gbp(totals.averageOrderValue)}</strong>
        </li>
      </ul>
      <p className="mt-3">
        <a href={csv} download className="text-accent-strong underline">
          Download the orders for this range (CSV, for the bookkeeper)
        </a>{" "}
        <span className="text-sm text-muted">— reference, dates, amounts, status and Stripe ids; no email addresses or answers.</span>
      </p>
      <ScrollBox label="Revenue per day" className="mt-3">
        <table className="w-full border-collapse text-right text-sm" data-testid="money-days">
          <caption className="sr-only">Revenue per day in GBP</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3 text-left">
                Day
              </th>
              <th scope="col" className="py-2 pr-3">
                Gross
              </th>
              <th scope="col" className="py-2 pr-3">
                Refunds
              </th>
              <th scope="col" className="py-2 pr-3">
                Net
              </th>
              <th scope="col" className="py-2 pr-3">
                Orders
              </th>
              <th scope="col" className="py-2 pr-3">
                Average order
              </th>
            </tr>
          </thead>
          <tbody>
            {[...money].reverse().map((d) => (
              <tr key={d.day} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                  {d.day}
                </th>
                <td className="py-1 pr-3">{gbp(d.gross)}</td>
                <td className="py-1 pr-3">{gbp(d.refunds)}</td>
                <td className="py-1 pr-3">{gbp(d.net)}</td>
                <td className="py-1 pr-3">{d.orders}</td>
                <td className="py-1 pr-3">{d.averageOrderValue === null ? "—" : gbp(d.averageOrderValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

const pct = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`);

export default function StaffFunnel({ loaderData }: Route.ComponentProps) {
  const { range, days, money } = loaderData;
  const totals = totalsOf(days);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Funnel</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Counted on our server per London day: no cookies, no trackers, nothing about who visited. Paid, delivered and refunded come from the
        orders themselves.
      </p>
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="from" className="block text-sm font-semibold">
            From
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={range.from}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1"
          />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-semibold">
            To
          </label>
          <input
            id="to"
            name="to"
            type="date"
            defaultValue={range.to}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded-md bg-accent px-4 py-1.5 font-semibold text-white hover:bg-accent-strong">
          Show
        </button>
      </Form>

      <h2 className="mt-8 text-xl font-bold">
        Conversion, {range.from} to {range.to}
      </h2>
      <ul className="mt-3 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="conversions">
        <li className="rounded border border-line bg-surface px-3 py-2">
          {FUNNEL_LABELS.report_view}: <strong>{totals.report_view}</strong>
        </li>
        {conversions(totals).map((c) => (
          <li key={c.step} className="rounded border border-line bg-surface px-3 py-2">
            {FUNNEL_LABELS[c.step]}: <strong>{totals[c.step]}</strong> ({pct(c.rate)} of {FUNNEL_LABELS[c.of].toLowerCase()})
          </li>
        ))}
      </ul>

      {money ? <Money range={range} money={money} /> : null}

      <FunnelChart days={days} />

      <ScrollBox label="Funnel per day" className="mt-6">
        <table className="w-full border-collapse text-right text-sm">
          <caption className="sr-only">Funnel steps per day</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3 text-left">
                Day
              </th>
              {FUNNEL_STEPS.map((s) => (
                <th key={s} scope="col" className="py-2 pr-3">
                  {FUNNEL_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((d) => (
              <tr key={d.day} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                  {d.day}
                </th>
                {FUNNEL_STEPS.map((s) => (
                  <td key={s} className="py-1 pr-3">
                    {d[s]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
