import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request with the request-target sent exactly as given: fetch() would resolve `..`,
 * turn `\` into `/` and refuse some methods, which is what an attacker's own client would not do.
 */
export function rawRequest(
  baseUrl: string,
  method: string,
  target: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    // Content-Length always: Node sends a DELETE or OPTIONS body unframed, which the server then reads as a second request.
    const headers = {
      ...options.headers,
      ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}),
    };
    const req = http.request(
      { host: base.hostname, port: base.port, method, path: target, headers, agent: false, timeout: 30_000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${target}: no answer in 30 s`)));
    req.on("error", reject);
    req.end(options.body);
  });
}
