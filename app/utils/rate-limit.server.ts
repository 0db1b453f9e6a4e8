import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getSql } from "../../db/client";
import { getEnv } from "../../lib/env";
import { singleton } from "../../lib/singleton";

/**
 * Counters in PostgreSQL (`rate_limits`), shared by every instance and kept across restarts.
 * rate-limiter-flexible speaks node-postgres ({ rows, rowCount }); postgres.js answers with an
 * array, hence the adapter.
 */
export function postgresRateLimiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return singleton(`rate-limiter:${keyPrefix}:${points}:${durationSeconds}`, () => {
    const sql = getSql();
    const storeClient = {
      query: async ({ text, values }: { text: string; values?: unknown[] }) => {
        const rows = await sql.unsafe(text, (values ?? []) as never[]);
        return { rows, rowCount: rows.count };
      },
    };
    return new RateLimiterPostgres({
      storeClient,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
  });
}

/** Public abuse limits per client IP. RATE_LIMIT_SCALE multiplies every allowance (load tests). */
export const PUBLIC_LIMITS = {
  assessment: { points: 120, duration: 600, what: "assessment answers" },
  checkout: { points: 60, duration: 600, what: "checkout attempts" },
  download: { points: 60, duration: 600, what: "downloads" },
  privacy: { points: 5, duration: 3600, what: "privacy requests" },
} as const;
export type PublicBucket = keyof typeof PUBLIC_LIMITS;

/** Takes one point; 0 when allowed, otherwise the seconds until the next attempt is allowed. */
export async function takeRateLimit(bucket: PublicBucket, key: string): Promise<number> {
  const limit = PUBLIC_LIMITS[bucket];
  try {
    await postgresRateLimiter(`public_${bucket}`, Math.ceil(limit.points * getEnv().rateLimitScale), limit.duration).consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
