import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../support/app-server";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let app: AppServer | undefined;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url });
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const views = async () =>
  (await t.sql<{ n: number }[]>`select coalesce(sum(count), 0)::int as n from funnel_daily where step = 'report_view'`)[0]!.n;

describe("report views", () => {
  it("counts each view of a report exactly once, whether rendered, served from the page cache or fetched by a client-side navigation", async () => {
    const url = app!.url;
    const rendered = await fetch(`${url}/occupations/backend-developer`);
    expect(rendered.headers.get("x-page-cache")).toBe("miss");
    await rendered.text();
    const cached = await fetch(`${url}/occupations/backend-developer`);
    expect(cached.headers.get("x-page-cache")).toBe("hit");
    await cached.text();
    const navigation = await fetch(`${url}/occupations/backend-developer.data`);
    expect(navigation.status).toBe(200);
    await navigation.text();
    // Not views: an unknown occupation, and other pages.
    expect((await fetch(`${url}/occupations/no-such-role`)).status).toBe(404);
    expect((await fetch(`${url}/occupations`)).status).toBe(200);

    // Views are gathered in memory; a clean stop writes them.
    expect(await app!.stop()).toBe(0);
    app = undefined;
    expect(await views()).toBe(3);
  });
});
