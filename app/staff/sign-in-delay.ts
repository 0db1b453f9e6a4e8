/** Longest wait between attempts on one account, however many have failed (ASVS: ≤ 100 failures an hour). */
export const MAX_DELAY_SECONDS = 60;

/**
 * Seconds an account waits before its next sign-in attempt after `failures` wrong passwords in a
 * row: none after the first (a typo), then 1, 2, 4 … doubling, capped. A delay instead of a lock:
 * whoever knows the password gets in once it passes, so a stranger who knows a staff email
 * cannot keep its owner out for long.
 */
export function delayAfterFailures(failures: number): number {
  if (!Number.isFinite(failures) || failures < 2) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** Math.min(failures - 2, 30));
}

/** "1 second", "45 seconds", "2 minutes" for the sign-in page. */
export function waitPhrase(seconds: number): string {
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
