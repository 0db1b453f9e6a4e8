import type { RateLimiterPostgres } from "rate-limiter-flexible";
import { postgresRateLimiter } from "../utils/rate-limit.server";

export const MAX_FAILURES = 10;
export const WINDOW_SECONDS = 15 * 60;

/**
 * Failed sign-ins counted per account and per IP in PostgreSQL (the `rate_limits` table), so
 * every instance shares the counters and a restart does not reset them.
 */
function limiter(keyPrefix: "login_account" | "login_ip"): RateLimiterPostgres {
  return postgresRateLimiter(keyPrefix, MAX_FAILURES, WINDOW_SECONDS);
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** Seconds until another attempt is allowed, or 0 when neither the account nor the IP is blocked. */
export async function loginBlockedFor(email: string, ip: string): Promise<number> {
  const [account, address] = await Promise.all([limiter("login_account").get(accountKey(email)), limiter("login_ip").get(ip)]);
  const blocked = [account, address].filter((r) => r && r.consumedPoints >= MAX_FAILURES);
  return blocked.length === 0 ? 0 : Math.max(1, Math.ceil(Math.max(...blocked.map((r) => r!.msBeforeNext)) / 1000));
}

export async function recordLoginFailure(email: string, ip: string): Promise<void> {
  // penalty, not consume: consume rejects once points run out, and we only want to count.
  await Promise.all([limiter("login_account").penalty(accountKey(email)), limiter("login_ip").penalty(ip)]);
}

/** A correct password clears the account's count (the IP's stays: it may be guessing others). */
export async function clearAccountFailures(email: string): Promise<void> {
  await limiter("login_account").delete(accountKey(email));
}
