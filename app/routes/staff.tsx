import { useEffect } from "react";
import { data, Form, Link, useRevalidator } from "react-router";
import { requireStaff } from "../staff/auth.server";
import { searchOrders, type LookupOutcome } from "../staff/lookup.server";
import { liveCounts, listQueue, queueFilterSchema } from "../staff/queue.server";
import { QUEUE_STATUSES } from "../staff/statuses";
import { staffHeaders } from "../staff/route-helpers.server";
import { Notice, SlaBadge, STATUS_LABELS, when, ScrollBox } from "../staff/ui";
import { listOpenAlerts } from "../alerts/alerts.server";
import { OpenAlerts } from "../alerts/open-alerts";
import type { Route } from "./+types/staff";

export async function loader({ request }: Route.LoaderArgs) {
  await requireStaff(request);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filter = queueFilterSchema.parse(params);
  const [page, counts, alerts] = await Promise.all([listQueue(filter), liveCounts(), listOpenAlerts()]);
  return { filter: { status: filter.status, sla: filter.sla, paged: Boolean(filter.after) }, page, counts, alerts };
}

/**
 * The support search box. A post, not a query string: what is typed (often an email address)
 * must stay out of URLs, browser history and access logs.
 */
export async function action({ request }: Route.ActionArgs) {
  const staff = await requireStaff(request, "view");
  const outcome = await searchOrders(staff.userId, await request.formData().catch(() => new FormData()));
  return outcome.ok ? outcome : data(outcome, { status: outcome.status });
}
export const headers = staffHeaders;
export const meta = () => [{ title: "Fulfilment queue · Staff · Career Pivot" }, { name: "robots", content: "noindex, nofollow" }];

/** Counts and the first page refresh every 15 s while the tab is visible. */
function useLiveRefresh(ms = 15_000) {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    const id = setInterval(() => {
      if (document.visibilityState === "visible") void revalidate();
    }, ms);
    return () => clearInterval(id);
  }, [revalidate, ms]);
}

function LookupResults({ outcome }: { outcome: LookupOutcome }) {
  if (!outcome.ok) return <Notice tone="error">{outcome.message}</Notice>;
  if (outcome.rows.length === 0) return <p className="mt-3">No orders match.</p>;
  return (
    <ul className="mt-3 grid gap-2 text-sm" data-testid="lookup-results">
      {outcome.rows.map((r) => (
        <li key={r.id} className="rounded border border-line bg-surface px-3 py-2">
          <Link to={`/staff/orders/${r.id}`} className="font-semibold text-accent-strong underline">
            {r.reference}
          </Link>{" "}
          · {STATUS_LABELS[r.status]} · {r.occupation} · <span className="break-all">{r.email ?? "no email"}</span> ·{" "}
          {r.paidAt ? `paid ${when(r.paidAt)}` : `created ${when(r.createdAt)}`}
        </li>
      ))}
    </ul>
  );
}

export default function StaffQueue({ loaderData, actionData }: Route.ComponentProps) {
  const { filter, page, counts } = loaderData;
  useLiveRefresh();
  const next = page.nextCursor ? `?${new URLSearchParams({ status: filter.status, sla: filter.sla, after: page.nextCursor })}` : null;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">Fulfilment queue</h1>
      <OpenAlerts alerts={loaderData.alerts} />
      <section aria-labelledby="find-order" className="mt-4">
        <h2 id="find-order" className="text-lg font-bold">
          Find an order
        </h2>
        <Form method="post" className="mt-2 flex flex-wrap items-end gap-3">
          <div className="min-w-72 flex-1">
            <label htmlFor="q" className="block text-sm font-semibold">
              Buyer's email, order reference, or Stripe session / payment id
            </label>
            <input
              id="q"
              name="q"
              type="search"
              required
              maxLength={254}
              autoComplete="off"
              defaultValue={actionData?.q ?? ""}
              className="mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5"
            />
          </div>
          <button type="submit" className="rounded-md bg-accent px-4 py-1.5 font-semibold text-white hover:bg-accent-strong">
            Find
          </button>
        </Form>
        {actionData ? <LookupResults outcome={actionData} /> : null}
      </section>
      <section aria-labelledby="live" className="mt-4">
        <h2 id="live" className="sr-only">
          Live counts
        </h2>
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="status-counts">
          {Object.keys(STATUS_LABELS).map((s) => (
            <li key={s} className="rounded border border-line bg-surface px-2 py-1">
              {STATUS_LABELS[s]}: <strong>{counts.orders[s] ?? 0}</strong>
            </li>
          ))}
        </ul>
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" data-testid="job-counts">
          {counts.jobs.length === 0 ? <li className="text-muted">No jobs waiting or failing.</li> : null}
          {counts.jobs.map((j) => (
            <li key={j.queue} className="rounded border border-line bg-surface px-2 py-1">
              {j.queue}: {j.waiting} waiting, {j.active} running,{" "}
              <span className={j.failed ? "font-semibold text-risk-high" : ""}>{j.failed} failed</span>
            </li>
          ))}
        </ul>
      </section>

      <Form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="block text-sm font-semibold">
            Status
          </label>
          <select
            id="status"
            name="status"
            defaultValue={filter.status}
            className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5"
          >
            <option value="open">Open (still owed)</option>
            <option value="all">All paid orders</option>
            {QUEUE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="sla" className="block text-sm font-semibold">
            SLA
          </label>
          <select id="sla" name="sla" defaultValue={filter.sla} className="mt-1 rounded-md border border-line bg-surface px-2 py-1.5">
            <option value="any">Any</option>
            <option value="breached">Breached</option>
            <option value="at_risk">At risk</option>
            <option value="on_track">On track</option>
          </select>
        </div>
        <button type="submit" className="rounded-md bg-accent px-4 py-1.5 font-semibold text-white hover:bg-accent-strong">
          Filter
        </button>
      </Form>

      <p className="mt-4 text-sm text-muted">
        Oldest due first. Due = paid + 2 UK business days (end of day, London); at risk = 4 working hours or less left.
      </p>
      {page.rows.length === 0 ? (
        <p className="mt-6">No orders match.</p>
      ) : (
        <ScrollBox label="Orders" className="mt-3">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  Order
                </th>
                <th scope="col" className="py-2 pr-3">
                  Status
                </th>
                <th scope="col" className="py-2 pr-3">
                  SLA
                </th>
                <th scope="col" className="py-2 pr-3">
                  Due
                </th>
                <th scope="col" className="py-2 pr-3">
                  Paid
                </th>
                <th scope="col" className="py-2 pr-3">
                  Buyer
                </th>
                <th scope="col" className="py-2 pr-3">
                  Occupation
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3">
                    <Link to={`/staff/orders/${r.id}`} className="font-semibold whitespace-nowrap text-accent-strong underline">
                      {r.reference}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{STATUS_LABELS[r.status]}</td>
                  <td className="py-2 pr-3">
                    <SlaBadge sla={r.sla} />
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap">{when(r.dueAt)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{when(r.paidAt)}</td>
                  <td className="py-2 pr-3 break-all">{r.email ?? "—"}</td>
                  <td className="py-2 pr-3">{r.occupation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <p className="mt-4 flex gap-4">
        {filter.paged ? (
          <Link to={`?${new URLSearchParams({ status: filter.status, sla: filter.sla })}`} className="text-accent-strong underline">
            First page
          </Link>
        ) : null}
        {next ? (
          <Link to={next} className="text-accent-strong underline">
            Next page
          </Link>
        ) : null}
      </p>
    </div>
  );
}
