/**
 * A minimal cookie-keeping HTTP client for driving the real server like a browser without
 * JavaScript: form posts, manual redirects, one cookie jar.
 */
export class FormClient {
  private cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  copyCookiesTo(other: FormClient): void {
    for (const [k, v] of this.cookies) other.cookies.set(k, v);
  }

  private remember(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, { redirect: "manual", headers: { cookie: this.cookieHeader() } });
    this.remember(res);
    return res;
  }

  async post(
    path: string,
    fields: Record<string, string> | [string, string][] | string,
    contentType = "application/x-www-form-urlencoded",
  ): Promise<Response> {
    const body = typeof fields === "string" ? fields : new URLSearchParams(fields).toString();
    const res = await fetch(`${this.base}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: this.cookieHeader(), "content-type": contentType, origin: this.base },
      body,
    });
    this.remember(res);
    return res;
  }
}
