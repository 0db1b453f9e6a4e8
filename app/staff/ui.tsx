import { Form, NavLink } from "react-router";
import type { StaffRole } from "./roles";

const ZONE = "Europe/London";

export function when(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("en-GB", {
    timeZone: ZONE,
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

const SLA_STYLE: Record<string, { label: string; className: string }> = {
  on_track: { label: "On track", className: "bg-risk-low-soft text-risk-low" },
  at_risk: { label: "At risk", className: "bg-risk-medium-soft text-risk-medium" },
  breached: { label: "Breached", className: "bg-risk-high-soft text-risk-high" },
  met: { label: "Met", className: "bg-risk-low-soft text-risk-low" },
  late: { label: "Delivered late", className: "bg-risk-high-soft text-risk-high" },
};

export function SlaBadge({ sla }: { sla: string | null }) {
  if (!sla) return <span className="text-muted">—</span>;
  const s = SLA_STYLE[sla]!;
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${s.className}`}>{s.label}</span>;
}

export const STATUS_LABELS: Record<string, string> = {
  pending: "Pending",
  paid: "Paid",
  rendering: "Rendering",
  awaiting_review: "Awaiting review",
  sending: "Sending",
  delivered: "Delivered",
  expired: "Expired",
  payment_failed: "Payment failed",
  failed: "Failed",
  refunded: "Refunded",
};

const link = ({ isActive }: { isActive: boolean }) =>
  `rounded px-2 py-1 ${isActive ? "bg-accent-soft font-semibold text-accent-strong" : "text-accent-strong underline-offset-4 hover:underline"}`;

/** The console's own navigation, with who is signed in and a sign-out button. */
export function StaffNav({ staff, outbox }: { staff: { name: string; email: string; role: StaffRole }; outbox: boolean }) {
  return (
    <nav aria-label="Staff" className="border-b border-line bg-accent-soft/40">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2 text-sm">
        <span className="font-semibold">Staff console</span>
        <NavLink to="/staff" end className={link}>
          Queue
        </NavLink>
        <NavLink to="/staff/funnel" className={link}>
          Funnel
        </NavLink>
        {outbox ? (
          <NavLink to="/staff/outbox" className={link}>
            Outbox
          </NavLink>
        ) : null}
        {staff.role === "admin" ? (
          <>
            <NavLink to="/staff/users" className={link}>
              Staff
            </NavLink>
            <NavLink to="/staff/catalogue" className={link}>
              Catalogue
            </NavLink>
          </>
        ) : null}
        <NavLink to="/staff/password" className={link}>
          Password
        </NavLink>
        <span className="ml-auto text-muted">
          {staff.email} ({staff.role})
        </span>
        <Form method="post" action="/staff/logout">
          <button type="submit" className="rounded border border-line bg-surface px-2 py-1 font-semibold text-accent-strong hover:bg-paper">
            Sign out
          </button>
        </Form>
      </div>
    </nav>
  );
}

export function Notice({ tone, children }: { tone: "ok" | "error"; children: React.ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={`mt-4 rounded-md border px-4 py-3 ${tone === "error" ? "border-risk-high bg-risk-high-soft text-risk-high" : "border-risk-low bg-risk-low-soft text-risk-low"}`}
    >
      {children}
    </p>
  );
}

/** A wide table scrolls in its own box on a phone; focusable so keyboard users can scroll it too (WCAG 2.1.1). */
export function ScrollBox({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}

/** A staff table's header row: one column heading each, in the console's table style. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-line">
        {columns.map((c) => (
          <th key={c} scope="col" className="py-2 pr-3">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The console's text inputs, search boxes and text areas. */
export const STAFF_INPUT = "mt-1 w-full rounded-md border border-line bg-surface px-3 py-2";

/** A labelled staff form input with its error message tied to it for screen readers. */
export function StaffField({
  name,
  label,
  error,
  ...inputProps
}: { name: string; label: string; error: string | undefined } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "className"
>) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <input
        {...inputProps}
        id={name}
        name={name}
        className={STAFF_INPUT}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      />
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm text-risk-high">
          {error}
        </p>
      ) : null}
    </div>
  );
}
