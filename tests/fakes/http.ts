import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Plumbing shared by the Stripe and Resend fakes: a real socket, so the real SDKs can be used. */

export type Reply = { status: number; body: unknown; headers?: Record<string, string> };

export type Listening = { server: Server; url: string; host: string; port: number; close: () => Promise<void> };

export async function listen(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { address: host, port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${port}`,
    host,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // The SDKs keep sockets alive between calls; without this, close() waits for them to idle out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function send(res: ServerResponse, reply: Reply): void {
  const body = JSON.stringify(reply.body);
  res.writeHead(reply.status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body), ...reply.headers });
  res.end(body);
}

export function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name.toLowerCase()];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function bearer(req: IncomingMessage): string | null {
  return /^Bearer (.+)$/i.exec(header(req, "authorization") ?? "")?.[1] ?? null;
}

/** Random [A-Za-z0-9] like the tails of Stripe ids; base64url would leak `-`/`_` into them. */
export function randomId(prefix: string, length = 24): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(length);
  let tail = "";
  for (const byte of bytes) tail += alphabet[byte % alphabet.length];
  return prefix + tail;
}

/** Injected failures, consumed one per request in arrival order. */
export class FailureQueue {
  private pending: number[] = [];

  /** Replaces what is pending, so `set(0)` calls off failures a test no longer wants. */
  set(count: number, status: number): void {
    this.pending = Array.from({ length: count }, () => status);
  }

  take(): number | null {
    return this.pending.shift() ?? null;
  }
}

/**
 * Stored answers by Idempotency-Key. A key reused with a different request is a conflict; the
 * caller decides what a conflict looks like on the wire.
 */
export class IdempotencyStore<T> {
  private entries = new Map<string, { fingerprint: string; value: T }>();

  lookup(key: string | null, fingerprint: string): { kind: "new" } | { kind: "replay"; value: T } | { kind: "conflict" } {
    const entry = key === null ? undefined : this.entries.get(key);
    if (!entry) return { kind: "new" };
    return entry.fingerprint === fingerprint ? { kind: "replay", value: entry.value } : { kind: "conflict" };
  }

  remember(key: string | null, fingerprint: string, value: T): void {
    if (key !== null) this.entries.set(key, { fingerprint, value });
  }
}
