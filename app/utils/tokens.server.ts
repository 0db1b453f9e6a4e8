import { createHash, randomBytes } from "node:crypto";

/** 192 random bits, URL-safe (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString("base64url");
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** What the database stores instead of a bearer token. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A second token derived from a secret one, so a repeated submission finds the same result. */
export function deriveToken(secret: string, purpose: string): string {
  return createHash("sha256").update(`${purpose}:${secret}`).digest("base64url").slice(0, 32);
}
