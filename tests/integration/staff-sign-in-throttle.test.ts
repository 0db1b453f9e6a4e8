import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

/*
 * The staff sign-in throttle through the sign-in form over HTTP, behind one trusted proxy hop
 * (TRUST_PROXY_HOPS=1): every client is told apart by the X-Forwarded-For the proxy appends.
 */
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
    TRUST_PROXY_HOPS: "1",
  });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

beforeEach(async () => {
  await t.sql`delete from rate_limits`;
});

type Who = { email: string; password: string };

/** The sign-in form posted by the client at `ip`, as the proxy in front of the app would pass it on. */
async function signInFrom(ip: string, who: Who): Promise<Response> {
  return fetch(`${app.url}/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url, "x-forwarded-for": ip },
    body: new URLSearchParams({ ...who, next: "/staff" }).toString(),
  });
}

async function until<T>(what: string, attempt: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function adminClient(): Promise<FormClient> {
  const client = new FormClient(app.url);
  expect((await client.post("/staff/login", { ...ADMIN, next: "/staff" })).status).toBe(303);
  return client;
}

async function createStaff(email: string): Promise<Who & { id: string }> {
  const who = { email, password: `${email}-password-0123` };
  const res = await (await adminClient()).post("/staff/users", { intent: "create", name: "Staff Member", role: "reviewer", ...who });
  expect(res.status).toBe(200);
  const [row] = await t.sql<{ id: string }[]>`select id from staff_users where email = ${email}`;
  await t.sql`delete from rate_limits`;
  return { ...who, id: row!.id };
}

const wrong = (who: Who, i = 0): Who => ({ email: who.email, password: `not-the-password-${i}` });

async function accountRow(prefix: "login_account" | "login_delay", email: string) {
  const [row] = await t.sql<
    { points: number; expire: string | null }[]
  >`select points, expire from rate_limits where key = ${`${prefix}:${email}`}`;
  return row ? { points: row.points, expire: Number(row.expire) } : null;
}

/** One more wrong password on `who` from `ip`, waiting out any delay in force; returns when it was checked. */
async function failOnce(ip: string, who: Who, i: number): Promise<{ before: number; after: number }> {
  let before = 0;
  const res = await until(
    `failure ${i} to be checked`,
    () => {
      before = Date.now();
      return signInFrom(ip, wrong(who, i));
    },
    (r) => r.status !== 429,
  );
  expect(res.status).toBe(400);
  return { before, after: Date.now() };
}

describe("behind a proxy (TRUST_PROXY_HOPS=1)", () => {
  it("one client's failures do not block another client, and the limit holds for the client that failed", async () => {
    const attacker = "203.0.113.7";
    for (let i = 0; i < 10; i += 1)
      expect((await signInFrom(attacker, { email: `guess${i}@example.com`, password: "wrong-password-guess" })).status).toBe(400);
    const blocked = await signInFrom(attacker, ADMIN);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toMatch(/Too many failed sign-in attempts from your network\. Try again in 1[45] minutes\./);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(13 * 60);
    // A colleague behind the same load balancer signs in at once.
    expect((await signInFrom("198.51.100.23", ADMIN)).status).toBe(303);
  });

  it("keys IPv6 clients by their /64, so fresh addresses from one subscriber share one allowance", async () => {
    for (let i = 1; i <= 10; i += 1)
      expect(
        (await signInFrom(`2001:db8:5:6::${i.toString(16)}`, { email: `v6guess${i}@example.com`, password: "wrong-password-guess" }))
          .status,
      ).toBe(400);
    expect((await signInFrom("2001:db8:5:6:abcd::beef", ADMIN)).status).toBe(429);
    expect((await signInFrom("2001:db8:5:7::1", ADMIN)).status).toBe(303);
  });
});

describe("an account under attack slows down instead of locking", () => {
  it("each failure doubles the wait; attempts turned away in the wait neither count nor extend it; then the right password works", async () => {
    const owner = await createStaff("owner@example.com");
    const attacker = "203.0.113.50";
    // The first wrong password is a typo's: no wait. Then 1 s, 2 s, 4 s, 8 s.
    const expected = [0, 1, 2, 4, 8];
    for (const [i, delay] of expected.entries()) {
      const { before, after } = await failOnce(attacker, owner, i);
      const gate = await accountRow("login_delay", owner.email);
      if (delay === 0) expect(gate).toBeNull();
      else {
        expect(gate!.expire).toBeGreaterThanOrEqual(before + delay * 1000);
        expect(gate!.expire).toBeLessThanOrEqual(after + delay * 1000);
      }
    }
    expect((await accountRow("login_account", owner.email))!.points).toBe(5);

    // While the 8-second wait runs the owner is turned away with a clear message...
    const ownerEarly = await signInFrom("198.51.100.80", owner);
    expect(ownerEarly.status).toBe(429);
    expect(await ownerEarly.text()).toMatch(/Too many failed sign-in attempts for this account\. Try again in [1-8] seconds?\./);
    expect(Number(ownerEarly.headers.get("retry-after"))).toBeLessThanOrEqual(8);
    // ...and so is an attacker hammering from many addresses: what is turned away is not counted.
    // (On a loaded machine answering 60 posts can outlast the wait: then one is checked, and counted.)
    const hammer = await Promise.all(Array.from({ length: 60 }, (_, i) => signInFrom(`198.18.1.${i + 1}`, wrong(owner, 100 + i))));
    const checked = hammer.filter((r) => r.status === 400).length;
    expect(hammer.filter((r) => r.status !== 400 && r.status !== 429)).toHaveLength(0);
    expect(checked).toBeLessThanOrEqual(1);
    expect((await accountRow("login_account", owner.email))!.points).toBe(5 + checked);

    // Once the wait is over the right password gets in, and the account starts afresh.
    const ok = await until(
      "the owner to get in",
      () => signInFrom("198.51.100.80", owner),
      (r) => r.status !== 429,
    );
    expect(ok.status).toBe(303);
    expect(await accountRow("login_account", owner.email)).toBeNull();
    expect(await accountRow("login_delay", owner.email)).toBeNull();
  });
});

describe("admin unlock", () => {
  it("an admin clears an account's sign-in throttle after ticking Confirm, and the change is audited", async () => {
    const owner = await createStaff("locked@example.com");
    await failOnce("203.0.113.60", owner, 0);
    await failOnce("203.0.113.60", owner, 1);
    const admin = await adminClient();
    const page = await (await admin.get("/staff/users")).text();
    expect(page).toContain("2 failed sign-ins");
    expect(page).toContain(`Clear sign-in throttle for ${owner.email}`);

    const unconfirmed = await admin.post("/staff/users", { intent: "clearThrottle", userId: owner.id });
    expect(unconfirmed.status).toBe(400);
    expect(await unconfirmed.text()).toContain("Tick the box to confirm.");
    expect((await accountRow("login_account", owner.email))!.points).toBe(2);
    expect(await t.sql`select 1 from staff_audit_events where action = 'sign_in_throttle_cleared'`).toHaveLength(0);

    const cleared = await admin.post("/staff/users", { intent: "clearThrottle", userId: owner.id, confirm: "yes" });
    expect(cleared.status).toBe(200);
    expect(await cleared.text()).toContain(`Cleared the sign-in delay for ${owner.email}`);
    expect(await accountRow("login_account", owner.email)).toBeNull();
    expect(await accountRow("login_delay", owner.email)).toBeNull();
    expect((await signInFrom("198.51.100.81", owner)).status).toBe(303);

    const [{ id: adminId }] = (await t.sql`select id from staff_users where email = ${ADMIN.email}`) as unknown as [{ id: string }];
    const audit = await t.sql<{ actor: string; target: string; detail: { failures: number }; age: number }[]>`
      select actor, target_staff_user_id as target, detail, extract(epoch from now() - created_at)::float8 as age
      from staff_audit_events where action = 'sign_in_throttle_cleared'`;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: `staff:${adminId}`, target: owner.id, detail: { failures: 2 } });
    expect(audit[0]!.age).toBeGreaterThanOrEqual(0);
    const after = await (await admin.get("/staff/users")).text();
    expect(after).toContain("Cleared sign-in throttle");
  });

  it("is for admins only, and an unknown account is a 404 that writes nothing", async () => {
    const audited = async () => (await t.sql`select 1 from staff_audit_events where action = 'sign_in_throttle_cleared'`).length;
    const before = await audited();
    const reviewer = await createStaff("reviewer-unlock@example.com");
    const client = new FormClient(app.url);
    expect((await client.post("/staff/login", { ...reviewer, next: "/staff" })).status).toBe(303);
    expect((await client.post("/staff/users", { intent: "clearThrottle", userId: reviewer.id, confirm: "yes" })).status).toBe(403);
    const admin = await adminClient();
    expect(
      (await admin.post("/staff/users", { intent: "clearThrottle", userId: "00000000-0000-4000-8000-000000000000", confirm: "yes" }))
        .status,
    ).toBe(404);
    expect((await admin.post("/staff/users", { intent: "clearThrottle", userId: "not-a-uuid", confirm: "yes" })).status).toBe(400);
    expect(await audited()).toBe(before);
  });
});

describe("parallel bad sign-ins (the counters are taken before any password is checked)", () => {
  it("60 at once from one client: exactly the limit of 10 get their password checked", async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInFrom("192.0.2.77", { email: `race${i}@example.com`, password: "wrong-password-race" })),
    );
    const checked = answers.filter((r) => r.status !== 429);
    expect(checked.map((r) => r.status)).toEqual(Array(10).fill(400));
    expect((await signInFrom("192.0.2.77", ADMIN)).status).toBe(429);
  });

  it("60 at once on one account from 60 clients: one check at a time, each counted, far fewer than 60", async () => {
    const owner = await createStaff("raced@example.com");
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signInFrom(`198.18.2.${i + 1}`, wrong(owner, i))));
    const checked = answers.filter((r) => r.status !== 429).length;
    expect(answers.filter((r) => r.status !== 429 && r.status !== 400)).toHaveLength(0);
    expect(checked).toBeGreaterThanOrEqual(1);
    expect(checked).toBeLessThanOrEqual(10);
    expect((await accountRow("login_account", owner.email))!.points).toBe(checked);
  });
});
