/**
 * Step downs on request (the product issue: "never a move to a much lower job zone or a pay cut
 * unless the buyer's goal asks for it, and then said plainly"). The fixture catalogue's imported
 * roles, through the real forms without JavaScript, on a real PostgreSQL:
 * - tide table compilers: one step down (thatchers, two job zones lower);
 * - thatchers: two (lighthouse keepers, paying 40 % less; tide table compilers, 20 % less);
 * - lighthouse keepers: none.
 */
import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../app/utils/tokens.server";
import { importCatalogue } from "../../db/import";
import { assessmentDrafts, assessmentResults, occupationSkills, occupationTasks, occupations } from "../../db/schema";
import { writeResearchFixtures } from "../fixtures/research-fixtures";
import { startAppServer, type AppServer } from "../support/app-server";
import { completeAssessment } from "../support/assessment";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

const fixtures = writeResearchFixtures();
let t: TestDatabase;
let app: AppServer;

beforeAll(async () => {
  t = await createTestDatabase();
  await importCatalogue(t.sql, { gptsDir: fixtures.gpts, applicabilityCsv: fixtures.applicability });
  app = await startAppServer({ DATABASE_URL: t.url, RATE_LIMIT_SCALE: "100" });
});

afterAll(async () => {
  rmSync(fixtures.root, { recursive: true, force: true });
  await app?.stop();
  await t?.drop();
});

const text = (html: string) =>
  html
    .replaceAll("<!-- -->", "")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

async function resultOf(token: string, client: FormClient) {
  const res = await client.get(`/results/${token}`);
  expect(res.status).toBe(200);
  const [row] = await t.db
    .select()
    .from(assessmentResults)
    .where(eq(assessmentResults.tokenHash, hashToken(token)));
  return { html: text(await res.text()), result: row! };
}

/** The section of the result page from an element id to the next section. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return null;
  const end = html.indexOf("<section", start);
  return html.slice(start, end < 0 ? undefined : end);
};

/** A draft of `slug` answered up to the goals step, as a browser without JavaScript would. */
async function atGoals(slug: string): Promise<FormClient> {
  const [occupation] = await t.db.select().from(occupations).where(eq(occupations.slug, slug));
  const tasks = await t.db.select().from(occupationTasks).where(eq(occupationTasks.occupationId, occupation!.id));
  const skills = (await t.db.select().from(occupationSkills).where(eq(occupationSkills.occupationId, occupation!.id)))
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .slice(0, 8);
  const client = new FormClient(app.url);
  expect((await client.post("/assessment", { occupation: slug })).status).toBe(303);
  expect((await client.post("/assessment/experience", { occupation: slug, years: "4", seniority: "mid" })).status).toBe(303);
  const shares = Object.fromEntries(tasks.map((task) => [`share-${task.position}`, "10"]));
  expect((await client.post("/assessment/tasks", { occupation: slug, normalise: "on", ...shares })).status).toBe(303);
  const ratings = Object.fromEntries(skills.map((s) => [`skill:${s.skill}`, "3"]));
  expect((await client.post("/assessment/skills", { occupation: slug, ...ratings })).headers.get("location")).toBe("/assessment/goals");
  return client;
}

const checkbox = (html: string) => /<input[^>]*name="considerStepDown"[^>]*>/.exec(html)?.[0] ?? null;

describe("the goals step asks, for an imported role only", () => {
  it("offers the opt-in unticked for an imported role, and not for a curated one (it has no step downs to show)", async () => {
    const form = text(await (await (await atGoals("tide-table-compilers")).get("/assessment/goals")).text());
    expect(form).toContain("I would also consider work that needs less training or pays less");
    expect(form).toContain("For example for fewer hours, less stress or a health reason.");
    expect(checkbox(form)).toMatch(/type="checkbox"/);
    expect(checkbox(form)).not.toContain("checked");

    const curated = text(await (await (await atGoals("backend-developer")).get("/assessment/goals")).text());
    expect(curated).toContain("What do you want from your next move?");
    expect(checkbox(curated)).toBeNull();
  });

  it("refuses a malformed value with a 400 and a message, writes nothing, and keeps the box ticked when another answer is wrong", async () => {
    const client = await atGoals("thatchers");
    const goals = { occupation: "thatchers", goal: "adjacent", hoursPerWeek: "5", region: "wales" };
    const drafts = async () => (await t.db.select().from(assessmentDrafts)).map((d) => d.answers);
    const before = { drafts: await drafts(), results: (await t.db.select().from(assessmentResults)).length };
    for (const considerStepDown of ["on", "", "true", "x".repeat(300)]) {
      const bad = await client.post("/assessment/goals", { ...goals, considerStepDown });
      expect(bad.status).toBe(400);
      const html = text(await bad.text());
      expect(html).toContain("Tick the box to see step-down options too, or leave it empty.");
      expect(html).not.toMatch(/ZodError|node_modules/);
    }
    const otherwiseWrong = await client.post("/assessment/goals", { ...goals, hoursPerWeek: "99", considerStepDown: "yes" });
    expect(otherwiseWrong.status).toBe(400);
    expect(checkbox(text(await otherwiseWrong.text()))).toMatch(/checked/);
    expect(await drafts()).toEqual(before.drafts);
    expect((await t.db.select().from(assessmentResults)).length).toBe(before.results);
  });
});

describe("step downs in the result, only when asked for", () => {
  it("leaves them out by default: nothing stored, nothing shown, the answers as before", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "tide-table-compilers" });
    const { html, result } = await resultOf(token, client);
    expect(result.answers.goals).toEqual({ goal: "adjacent", hoursPerWeek: 6, region: "north-west" });
    expect(result.outcome).not.toHaveProperty("stepDownPaths");
    expect(result.outcome.pivots.map((p) => p.slug)).toEqual(["manuscript-proofreaders"]);
    expect(html).not.toContain("Step-down options");
    expect(html).not.toContain("Thatchers");
  });

  it("adds the stored step down with its plain reason, in its own section after the moves and never among them", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "tide-table-compilers", considerStepDown: true });
    const { html, result } = await resultOf(token, client);
    expect(result.answers.goals.considerStepDown).toBe(true);
    expect(result.outcome.pivots.map((p) => p.slug)).toEqual(["manuscript-proofreaders"]);
    expect(result.outcome.stepDownPaths).toEqual([
      expect.objectContaining({ slug: "thatchers", title: "Thatchers", exposureScore: 25, reason: expect.any(String) }),
    ]);
    const reason = result.outcome.stepDownPaths![0]!.reason;
    expect(reason).toMatch(/^A step down: needs much less preparation\. Work \d+ % alike in O\*NET task statements/);
    expect(reason).toContain("needs much less preparation (job zone 4 → 2)");

    expect(html.indexOf('id="step-downs"')).toBeGreaterThan(html.indexOf('id="pivots"'));
    expect(section(html, "pivots")).not.toContain("Thatchers");
    const downs = section(html, "step-downs")!;
    expect(downs).toContain("Step-down options you asked for");
    expect(downs).toContain("These are not among your best moves");
    expect(downs).toContain('href="/occupations/thatchers"');
    expect(downs).toContain("Needs much less preparation.");
    expect(downs).toContain("(job zone 4 → 2)");
    expect(downs).not.toContain("A step down");
  });

  it("shows at most two, best first, saying by how much they pay less", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "thatchers", considerStepDown: true });
    const { html, result } = await resultOf(token, client);
    expect(result.outcome.stepDownPaths!.map((p) => p.slug)).toEqual(["lighthouse-keepers", "tide-table-compilers"]);
    expect(result.outcome.pivots.map((p) => p.slug)).not.toContain("lighthouse-keepers");
    const downs = section(html, "step-downs")!;
    expect(downs).toContain("pays about 40 % less (US median ratio 0.60)");
    expect(downs).toContain("pays about 20 % less (US median ratio 0.80)");
    expect(downs.match(/Pays less\./g)).toHaveLength(2);
  });

  it("says in one line that there are none when the role has none", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "lighthouse-keepers", considerStepDown: true });
    const { html, result } = await resultOf(token, client);
    expect(result.outcome.stepDownPaths).toEqual([]);
    expect(section(html, "step-downs")).toContain(
      "We have no step-down options for lighthouse keepers: none of the roles whose work is most like yours needs much less preparation or pays less.",
    );
  });

  it("shows nothing for a curated role, even when the opt-in is posted", async () => {
    const { client, token } = await completeAssessment(app.url, t.db, { occupation: "backend-developer", considerStepDown: true });
    const { html, result } = await resultOf(token, client);
    expect(result.outcome).not.toHaveProperty("stepDownPaths");
    expect(html).not.toContain("Step-down options");
  });
});
