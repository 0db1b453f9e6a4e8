import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashToken } from "../../app/utils/tokens.server";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

const ADMIN = { email: "boss@example.com", password: "correct horse battery staple" };
let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({
    DATABASE_URL: t.url,
    STAFF_EMAIL: ADMIN.email,
    STAFF_PASSWORD: ADMIN.password,
    SESSION_SECRET: "integration-test-secret-0123456789abcdef",
  });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

// Every test signs in from 127.0.0.1: start each with clean throttle counters.
beforeEach(async () => {
  await t.sql`delete from rate_limits`;
});

const cookieOf = (client: FormClient) => /cp_staff=([^;]*)/.exec(client.cookieHeader())?.[1] ?? null;

async function signIn(who = ADMIN, client = new FormClient(app.url)) {
  const res = await client.post("/staff/login", { email: who.email, password: who.password, next: "/staff" });
  return { client, res };
}

async function signedIn(who = ADMIN) {
  const { client, res } = await signIn(who);
  expect(res.status).toBe(303);
  return client;
}

const STAFF_PAGES = [
  "/staff",
  "/staff/funnel",
  "/staff/users",
  "/staff/password",
  "/staff/outbox",
  "/staff/orders/00000000-0000-4000-8000-000000000000",
];
const STAFF_POSTS = [
  ...STAFF_PAGES,
  "/staff/orders/00000000-0000-4000-8000-000000000000/blueprints/1",
  "/staff/outbox/00000000-0000-4000-8000-000000000000/attachment",
];

describe("bootstrap admin", () => {
  it("is created from STAFF_EMAIL/STAFF_PASSWORD with an argon2id hash, and the password is never printed", async () => {
    const [user] = await t.sql`select role, password_hash from staff_users where email = ${ADMIN.email}`;
    expect(user!.role).toBe("admin");
    expect(user!.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(app.output()).toContain(`created admin ${ADMIN.email} from STAFF_EMAIL/STAFF_PASSWORD`);
    expect(app.output()).not.toContain(ADMIN.password);
  });
});

describe("without a session", () => {
  it.each(STAFF_PAGES)("GET %s redirects to sign-in, remembering where to return", async (path) => {
    const res = await fetch(`${app.url}${path}`, { redirect: "manual" });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get("location")).toBe(`/staff/login?next=${encodeURIComponent(path)}`);
  });

  it("a client-side navigation (a data request) returns to the page after sign-in, not to its .data address", async () => {
    for (const [dataRequest, page] of [
      ["/staff.data?status=open&_routes=routes%2Fstaff-layout%2Croutes%2Fstaff", "/staff?status=open"],
      ["/staff/outbox/_.data", "/staff/outbox/"],
    ]) {
      const body = await (await fetch(`${app.url}${dataRequest}`, { redirect: "manual" })).text();
      expect(body).toContain(JSON.stringify(`/staff/login?next=${encodeURIComponent(page!)}`));
    }
  });

  it.each(STAFF_POSTS)("POST %s is refused with 401", async (path) => {
    const res = await new FormClient(app.url).post(path, { action: "refund", confirm: "yes" });
    expect(res.status).toBe(401);
  });

  it("a PDF version or outbox attachment is not served, only a redirect", async () => {
    const res = await fetch(`${app.url}/staff/orders/00000000-0000-4000-8000-000000000000/blueprints/1`, { redirect: "manual" });
    expect(res.status).toBe(302);
  });
});

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie with 256 random bits; the database keeps only its SHA-256", async () => {
    const { res, client } = await signIn();
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/staff");
    const setCookie = res.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/^cp_staff=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/m);
    const token = cookieOf(client)!;
    const [session] = await t.sql`select token_hash from staff_sessions where token_hash = ${hashToken(token)}`;
    expect(session).toBeDefined();
    expect((await t.sql`select count(*)::int as n from staff_sessions where token_hash = ${token}`)[0]!.n).toBe(0);
    const page = await client.get("/staff");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Fulfilment queue");
  });

  it("gives a new session id on every sign-in (no session fixation) and drops the one the browser brought", async () => {
    const first = await signedIn();
    const before = cookieOf(first)!;
    const { client: second } = await signIn(ADMIN, first);
    const after = cookieOf(second)!;
    expect(after).not.toBe(before);
    expect((await t.sql`select 1 from staff_sessions where token_hash = ${hashToken(before)}`).length).toBe(0);
    // An attacker-chosen cookie value is never adopted either.
    const planted = new FormClient(app.url);
    await planted.post("/staff/login", "email=x", "text/plain").catch(() => undefined);
    const res = await fetch(`${app.url}/staff/login`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: `cp_staff=${"A".repeat(43)}`, "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: new URLSearchParams({ email: ADMIN.email, password: ADMIN.password }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().join()).not.toContain("A".repeat(43));
  });

  it("answers a wrong password with one message that does not say which part was wrong, and 400", async () => {
    const wrongPassword = await signIn({ email: ADMIN.email, password: "not the password at all" });
    const unknownUser = await signIn({ email: "nobody@example.com", password: "not the password at all" });
    expect(wrongPassword.res.status).toBe(400);
    expect(unknownUser.res.status).toBe(400);
    const message = "That email and password do not match an active staff account.";
    expect(await wrongPassword.res.text()).toContain(message);
    expect(await unknownUser.res.text()).toContain(message);
    expect(wrongPassword.res.headers.getSetCookie()).toHaveLength(0);
  });

  it("rejects a malformed form with 400 and a message, never 500", async () => {
    const client = new FormClient(app.url);
    expect((await client.post("/staff/login", { email: "not-an-email", password: "" })).status).toBe(400);
    expect((await client.post("/staff/login", "{]", "application/json")).status).toBe(400);
    expect((await client.post("/staff/login", { email: ADMIN.email, password: "x".repeat(5000) })).status).toBe(400);
  });

  it("refuses a sign-in posted from another origin", async () => {
    const res = await fetch(`${app.url}/staff/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      body: new URLSearchParams(ADMIN).toString(),
    });
    expect(res.status).toBe(403);
  });

  it("does not follow an off-site next= after sign-in", async () => {
    const client = new FormClient(app.url);
    const res = await client.post("/staff/login", { ...ADMIN, next: "//evil.example/staff" });
    expect(res.headers.get("location")).toBe("/staff");
  });
});

describe("throttling (counters in PostgreSQL; more in staff-sign-in-throttle.test.ts)", () => {
  it("slows an account down after repeated failures instead of locking it (no 15-minute lock)", async () => {
    const victim = { email: "throttled@example.com", password: "a-strong-password-for-throttling" };
    const admin = await signedIn();
    expect((await admin.post("/staff/users", { intent: "create", name: "Throttled", role: "reviewer", ...victim })).status).toBe(200);
    await t.sql`delete from rate_limits`;
    // A typo costs nothing; the second wrong password in a row earns a 1-second wait before the next attempt.
    for (let i = 0; i < 2; i += 1) expect((await signIn({ email: victim.email, password: `wrong-${i}-password` })).res.status).toBe(400);
    const rows = await t.sql<{ key: string; points: number; ms: number }[]>`
      select key, points, expire - (extract(epoch from clock_timestamp()) * 1000)::bigint as ms from rate_limits where key like ${"%:" + victim.email} order by key`;
    expect(rows.map((r) => [r.key, r.points])).toEqual([
      [`login_account:${victim.email}`, 2],
      [`login_delay:${victim.email}`, 1],
    ]);
    expect(Number(rows[1]!.ms)).toBeLessThanOrEqual(1000);
  });

  it("blocks an IP guessing across many accounts, and a forged X-Forwarded-For does not escape it without TRUST_PROXY_HOPS", async () => {
    for (let i = 0; i < 10; i += 1) await signIn({ email: `guess${i}@example.com`, password: "wrong-password-guess" });
    const blocked = await signIn(ADMIN);
    expect(blocked.res.status).toBe(429);
    const forged = await fetch(`${app.url}/staff/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url, "x-forwarded-for": "198.51.100.99" },
      body: new URLSearchParams(ADMIN).toString(),
    });
    expect(forged.status).toBe(429);
  });
});

describe("sessions end", () => {
  it("on sign-out, server-side: the old cookie no longer opens anything", async () => {
    const client = await signedIn();
    const token = cookieOf(client)!;
    const replay = new FormClient(app.url);
    client.copyCookiesTo(replay);
    const out = await client.post("/staff/logout", {});
    expect(out.status).toBe(303);
    expect(out.headers.getSetCookie().join()).toMatch(/cp_staff=; .*Max-Age=0/);
    expect((await t.sql`select 1 from staff_sessions where token_hash = ${hashToken(token)}`).length).toBe(0);
    const res = await replay.get("/staff");
    expect(res.status).toBe(302);
    expect((await replay.post("/staff/users", { intent: "create" })).status).toBe(401);
  });

  it("after 12 idle hours and after 7 days whatever the activity", async () => {
    const idle = await signedIn();
    await t.sql`update staff_sessions set last_seen_at = now() - interval '12 hours 1 minute' where token_hash = ${hashToken(cookieOf(idle)!)}`;
    expect((await idle.get("/staff")).status).toBe(302);
    const old = await signedIn();
    await t.sql`update staff_sessions set expires_at = now() - interval '1 second' where token_hash = ${hashToken(cookieOf(old)!)}`;
    expect((await old.get("/staff")).status).toBe(302);
    const fresh = await signedIn();
    await t.sql`update staff_sessions set last_seen_at = now() - interval '11 hours' where token_hash = ${hashToken(cookieOf(fresh)!)}`;
    expect((await fresh.get("/staff")).status).toBe(200);
  });

  it("for every session of an account when its password changes (this browser gets a new one)", async () => {
    const who = { email: "changer@example.com", password: "first-password-0123" };
    const admin = await signedIn();
    await admin.post("/staff/users", { intent: "create", name: "Changer", role: "reviewer", ...who });
    const laptop = await signedIn(who);
    const phone = await signedIn(who);
    const bad = await laptop.post("/staff/password", {
      current: "wrong",
      password: "second-password-0123",
      confirm: "second-password-0123",
    });
    expect(bad.status).toBe(400);
    const mismatch = await laptop.post("/staff/password", { current: who.password, password: "second-password-0123", confirm: "other" });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain("do not match");
    const ok = await laptop.post("/staff/password", {
      current: who.password,
      password: "second-password-0123",
      confirm: "second-password-0123",
    });
    expect(ok.status).toBe(303);
    expect((await phone.get("/staff")).status).toBe(302);
    expect((await laptop.get("/staff")).status).toBe(200);
    expect((await signIn(who)).res.status).toBe(400);
    expect((await signIn({ ...who, password: "second-password-0123" })).res.status).toBe(303);
  });

  it("for a disabled account, at once", async () => {
    const who = { email: "leaver@example.com", password: "leaver-password-0123" };
    const admin = await signedIn();
    await admin.post("/staff/users", { intent: "create", name: "Leaver", role: "reviewer", ...who });
    const leaver = await signedIn(who);
    const [{ id }] = (await t.sql`select id from staff_users where email = ${who.email}`) as unknown as [{ id: string }];
    expect((await admin.post("/staff/users", { intent: "disable", userId: id })).status).toBe(400); // not confirmed
    expect((await admin.post("/staff/users", { intent: "disable", userId: id, confirm: "yes" })).status).toBe(200);
    expect((await leaver.get("/staff")).status).toBe(302);
    expect((await signIn(who)).res.status).toBe(400);
  });
});

describe("roles", () => {
  it("a reviewer can view but is forbidden from admin pages and actions", async () => {
    const reviewer = { email: "reviewer@example.com", password: "reviewer-password-0123" };
    const admin = await signedIn();
    const created = await admin.post("/staff/users", { intent: "create", name: "Rae Viewer", role: "reviewer", ...reviewer });
    expect(created.status).toBe(200);
    const client = await signedIn(reviewer);
    expect((await client.get("/staff")).status).toBe(200);
    expect((await client.get("/staff/funnel")).status).toBe(200);
    expect((await client.get("/staff/users")).status).toBe(403);
    expect(
      (
        await client.post("/staff/users", {
          intent: "create",
          name: "Sneaky",
          role: "admin",
          email: "sneaky@example.com",
          password: "sneaky-password-0123",
        })
      ).status,
    ).toBe(403);
    expect((await t.sql`select 1 from staff_users where email = 'sneaky@example.com'`).length).toBe(0);
  });

  it("only admins add staff, with a validated form (400 and a message, nothing written)", async () => {
    const admin = await signedIn();
    const res = await admin.post("/staff/users", { intent: "create", name: "", role: "owner", email: "bad", password: "short" });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).toContain("Use at least 12 characters.");
    expect(body).toContain("Enter a valid email address");
    const dup = await admin.post("/staff/users", { intent: "create", name: "Again", role: "admin", ...ADMIN });
    expect(dup.status).toBe(409);
  });
});
