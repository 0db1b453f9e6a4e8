import path from "node:path";
import { z } from "zod";
import { singleton } from "./singleton";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const envSchema = z
  .object({
    NODE_ENV: optional(z.enum(["development", "production", "test"])),
    DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })),
    PORT: optional(z.coerce.number().int().min(1).max(65535)),
    APP_URL: optional(url),
    DATA_DIR: optional(z.string()),
    EMBEDDED_PG_PORT: optional(z.coerce.number().int().min(1024).max(65535)),
    SESSION_SECRET: optional(
      z
        .string()
        .refine((v) => v.split(",").every((s) => s.trim().length >= 32), "each comma-separated secret must be at least 32 characters"),
    ),
    STRIPE_SECRET_KEY: optional(z.string().regex(/^(sk|rk)_(test|live)_\w+$/, "must look like sk_test_…")),
    STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_\w+$/, "must look like whsec_…")),
    STRIPE_API_BASE: optional(url),
    RESEND_API_KEY: optional(z.string().regex(/^re_\w+$/, "must look like re_…")),
    RESEND_BASE_URL: optional(url),
    EMAIL_FROM: optional(z.string().min(3)),
    REVIEW_MODE: optional(z.enum(["auto", "manual"])),
    STAFF_EMAIL: optional(z.email()),
    STAFF_PASSWORD: optional(z.string().min(12, "must be at least 12 characters")),
    STAFF_ALERT_EMAIL: optional(z.email()),
    // The provider's send allowance for the whole team (Resend: 2/s); the app paces a little under it.
    EMAIL_RATE_PER_SECOND: optional(z.coerce.number().positive().max(1_000)),
    WORKER: optional(z.enum(["inline", "off"])),
    LOG_LEVEL: optional(z.enum(["debug", "info", "warn", "error", "silent"])),
    // The job queue's tuning (lib/queue.ts) and the PDF render pool's size (pdf/render.ts).
    JOB_EXPIRE_SECONDS: optional(z.coerce.number().int().min(1).max(86_400)),
    JOB_MAINTENANCE_SECONDS: optional(z.coerce.number().int().min(1).max(3_600)),
    JOB_POLL_SECONDS: optional(z.coerce.number().min(0.5).max(60)),
    JOB_RETRY_LIMIT: optional(z.coerce.number().int().min(0).max(50)),
    JOB_RETRY_DELAY_SECONDS: optional(z.coerce.number().int().min(1).max(3_600)),
    PDF_RENDER_THREADS: optional(z.coerce.number().int().min(1).max(64)),
    RATE_LIMIT_SCALE: optional(z.coerce.number().positive().max(10_000)),
    RETENTION_DAYS: optional(z.coerce.number().int().min(1).max(3650)),
    METRICS_TOKEN: optional(z.string().min(24, "must be at least 24 characters")),
    WORKER_METRICS_PORT: optional(z.coerce.number().int().min(1).max(65535)),
    TRUST_PROXY_HOPS: optional(z.coerce.number().int().min(0).max(10)),
    // "1" marks a staging deployment: production mode that may take Stripe test keys and test events.
    STRIPE_TEST_MODE: optional(z.enum(["0", "1"], { error: 'must be "1" (staging on Stripe test mode) or "0"' })),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.STAFF_EMAIL) !== Boolean(env.STAFF_PASSWORD)) {
      ctx.addIssue({ code: "custom", path: ["STAFF_PASSWORD"], message: "STAFF_EMAIL and STAFF_PASSWORD must be set together" });
    }
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET) {
      ctx.addIssue({ code: "custom", path: ["SESSION_SECRET"], message: "is required in production" });
    }
    if (env.NODE_ENV === "production") {
      // Without both, production would sell through the local simulator: anyone could "pay".
      if (!env.STRIPE_SECRET_KEY || !env.STRIPE_WEBHOOK_SECRET) {
        ctx.addIssue({
          code: "custom",
          path: [env.STRIPE_SECRET_KEY ? "STRIPE_WEBHOOK_SECRET" : "STRIPE_SECRET_KEY"],
          message: "and STRIPE_WEBHOOK_SECRET are both required in production (the local checkout simulator never runs there)",
        });
      } else if (/^(sk|rk)_test_/.test(env.STRIPE_SECRET_KEY) && env.STRIPE_TEST_MODE !== "1") {
        ctx.addIssue({
          code: "custom",
          path: ["STRIPE_SECRET_KEY"],
          message: "is a test-mode key: production takes live keys only, unless STRIPE_TEST_MODE=1 marks a staging deployment",
        });
      }
      // Without a provider, emails would go to the local outbox, which production never keeps.
      if (!env.RESEND_API_KEY)
        ctx.addIssue({
          code: "custom",
          path: ["RESEND_API_KEY"],
          message: "is required in production (the local mail outbox is for development only)",
        });
      // The embedded database is a development convenience (a local superuser on a TCP port).
      if (!env.DATABASE_URL)
        ctx.addIssue({
          code: "custom",
          path: ["DATABASE_URL"],
          message: "is required in production (the embedded PostgreSQL is for development only)",
        });
    }
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({ code: "custom", path: ["STRIPE_WEBHOOK_SECRET"], message: "is required when STRIPE_SECRET_KEY is set" });
    }
  });

export type RawEnv = z.infer<typeof envSchema>;

export type Env = ReturnType<typeof resolveEnv>;

function resolveEnv(raw: RawEnv) {
  const port = raw.PORT ?? 3000;
  const mode = raw.NODE_ENV ?? "development";
  return {
    mode,
    isProduction: mode === "production",
    databaseUrl: raw.DATABASE_URL,
    port,
    appUrl: (raw.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    dataDir: path.resolve(raw.DATA_DIR ?? ".data"),
    embeddedPgPort: raw.EMBEDDED_PG_PORT ?? 54329,
    sessionSecrets: raw.SESSION_SECRET?.split(",").map((s) => s.trim()),
    stripeSecretKey: raw.STRIPE_SECRET_KEY,
    stripeWebhookSecret: raw.STRIPE_WEBHOOK_SECRET,
    stripeApiBase: raw.STRIPE_API_BASE,
    resendApiKey: raw.RESEND_API_KEY,
    emailFrom: raw.EMAIL_FROM ?? "Career Pivot <blueprints@localhost>",
    reviewMode: raw.REVIEW_MODE ?? "auto",
    staffEmail: raw.STAFF_EMAIL,
    staffPassword: raw.STAFF_PASSWORD,
    /** Where at-risk, breached and failed order alerts go; none are emailed when unset. */
    staffAlertEmail: raw.STAFF_ALERT_EMAIL,
    emailRatePerSecond: raw.EMAIL_RATE_PER_SECOND ?? 2,
    worker: raw.WORKER ?? "inline",
    logLevel: raw.LOG_LEVEL ?? "info",
    /** Test and staging deployments point the Resend SDK at a fake; unset, it talks to Resend. */
    resendBaseUrl: raw.RESEND_BASE_URL,
    /** Multiplies every public per-IP allowance (load tests raise it). */
    rateLimitScale: raw.RATE_LIMIT_SCALE ?? 1,
    /** Days an unpaid draft or result is kept. */
    retentionDays: raw.RETENTION_DAYS ?? 90,
    queue: {
      /** Job time limit and crash-recovery delay: a job whose worker died is retried after this. */
      expireInSeconds: raw.JOB_EXPIRE_SECONDS ?? 300,
      maintenanceIntervalSeconds: raw.JOB_MAINTENANCE_SECONDS ?? 30,
      pollingIntervalSeconds: raw.JOB_POLL_SECONDS ?? 0.5,
      retryLimit: raw.JOB_RETRY_LIMIT ?? 6,
      /** First retry delay; later ones double (pg-boss retryBackoff). */
      retryDelaySeconds: raw.JOB_RETRY_DELAY_SECONDS ?? 5,
    },
    /** Render threads per worker process; unset: one per available core (pdf/render.ts). */
    pdfRenderThreads: raw.PDF_RENDER_THREADS,
    metricsToken: raw.METRICS_TOKEN,
    workerMetricsPort: raw.WORKER_METRICS_PORT,
    // 0: clients connect directly, X-Forwarded-For is ignored (a client could forge it).
    trustProxyHops: raw.TRUST_PROXY_HOPS ?? 0,
    /** Stripe test keys and `livemode: false` events are accepted: outside production, or staging. */
    stripeTestMode: mode !== "production" || raw.STRIPE_TEST_MODE === "1",
  };
}

export class EnvError extends Error {}

/** Parses configuration; the first problem becomes one line that names the variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    const value = source[name];
    const shown =
      value === undefined ? "" : ` (got "${name.includes("SECRET") || name.includes("PASSWORD") || name.includes("KEY") ? "…" : value}")`;
    throw new EnvError(`Invalid configuration: ${name} ${issue.message}${shown}`);
  }
  return resolveEnv(result.data);
}

/**
 * Parsed once per process. The server entry and the React Router bundle each load their own copy
 * of this module, so the value lives on globalThis; the first caller's environment wins.
 */
export function getEnv(): Env {
  return singleton("env", () => parseEnv(process.env));
}
