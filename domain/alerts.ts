import type { OrderStatus } from "./order-state";
import { slaState } from "./sla";

/**
 * Staff alerts: an order owed a Blueprint that has four working hours or less left (`at_risk`),
 * is past its due time (`breached`), or has run out of retries (`failed`). Each fires once per
 * order and kind; which one is due is decided here, from the order and the clock only.
 */
export type AlertKind = "at_risk" | "breached" | "failed";

export const ALERT_KINDS: readonly AlertKind[] = ["at_risk", "breached", "failed"];

/** Paid and not yet with the buyer: the SLA clock is running. */
export const IN_FLIGHT: readonly OrderStatus[] = ["paid", "rendering", "awaiting_review", "sending"];

export type AlertableOrder = { status: OrderStatus; dueAt: Date | null };

export function dueAlert(now: Date, order: AlertableOrder): AlertKind | null {
  if (order.status === "failed") return "failed";
  if (!IN_FLIGHT.includes(order.status) || !order.dueAt) return null;
  const state = slaState(now, order.dueAt);
  return state === "on_track" ? null : state;
}

/** The alert due for the order unless that kind has already fired for it. */
export function newAlert(now: Date, order: AlertableOrder, fired: readonly AlertKind[]): AlertKind | null {
  const kind = dueAlert(now, order);
  return kind && !fired.includes(kind) ? kind : null;
}

/** Still worth a look on the console: the order is still in the state the alert was about. */
export function alertIsOpen(kind: AlertKind, status: OrderStatus): boolean {
  return kind === "failed" ? status === "failed" : IN_FLIGHT.includes(status);
}
