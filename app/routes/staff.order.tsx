import { data, Form, Link, useNavigation } from "react-router";
import { requireStaff } from "../staff/auth.server";
import { getOrderDetail } from "../staff/order-detail.server";
import { performOrderAction, type OrderAction } from "../staff/order-actions.server";
import { staffHeaders } from "../staff/route-helpers.server";
import { Notice, SlaBadge, STATUS_LABELS, when, ScrollBox } from "../staff/ui";
import type { Route } from "./+types/staff.order";

export async function loader({ request, params }: Route.LoaderArgs) {
  const staff = await requireStaff(request);
  const order = await getOrderDetail(params.id, staff.role);
  if (!order) throw data("No such order.", { status: 404 });
  return { order };
}

export async function action({ request, params }: Route.ActionArgs) {
  const staff = await requireStaff(request, "review");
  const form = await request.formData().catch(() => new FormData());
  const outcome = await performOrderAction(staff, params.id, form);
  return data({ ...outcome, action: String(form.get("action") ?? "") }, { status: outcome.ok ? 200 : outcome.status });
}

export const headers = staffHeaders;
export const meta = ({ data: d }: Route.MetaArgs) => [
  { title: `${d?.order.reference ?? "Order"} · Staff · Career Pivot` },
  { name: "robots", content: "noindex, nofollow" },
];

function ActionForm(props: {
  action: OrderAction;
  label: string;
  confirmText: string;
  danger?: boolean;
  children?: React.ReactNode;
  hidden?: Record<string, string>;
}) {
  const busy = useNavigation().state === "submitting";
  const id = `confirm-${props.action}`;
  return (
    <Form method="post" className="rounded-md border border-line bg-surface p-4">
      <input type="hidden" name="action" value={props.action} />
      {Object.entries(props.hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {props.children}
      <div className="mt-2 flex items-start gap-2">
        <input id={id} type="checkbox" name="confirm" value="yes" required className="mt-1 h-4 w-4" />
        <label htmlFor={id} className="text-sm">
          {props.confirmText}
        </label>
      </div>
      <button
        type="submit"
        disabled={busy}
        className={`mt-3 rounded-md px-4 py-1.5 font-semibold text-white disabled:opacity-60 ${props.danger ? "bg-risk-high hover:opacity-90" : "bg-accent hover:bg-accent-strong"}`}
      >
        {props.label}
      </button>
    </Form>
  );
}

export default function StaffOrder({ loaderData, actionData }: Route.ComponentProps) {
  const { order } = loaderData;
  const s = order.status;
  const offered = new Set(order.actions);
  const latest = order.blueprints[0];
  const failedNote = actionData && !actionData.ok ? actionData.fieldErrors : {};
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <p>
        <Link to="/staff" className="text-accent-strong underline">
          ← Queue
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">
        Order {order.reference}: <span data-testid="order-status">{STATUS_LABELS[s]}</span>
      </h1>
      {actionData ? <Notice tone={actionData.ok ? "ok" : "error"}>{actionData.message}</Notice> : null}

      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="font-semibold">Buyer</dt>
        <dd className="break-all">{order.email ?? "—"}</dd>
        <dt className="font-semibold">Occupation</dt>
        <dd>{order.occupation}</dd>
        <dt className="font-semibold">Amount</dt>
        <dd>
          {(order.amount / 100).toFixed(2)} {order.currency.toUpperCase()}
        </dd>
        <dt className="font-semibold">SLA</dt>
        <dd>
          <SlaBadge sla={order.sla} />
        </dd>
        <dt className="font-semibold">Paid</dt>
        <dd>{when(order.paidAt)}</dd>
        <dt className="font-semibold">Due</dt>
        <dd>{when(order.dueAt)}</dd>
        <dt className="font-semibold">Delivered</dt>
        <dd>{when(order.deliveredAt)}</dd>
        <dt className="font-semibold">Refunded</dt>
        <dd>{when(order.refundedAt)}</dd>
        <dt className="font-semibold">Checkout Session</dt>
        <dd className="break-all font-mono text-xs">{order.stripeSessionId ?? "—"}</dd>
        <dt className="font-semibold">Payment intent</dt>
        <dd className="break-all font-mono text-xs">{order.stripePaymentIntentId ?? "—"}</dd>
        {order.lastError ? (
          <>
            <dt className="font-semibold text-risk-high">Last error</dt>
            <dd className="text-risk-high sm:col-span-3">{order.lastError}</dd>
          </>
        ) : null}
      </dl>

      {s === "awaiting_review" && latest ? (
        <section aria-labelledby="review" className="mt-8">
          <h2 id="review" className="text-xl font-bold">
            Review version {latest.version}
          </h2>
          <p className="mt-1 text-sm">
            <a
              href={`/staff/orders/${order.id}/blueprints/${latest.version}`}
              target="_blank"
              rel="noreferrer"
              className="text-accent-strong underline"
            >
              Open the PDF in a new tab
            </a>
          </p>
          <iframe
            title={`Blueprint version ${latest.version}`}
            src={`/staff/orders/${order.id}/blueprints/${latest.version}`}
            className="mt-2 h-[40rem] w-full rounded-md border border-line bg-white"
          />
        </section>
      ) : null}

      <section aria-labelledby="actions" className="mt-8">
        <h2 id="actions" className="text-xl font-bold">
          Actions
        </h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          {offered.has("approve") ? (
            <ActionForm action="approve" label="Approve and send" confirmText="I have read this version and it is right for the buyer." />
          ) : null}
          {offered.has("reject") ? (
            <ActionForm action="reject" label="Reject and regenerate" confirmText="Reject this version; a new one will be rendered.">
              <label htmlFor="reject-note" className="block text-sm font-semibold">
                What is wrong (kept in the audit log)
              </label>
              <textarea
                id="reject-note"
                name="note"
                rows={3}
                required
                aria-invalid={actionData?.action === "reject" && failedNote.note ? true : undefined}
                className="mt-1 w-full rounded-md border border-line px-2 py-1"
              />
            </ActionForm>
          ) : null}
          {offered.has("retry") ? <ActionForm action="retry" label="Retry" confirmText="Put this order back in the queue." /> : null}
          {offered.has("mark_failed") ? (
            <ActionForm action="mark_failed" label="Mark as failed" confirmText="Stop fulfilment and mark this order failed." danger>
              <label htmlFor="fail-note" className="block text-sm font-semibold">
                Reason (optional)
              </label>
              <input id="fail-note" name="note" className="mt-1 w-full rounded-md border border-line px-2 py-1" />
            </ActionForm>
          ) : null}
          {offered.has("regenerate") ? (
            <ActionForm
              action="regenerate"
              label="Regenerate"
              confirmText="Render a new version (it goes through review if review mode is on) and email it."
            />
          ) : null}
          {offered.has("resend") ? (
            <ActionForm
              action="resend"
              label="Resend delivery email"
              confirmText="Email the latest version to the buyer again."
              hidden={{ n: String(order.resendCount + 1) }}
            />
          ) : null}
          {offered.has("refund") ? (
            <ActionForm
              action="refund"
              label="Refund £49 in full"
              confirmText="Refund the buyer in full. Their download link stops working."
              danger
            />
          ) : null}
        </div>
      </section>

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-xl font-bold">
          Timeline
        </h2>
        <ol className="mt-3 space-y-2 text-sm">
          {order.timeline.map((e) => (
            <li key={e.id} className="rounded border border-line bg-surface px-3 py-2">
              <span className="font-semibold">{when(e.at)}</span> · {e.actor} · {e.action}
              {e.from || e.to ? ` (${e.from ?? "—"} → ${e.to ?? "—"})` : ""}
              {Object.keys(e.detail).length > 0 ? (
                <code className="mt-1 block break-all text-xs text-muted">{JSON.stringify(e.detail)}</code>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="emails" className="mt-8">
        <h2 id="emails" className="text-xl font-bold">
          Emails
        </h2>
        {order.emails.length === 0 ? (
          <p className="mt-2">None yet.</p>
        ) : (
          <ScrollBox label="Emails" className="mt-3">
            <table className="w-full border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-3">
                    Created
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Kind
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Provider id
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    Key
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.emails.map((e) => (
                  <tr key={e.id} className="border-b border-line align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{when(e.createdAt)}</td>
                    <td className="py-2 pr-3">{e.kind}</td>
                    <td className="py-2 pr-3">
                      {e.status}
                      {e.lastError ? <span className="block text-risk-high">{e.lastError}</span> : null}
                    </td>
                    <td className="py-2 pr-3 break-all font-mono text-xs">
                      {e.provider}: {e.providerId ?? "—"}
                    </td>
                    <td className="py-2 pr-3">{e.attempts}</td>
                    <td className="py-2 pr-3 break-all font-mono text-xs">{e.idempotencyKey.replace(order.id, "…")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        )}
      </section>

      <section aria-labelledby="versions" className="mt-8">
        <h2 id="versions" className="text-xl font-bold">
          PDF versions
        </h2>
        {order.blueprints.length === 0 ? (
          <p className="mt-2">Not rendered yet.</p>
        ) : (
          <ul className="mt-3 space-y-1 text-sm">
            {order.blueprints.map((b) => (
              <li key={b.id}>
                <a href={`/staff/orders/${order.id}/blueprints/${b.version}`} className="font-semibold text-accent-strong underline">
                  Version {b.version}
                </a>{" "}
                · {when(b.createdAt)} · {b.pageCount} pages · {(b.byteSize / 1024).toFixed(0)} KB · rendered in {b.renderMs} ms ·{" "}
                <span className="font-mono text-xs">sha256 {b.sha256.slice(0, 16)}…</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
