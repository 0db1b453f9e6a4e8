import type { Env } from "../lib/env";

/**
 * `npm start` without NODE_ENV=production runs development defaults that are unsafe for real
 * visitors. On a loopback APP_URL that is a developer's machine; on any other address it is most
 * likely a server someone forgot to switch to production, so start-up says so, loudly.
 */

/** localhost, *.localhost (RFC 6761), 127.0.0.0/8 and ::1. */
export function isLoopbackUrl(appUrl: string): boolean {
  const host = new URL(appUrl).hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(host) || host === "[::1]";
}

/** The development defaults this configuration runs with, in words an operator can act on. */
export function developmentDefaults(env: Env): string[] {
  if (env.isProduction) return [];
  return [
    "the staff sign-in cookie is sent without Secure, and no Strict-Transport-Security header",
    ...(env.stripeSecretKey
      ? ["Stripe test-mode keys and events are accepted"]
      : ['checkout runs through the local simulator: anyone can "pay" and receive a Blueprint']),
    ...(env.resendApiKey ? [] : ["emails go to the local outbox instead of being sent"]),
    ...(env.sessionSecrets ? [] : [`the app secret is generated into ${env.dataDir}/secret`]),
    ...(env.databaseUrl ? [] : ["the database is the embedded PostgreSQL in the data directory"]),
    ...(env.staffEmail ? [] : ["a staff admin admin@localhost is created with a generated password"]),
  ];
}

/** One block for stderr, or null when the defaults are harmless (production, or a loopback APP_URL). */
export function developmentDefaultsWarning(env: Env): string | null {
  if (env.isProduction || isLoopbackUrl(env.appUrl)) return null;
  const rule = "!".repeat(78);
  return [
    rule,
    `WARNING: NODE_ENV is not "production", but APP_URL (${env.appUrl}) is not a loopback address.`,
    "These development defaults are in force:",
    ...developmentDefaults(env).map((line) => `  - ${line}`),
    "Before serving real visitors, set NODE_ENV=production with the variables it requires (.env.example).",
    rule,
  ].join("\n");
}
