import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "./env";
import { singleton } from "./singleton";

/**
 * The app's secrets, newest first: SESSION_SECRET, or in development one generated once into
 * $DATA_DIR/secret so links in emails keep working across restarts. Production refuses to start
 * without SESSION_SECRET (lib/env.ts).
 */
export function appSecrets(): string[] {
  return singleton("appSecrets", () => {
    const env = getEnv();
    if (env.sessionSecrets?.length) return env.sessionSecrets;
    const file = path.join(env.dataDir, "secret");
    if (!existsSync(file)) {
      mkdirSync(env.dataDir, { recursive: true });
      // `wx`: two processes starting at once must not overwrite each other's secret.
      try {
        writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    return [readFileSync(file, "utf8").trim()];
  });
}

function keyFor(secret: string, purpose: string): Buffer {
  return createHmac("sha256", secret).update(`key:${purpose}`).digest();
}

/**
 * Encrypts a bearer token for storage (AES-256-GCM), so a copy of the database alone cannot open
 * a buyer's result or PDF, while the app can still put the link in a later email.
 */
export function sealToken(token: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(appSecrets()[0]!, purpose), iv);
  const body = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** Opens a sealed token with any secret in rotation; null when none fits. */
export function openToken(sealed: string, purpose: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) return null;
  for (const secret of appSecrets()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", keyFor(secret, purpose), iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
    } catch {
      // try the next secret in rotation
    }
  }
  return null;
}

/**
 * The local checkout simulator's webhook signing secret (STRIPE_WEBHOOK_SECRET wins when set):
 * derived from the app secret so every process of one installation agrees on it.
 */
export function localWebhookSecret(): string {
  return `whsec_${createHash("sha256")
    .update(`local-stripe-webhooks:${appSecrets()[0]}`)
    .digest("base64url")
    .replace(/[^A-Za-z0-9]/g, "")}`;
}
