import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { importCatalogue } from "../../db/import";
import { blueprintContents } from "../../domain/blueprint-availability";
import { singularOccupationTitle } from "../../domain/singular-title";
import { loadBlueprintInput } from "../../app/orders/blueprint-input.server";
import { buildModel } from "../../pdf/blueprint-model";
import { selectCoverPage } from "../../pdf/pages/cover.data";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";
import { writeResearchFixtures } from "../fixtures/research-fixtures";

// No Stripe key: checkout goes to the local simulator, as in development and the e2e run.
const fixtures = writeResearchFixtures();
const ADMIN = { email: "editor-in-chief@example.com", password: "blueprint sale admin password" };
const REVIEWER = { email: "reviewer@example.com", password: "blueprint sale reviewer password" };
const SECRET = "blueprint-sale-test-secret-0123456789abcdef";

let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  // The fixture roles plus the harbour pilots, whom the skills file does not rate.
  await importCatalogue(t.sql, { gptsDir: fixtures.withoutSkills, applicabilityCsv: fixtures.applicability });
  app = await startAppServer({
    DATABASE_URL: t.url,
    SESSION_SECRET: SECRET,
    STAFF_EMAIL: ADMIN.email,
    STAFF_PASSWORD: ADMIN.password,
    RATE_LIMIT_SCALE: "100",
  });
  const admin = await signedIn(ADMIN);
  const created = await admin.post("/staff/users", {
    intent: "create",
    name: "Rita Reviewer",
    email: REVIEWER.email,
    role: "reviewer",
    password: REVIEWER.password,
  });
  expect(created.status).toBe(200);
});

afterAll(async () => {
  rmSync(fixtures.root, { recursive: true, force: true });
  await app?.stop();
  await t?.drop();
});

// Staff sign in from 127.0.0.1 in every test: start each with clean throttle counters.
beforeEach(async () => {
  await t.sql`delete from rate_limits`;
});

async function signedIn(who: { email: string; password: string }): Promise<FormClient> {
  const client = new FormClient(app.url);
  const res = await client.post("/staff/login", { email: who.email, password: who.password, next: "/staff" });
  expect(res.status).toBe(303);
  return client;
}

const count = async (table: "orders" | "staff_audit_events") =>
  (await t.sql<{ n: number }[]>`select count(*)::int as n from ${t.sql(table)}`)[0]!.n;
const onSale = async (slug: string) =>
  (await t.sql<{ on: boolean }[]>`select blueprint_on_sale as on from occupations where slug = ${slug}`)[0]!.on;
// A query string of its own skips the 30-second public page cache, as a new visitor's page would after it expires.
let visit = 0;
const report = async (slug: string) => (await fetch(`${app.url}/occupations/${slug}?visit=${++visit}`)).text();
const decoded = (html: string) => html.replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");

describe("imported occupations are on sale", () => {
  it("an imported report shows the offer, the price and only what this role's Blueprint contains", async () => {
    const html = decoded(await report("tide-table-compilers"));
    expect(html).toContain("Blueprint: £49");
    for (const item of blueprintContents("imported").items) expect(html).toContain(item);
    expect(html).toContain(
      "How the pay of each path compares with yours (US BLS May 2021 medians, applied to the salary band you give us)",
    );
    expect(html).toContain("Typical UK employers of each path's sector, sorted by your region");
    for (const curatedOnly of ["UK salary bands for your role", "Named UK employers hiring", "not on sale", "not available"])
      expect(html).not.toContain(curatedOnly);

    const curated = decoded(await report("backend-developer"));
    for (const item of blueprintContents("curated").items) expect(curated).toContain(item);
    expect(curated).not.toContain("US BLS May 2021");
  });

  it("an imported result offers it with the same contents, and checkout leads to the payment page with a £49 order", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "thatchers", email: "tom@example.com" });
    const page = decoded(await (await client.get(`/results/${token}`)).text());
    expect(page).toContain("Get your Blueprint — £49");
    for (const item of blueprintContents("imported").items) expect(page).toContain(item);
    expect(page).not.toContain("UK salary bands for your role");

    const before = await count("orders");
    const res = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(res.status).toBe(303);
    const location = res.headers.get("location")!;
    expect(location).toMatch(/\/checkout\/simulator\/cs_[A-Za-z0-9_]+$/);
    const [order] = await t.sql<{ status: string; amount: number; currency: string; slug: string; origin: string }[]>`
      select o.status, o.amount, o.currency, oc.slug, oc.origin from orders o join occupations oc on oc.id = o.occupation_id
      where o.email = 'tom@example.com'`;
    expect(order).toEqual({ status: "pending", amount: 4900, currency: "gbp", slug: "thatchers", origin: "imported" });
    expect(await count("orders")).toBe(before + 1);

    // The simulator's page takes the payment like Stripe's, and the order is paid.
    const paid = await client.post(new URL(location, app.url).pathname, { intent: "pay", email: "tom@example.com" });
    expect(paid.status).toBe(303);
    const [after] = await t.sql<{ status: string }[]>`select status from orders where email = 'tom@example.com'`;
    expect(after!.status).not.toBe("pending");
  });

  it("an imported Blueprint speaks of one person: 'a mid-level Thatcher', its paths in the singular, O*NET's title kept as the plural", async () => {
    const [order] = await t.sql<{ id: string }[]>`select id from orders where email = 'tom@example.com'`;
    const input = (await loadBlueprintInput(t.db, order!.id))!;
    expect([input.occupation.title, input.occupation.pluralTitle]).toEqual(["Thatcher", "Thatchers"]);
    expect(input.pivotTargets.length).toBeGreaterThan(0);
    for (const target of input.pivotTargets) {
      expect(target.title).toBe(singularOccupationTitle(target.pluralTitle));
      expect(target.title).not.toMatch(/[^s]s$/);
    }
    expect(selectCoverPage(buildModel(input)).asRole).toBe("a mid-level Thatcher");
  });

  it("a role O*NET rates no skills for is on sale with estimated skills: the report says so, its assessment finishes and its result offers the Blueprint", async () => {
    const html = decoded(await report("harbour-pilots"));
    expect(html).toContain("Blueprint: £49");
    expect(html).toContain(
      "Skill levels estimated from the four occupations whose work is most alike: Lighthouse Keepers, Tide Table Compilers, Dry Stone Wallers and Thatchers, because O*NET publishes none for this role.",
    );
    expect(html).not.toContain("not on sale");

    // The skills step asks about the estimated skills; before, it had none to rate and answered 400.
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "harbour-pilots", email: "hal@example.com" });
    const page = decoded(await (await client.get(`/results/${token}`)).text());
    expect(page).toContain("Get your Blueprint — £49");
    for (const item of blueprintContents("imported").items) expect(page).toContain(item);
    const [result] = await t.sql<{ pivots: number }[]>`
      select jsonb_array_length(r.outcome->'pivots')::int as pivots from assessment_results r join occupations o on o.id = r.occupation_id
      where o.slug = 'harbour-pilots'`;
    expect(result!.pivots).toBeGreaterThan(0);
    const res = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toMatch(/\/checkout\/simulator\/cs_[A-Za-z0-9_]+$/);
  });

  it("an imported role left with no skills at all (none published, none estimated) stays off sale and says why, and checkout refuses it with nothing written", async () => {
    // Taken before the skills go (the assessment asks the buyer to rate the role's skills), as after a re-import that drops them.
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "lighthouse-keepers" });
    await t.sql`delete from occupation_skills where occupation_id = (select id from occupations where slug = 'lighthouse-keepers')`;
    const html = decoded(await report("lighthouse-keepers"));
    expect(html).toContain(
      "The Career Pivot Blueprint is not on sale for this role. The research data we build it from has no skill profile for this role",
    );
    expect(html).not.toContain("Blueprint: £49");

    const page = decoded(await (await client.get(`/results/${token}`)).text());
    expect(page).toContain("The Career Pivot Blueprint is not on sale for Lighthouse Keepers");
    expect(page).not.toContain('name="intent" value="checkout"');
    const before = await count("orders");
    const refused = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(refused.status).toBe(409);
    expect(decoded(await refused.text())).toContain(
      "The Blueprint for Lighthouse Keepers is not on sale. The research data we build it from has no skill profile",
    );
    expect(await count("orders")).toBe(before);
  });
});

describe("staff take one role off sale and put it back", () => {
  it("an admin finds a role by title and takes it off sale with a reason: audited, the pages say so, checkout answers 409 and writes nothing", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "dry-stone-wallers", email: "dee@example.com" });
    const admin = await signedIn(ADMIN);
    const found = decoded(await (await admin.get("/staff/catalogue?q=stone+wall")).text());
    expect(found).toContain("Dry Stone Wallers");
    expect(found).toContain("Take Dry Stone Wallers off sale");
    expect(found).not.toContain("Thatchers");

    const audits = await count("staff_audit_events");
    const reason = "Task statements mix up dry stone walling and bricklaying.";
    const res = await admin.post("/staff/catalogue", { slug: "dry-stone-wallers", onSale: "no", reason });
    expect(res.status).toBe(200);
    expect(decoded(await res.text())).toContain("The Blueprint for Dry Stone Wallers is off sale");
    expect(await onSale("dry-stone-wallers")).toBe(false);
    const [audit] = await t.sql<
      { actor: string; action: string; detail: { slug: string; title: string; reason: string }; target: string | null }[]
    >`
      select actor, action, detail, target_staff_user_id as target from staff_audit_events order by id desc limit 1`;
    const [adminRow] = await t.sql<{ id: string }[]>`select id from staff_users where email = ${ADMIN.email}`;
    expect(audit).toMatchObject({
      actor: `staff:${adminRow!.id}`,
      action: "blueprint_taken_off_sale",
      target: null,
      detail: { slug: "dry-stone-wallers", title: "Dry Stone Wallers", reason },
    });
    expect(await count("staff_audit_events")).toBe(audits + 1);

    // The page lists who, when and why; with nothing typed it lists the roles taken off sale.
    const listed = decoded(await (await admin.get("/staff/catalogue")).text());
    expect(listed).toContain("Put Dry Stone Wallers back on sale");
    expect(listed).toContain(reason);
    expect(listed).toContain(ADMIN.email);
    // The staff accounts page's audit keeps to staff accounts.
    expect(decoded(await (await admin.get("/staff/users")).text())).not.toContain(reason);

    expect(decoded(await report("dry-stone-wallers"))).toContain(
      "The Career Pivot Blueprint is not on sale for this role. Our editors have taken it off sale while they check the data behind it.",
    );
    const page = decoded(await (await client.get(`/results/${token}`)).text());
    expect(page).toContain("The Career Pivot Blueprint is not on sale for Dry Stone Wallers");
    expect(page).not.toContain("Get your Blueprint");

    const orders = await count("orders");
    const refused = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(refused.status).toBe(409);
    expect(decoded(await refused.text())).toContain(
      "The Blueprint for Dry Stone Wallers is not on sale. Our editors have taken it off sale while they check the data behind it. You have not been charged.",
    );
    expect(await count("orders")).toBe(orders);

    // Back on sale: audited, and checkout works again.
    const back = await admin.post("/staff/catalogue", {
      slug: "dry-stone-wallers",
      onSale: "yes",
      reason: "Checked the tasks against O*NET: they are right.",
    });
    expect(back.status).toBe(200);
    expect(await onSale("dry-stone-wallers")).toBe(true);
    expect(
      (await t.sql`select 1 from staff_audit_events where action = 'blueprint_put_on_sale' and detail->>'slug' = 'dry-stone-wallers'`)
        .length,
    ).toBe(1);
    expect((await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" })).status).toBe(303);
  });

  it("a buyer who already paid is told so, not that the role is off sale", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "manuscript-proofreaders", email: "pat@example.com" });
    const checkout = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(checkout.status).toBe(303);
    expect(
      (await client.post(new URL(checkout.headers.get("location")!, app.url).pathname, { intent: "pay", email: "pat@example.com" })).status,
    ).toBe(303);

    const admin = await signedIn(ADMIN);
    expect(
      (
        await admin.post("/staff/catalogue", {
          slug: "manuscript-proofreaders",
          onSale: "no",
          reason: "Exposure labels under review by the editors.",
        })
      ).status,
    ).toBe(200);

    const page = decoded(await (await client.get(`/results/${token}`)).text());
    expect(page).toContain("This Blueprint has already been purchased");
    expect(page).not.toContain("is not on sale");
    const again = await client.post(`/results/${token}`, { intent: "checkout", consent: "yes" });
    expect(again.status).toBe(409);
    const answer = decoded(await again.text());
    expect(answer).toContain("already been purchased");
    expect(answer).not.toContain("pat@example.com");
    // The paid order is untouched.
    const [order] = await t.sql<{ status: string }[]>`select status from orders where email = 'pat@example.com'`;
    expect(order!.status).not.toBe("refunded");
  });

  it("refuses bad input with 400 and a human message, a stale switch with 409 and an unknown role with 404, changing and recording nothing", async () => {
    const admin = await signedIn(ADMIN);
    const audits = await count("staff_audit_events");
    const cases: [Record<string, string>, number, string][] = [
      [{ slug: "thatchers", onSale: "no", reason: "" }, 400, "Say why in at least 10 characters"],
      [{ slug: "thatchers", onSale: "no", reason: "bad" }, 400, "Say why in at least 10 characters"],
      [{ slug: "thatchers", onSale: "no", reason: "x".repeat(501) }, 400, "Keep the reason under 500 characters."],
      [{ slug: "thatchers", onSale: "maybe", reason: "A perfectly good reason." }, 400, "Choose whether the Blueprint is on sale."],
      [{ slug: "Thatchers!", onSale: "no", reason: "A perfectly good reason." }, 400, "Choose an occupation from the list."],
      [{ onSale: "no", reason: "A perfectly good reason." }, 400, "Choose an occupation."],
      [{ slug: "no-such-role", onSale: "no", reason: "A perfectly good reason." }, 404, "There is no occupation with that address."],
      [{ slug: "thatchers", onSale: "yes", reason: "A perfectly good reason." }, 409, "already on sale"],
    ];
    for (const [form, status, message] of cases) {
      const res = await admin.post("/staff/catalogue", form);
      expect(res.status, JSON.stringify(form)).toBe(status);
      expect(decoded(await res.text()), JSON.stringify(form)).toContain(message);
    }
    expect(await onSale("thatchers")).toBe(true);
    expect(await count("staff_audit_events")).toBe(audits);
    expect((await admin.get(`/staff/catalogue?q=${"x".repeat(81)}`)).status).toBe(400);
  });

  it("is for admins only: a reviewer, a stranger and another site are refused, and nothing changes", async () => {
    const audits = await count("staff_audit_events");
    const reviewer = await signedIn(REVIEWER);
    expect((await reviewer.get("/staff/catalogue")).status).toBe(403);
    expect(
      (await reviewer.post("/staff/catalogue", { slug: "thatchers", onSale: "no", reason: "A reviewer should not be able to do this." }))
        .status,
    ).toBe(403);
    expect(decoded(await (await reviewer.get("/staff")).text())).not.toContain('href="/staff/catalogue"');

    expect(
      (await new FormClient(app.url).post("/staff/catalogue", { slug: "thatchers", onSale: "no", reason: "Anonymous posts are refused." }))
        .status,
    ).toBe(401);
    const anonymous = await fetch(`${app.url}/staff/catalogue`, { redirect: "manual" });
    expect(anonymous.headers.get("location")).toBe(`/staff/login?next=${encodeURIComponent("/staff/catalogue")}`);

    const admin = await signedIn(ADMIN);
    const foreign = await fetch(`${app.url}/staff/catalogue`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: admin.cookieHeader(), origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ slug: "thatchers", onSale: "no", reason: "Sent from another site." }).toString(),
    });
    expect(foreign.status).toBe(403);
    expect(
      (await fetch(`${app.url}/staff/catalogue`, { method: "PUT", headers: { cookie: admin.cookieHeader(), origin: app.url } })).status,
    ).toBeGreaterThanOrEqual(400);

    expect(await onSale("thatchers")).toBe(true);
    expect(await count("staff_audit_events")).toBe(audits);
    expect(decoded(await (await admin.get("/staff")).text())).toContain('href="/staff/catalogue"');
  });
});
