/**
 * At most one Stripe retrieve per Checkout Session per interval, per process (ADR 011). The
 * success page is public and polls every 1.5 s while an order is pending; without this, anyone
 * holding a session id could spend our Stripe rate limit. Bounded: the oldest entries go first.
 */
export class RetrieveThrottle {
  private last = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly maxEntries: number,
  ) {}

  /** True if the caller may retrieve now; the slot is taken at once, so concurrent callers get one. */
  take(key: string, now = Date.now()): boolean {
    const previous = this.last.get(key);
    if (previous !== undefined && now - previous < this.intervalMs) return false;
    this.last.delete(key);
    this.last.set(key, now);
    while (this.last.size > this.maxEntries) this.last.delete(this.last.keys().next().value!);
    return true;
  }
}
