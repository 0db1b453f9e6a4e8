import { Link } from "react-router";
import type { AlertKind } from "../../domain/alerts";
import { when } from "../staff/ui";

export type OpenAlertRow = { id: number; kind: AlertKind; orderId: string; reference: string; dueAt: Date | string | null };

const LABEL: Record<AlertKind, string> = {
  at_risk: "At risk — four working hours or less left",
  breached: "Past its due time",
  failed: "Failed — retries ran out",
};

/** Top of the queue: orders staff were alerted about that are still in that state. */
export function OpenAlerts({ alerts }: { alerts: OpenAlertRow[] }) {
  if (alerts.length === 0) return null;
  return (
    <section
      aria-labelledby="open-alerts"
      className="mt-4 rounded-md border border-risk-high bg-risk-high-soft px-4 py-3"
      data-testid="open-alerts"
    >
      <h2 id="open-alerts" className="text-lg font-bold text-risk-high">
        Needs attention ({alerts.length})
      </h2>
      <ul className="mt-2 space-y-1">
        {alerts.map((a) => (
          <li key={a.id} className="flex flex-wrap gap-x-3">
            <Link to={`/staff/orders/${a.orderId}`} className="font-mono font-semibold text-accent-strong underline">
              {a.reference}
            </Link>
            <span>{LABEL[a.kind]}</span>
            {a.dueAt && a.kind !== "failed" ? <span className="text-muted">due {when(a.dueAt)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
