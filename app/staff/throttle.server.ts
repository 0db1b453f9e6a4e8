import { RateLimiterRes } from "rate-limiter-flexible";
import { getSql } from "../../db/client";
import { postgresRateLimiter } from "../utils/rate-limit.server";
import { delayAfterFailures } from "./sign-in-delay";

/** Per client address: a hard limit, the right password included (the address is the attacker's to change). */
export const MAX_ADDRESS_FAILURES = 10;
export const ADDRESS_WINDOW_SECONDS = 15 * 60;
/** A run of wrong passwords on an account is forgotten a day after it began, or at the next success. */
const ACCOUNT_WINDOW_SECONDS = 24 * 60 * 60;

/** Longest a password check may take while it holds its account's place (argon2 takes ≈ 0.1 s). */
const IN_FLIGHT_SECONDS = 5;

/*
 * Counters in PostgreSQL (`rate_limits`), shared by every instance and kept across restarts:
 * - login_ip:<client key>   attempts in flight + failures per client; consumed BEFORE the password is
 *                           checked (one atomic upsert), so parallel posts cannot all slip under it.
 * - login_delay:<email>     one attempt per account at a time: taken by the same atomic consume while
 *                           the password is checked, then kept for the delay a failure earns.
 * - login_account:<email>   failures in a row, which set that delay (none, 1 s, 2 s, 4 s … capped).
 */
const perAddress = () => postgresRateLimiter("login_ip", MAX_ADDRESS_FAILURES, ADDRESS_WINDOW_SECONDS);
const accountGate = () => postgresRateLimiter("login_delay", 1, IN_FLIGHT_SECONDS);
// Points only bound `consume`, which this counter never uses: it is read and penalised.
const accountFailures = () => postgresRateLimiter("login_account", Number.MAX_SAFE_INTEGER, ACCOUNT_WINDOW_SECONDS);

const accountKey = (email: string) => email.trim().toLowerCase();

export type SignInGate = { allowed: true } | { allowed: false; scope: "address" | "account"; retryAfterSeconds: number };

async function refusal(taking: Promise<unknown>): Promise<RateLimiterRes | null> {
  try {
    await taking;
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw error;
  }
}

const secondsOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Takes this attempt's place before any password is checked. Allowed: check the password, then
 * call `signInFailed` or `signInSucceeded`. Refused: answer 429 without checking anything.
 */
export async function beginSignInAttempt(email: string, client: string): Promise<SignInGate> {
  const address = await refusal(perAddress().consume(client));
  if (address) return { allowed: false, scope: "address", retryAfterSeconds: secondsOf(address) };
  const held = await refusal(accountGate().consume(accountKey(email)));
  if (held) {
    // Turned away unchecked: not a failure of this client's, so its point goes back.
    await perAddress().reward(client);
    return { allowed: false, scope: "account", retryAfterSeconds: secondsOf(held) };
  }
  return { allowed: true };
}

/** The client's point stays spent; the account's run grows, and its place is kept for the delay that earns. */
export async function signInFailed(email: string): Promise<void> {
  const account = accountKey(email);
  const run = await accountFailures().penalty(account);
  const delay = delayAfterFailures(run.consumedPoints);
  // set() with 0 seconds would never expire: no delay means giving the place up.
  await (delay > 0 ? accountGate().set(account, 1, delay) : accountGate().delete(account));
}

/** The right password: the account starts afresh, and this attempt was no failure of the client's. */
export async function signInSucceeded(email: string, client: string): Promise<void> {
  await Promise.all([clearAccountThrottle(email), perAddress().reward(client)]);
}

/** Forgets an account's run of failures and any delay in force (a correct password, or an admin). */
export async function clearAccountThrottle(email: string): Promise<void> {
  const account = accountKey(email);
  await Promise.all([accountFailures().delete(account), accountGate().delete(account)]);
}

export type AccountThrottle = { failures: number; waitSeconds: number };

/** Each account's run of failures and seconds until its next attempt (both 0 when clear), for the staff page. */
export async function accountThrottles(emails: string[]): Promise<Map<string, AccountThrottle>> {
  const now = Date.now();
  const keys = emails.flatMap((e) => [`login_account:${accountKey(e)}`, `login_delay:${accountKey(e)}`]);
  // Expiry is in the app's milliseconds, as rate-limiter-flexible writes it.
  const rows =
    keys.length === 0
      ? []
      : await getSql()<{ key: string; points: number; expire: number | null }[]>`
    select key, points, expire from rate_limits where key = any(${keys}) and (expire is null or expire > ${now})`;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return new Map(
    emails.map((e) => {
      const failures = byKey.get(`login_account:${accountKey(e)}`)?.points ?? 0;
      const gate = byKey.get(`login_delay:${accountKey(e)}`);
      const waitSeconds = gate && gate.points >= 1 && gate.expire ? Math.max(1, Math.ceil((Number(gate.expire) - now) / 1000)) : 0;
      return [e, { failures, waitSeconds }];
    }),
  );
}
