import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessmentDrafts, assessmentResults, occupationPivots, occupationSkills, occupationTasks, occupations } from "../../db/schema";
import { SCORING_VERSION } from "../../domain/scoring";
import { startAppServer, type AppServer } from "../support/app-server";
import { FormClient } from "../support/browserless";
import { createTestDatabase, type TestDatabase } from "../support/database";

let t: TestDatabase;
let app: AppServer;
let tasks: { position: number }[];
let skills: string[];

beforeAll(async () => {
  t = await createTestDatabase();
  app = await startAppServer({ DATABASE_URL: t.url });
  const [backend] = await t.db.select().from(occupations).where(eq(occupations.slug, "backend-developer"));
  tasks = await t.db
    .select({ position: occupationTasks.position })
    .from(occupationTasks)
    .where(eq(occupationTasks.occupationId, backend!.id))
    .orderBy(asc(occupationTasks.position));
  const rows = await t.db.select().from(occupationSkills).where(eq(occupationSkills.occupationId, backend!.id));
  skills = rows
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .slice(0, 8)
    .map((s) => s.skill);
});

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

const countRows = async () => ({
  drafts: (await t.db.select().from(assessmentDrafts)).length,
  results: (await t.db.select().from(assessmentResults)).length,
});

async function draftAnswers() {
  return (await t.db.select().from(assessmentDrafts)).map((d) => d.answers);
}

const sharesFor = (values: number[]) => Object.fromEntries(tasks.map((task, i) => [`share-${task.position}`, String(values[i] ?? 0)]));
const ratingsFor = (rating: number) => Object.fromEntries(skills.map((s) => [`skill:${s}`, String(rating)]));

async function startedClient(): Promise<FormClient> {
  const client = new FormClient(app.url);
  const res = await client.post("/assessment", { occupation: "backend-developer" });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/assessment/experience");
  return client;
}

describe("starting an assessment", () => {
  it("refuses a missing or unknown occupation with a 4xx and writes nothing", async () => {
    const before = await countRows();
    const client = new FormClient(app.url);
    expect((await client.post("/assessment", {})).status).toBe(400);
    expect((await client.post("/assessment", { occupation: "astronaut-poet" })).status).toBe(400);
    expect((await client.post("/assessment", { occupation: "'; drop table occupations; --" })).status).toBe(400);
    expect((await client.post("/assessment", '{"occupation":"backend-developer"}', "application/json")).status).toBe(400);
    expect(await countRows()).toEqual(before);
  });

  it("keeps only an unguessable token in the cookie and its hash in the database", async () => {
    const client = await startedClient();
    const raw = /cp_assessment=([^;]+)/.exec(client.cookieHeader())![1]!;
    const token = JSON.parse(Buffer.from(decodeURIComponent(raw), "base64").toString("utf8")) as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const rows = await t.db.select().from(assessmentDrafts);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });
});

describe("the steps, in order, with nothing written for bad input", () => {
  it("sends a visitor without a draft back to the start", async () => {
    const res = await new FormClient(app.url).get("/assessment/tasks");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/assessment");
  });

  it("refuses a step posted out of order with a clear message", async () => {
    const client = await startedClient();
    const before = await draftAnswers();
    const res = await client.post("/assessment/tasks", { occupation: "backend-developer", ...sharesFor([100]) });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("Please answer the earlier questions first.");
    expect(await draftAnswers()).toEqual(before);
    const get = await client.get("/assessment/goals");
    expect(get.status).toBe(409);
    expect(await get.text()).toContain('href="/assessment/experience"');
  });

  it("rejects malformed and out-of-range answers with field messages", async () => {
    const client = await startedClient();
    const before = await draftAnswers();
    for (const fields of <Record<string, string>[]>[
      { occupation: "backend-developer", years: "-1", seniority: "mid" },
      { occupation: "backend-developer", years: "7", seniority: "emperor" },
      { occupation: "backend-developer", years: "1e3", seniority: "mid" },
      { occupation: "backend-developer", years: "x".repeat(5000), seniority: "mid" },
      { occupation: "backend-developer", seniority: "mid" },
    ]) {
      const res = await client.post("/assessment/experience", fields);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("Please correct the answers marked below.");
    }
    expect(await draftAnswers()).toEqual(before);
  });

  it("rejects a tampered hidden field", async () => {
    const client = await startedClient();
    const before = await draftAnswers();
    const res = await client.post("/assessment/experience", { occupation: "data-scientist", years: "5", seniority: "mid" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("does not match the assessment you started");
    expect(await draftAnswers()).toEqual(before);
  });

  it("goes through every step, resumes from the cookie in another session, and stores one result", async () => {
    const client = await startedClient();
    expect(
      (await client.post("/assessment/experience", { occupation: "backend-developer", years: "6", seniority: "senior" })).headers.get(
        "location",
      ),
    ).toBe("/assessment/tasks");

    // Shares that do not add up to 100 are refused unless the person asks us to scale them.
    const short = await client.post("/assessment/tasks", { occupation: "backend-developer", ...sharesFor([40, 20, 10, 10, 10]) });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("Your shares add up to 90%");
    const missing = await client.post("/assessment/tasks", { occupation: "backend-developer", "share-1": "100" });
    expect(missing.status).toBe(400);
    const ok = await client.post("/assessment/tasks", {
      occupation: "backend-developer",
      normalise: "on",
      ...sharesFor([40, 20, 10, 10, 10]),
    });
    expect(ok.headers.get("location")).toBe("/assessment/skills");

    // The draft is server-side: a second session with the same cookie carries on.
    const resumed = new FormClient(app.url);
    client.copyCookiesTo(resumed);
    const skillsPage = await resumed.get("/assessment/skills");
    expect(skillsPage.status).toBe(200);
    expect(await skillsPage.text()).toContain(skills[0]!);

    const badRating = await resumed.post("/assessment/skills", {
      occupation: "backend-developer",
      ...ratingsFor(3),
      [`skill:${skills[0]}`]: "7",
    });
    expect(badRating.status).toBe(400);
    const unknownSkill = await resumed.post("/assessment/skills", {
      occupation: "backend-developer",
      ...ratingsFor(3),
      "skill:Juggling": "5",
    });
    expect(unknownSkill.status).toBe(400);
    expect((await resumed.post("/assessment/skills", { occupation: "backend-developer", ...ratingsFor(3) })).headers.get("location")).toBe(
      "/assessment/goals",
    );

    const badGoals = await resumed.post("/assessment/goals", {
      occupation: "backend-developer",
      goal: "adjacent",
      hoursPerWeek: "0",
      region: "atlantis",
    });
    expect(badGoals.status).toBe(400);
    expect(await countRows()).toMatchObject({ results: 0 });

    const goals = { occupation: "backend-developer", goal: "adjacent", hoursPerWeek: "6", region: "north-west" };
    const [first, second] = await Promise.all([resumed.post("/assessment/goals", goals), resumed.post("/assessment/goals", goals)]);
    const locations = [first, second].filter((r) => r.status === 303).map((r) => r.headers.get("location"));
    expect(locations.length).toBeGreaterThanOrEqual(1);
    expect(new Set(locations).size).toBe(1);
    const resultPath = locations[0]!;
    expect(resultPath).toMatch(/^\/results\/[A-Za-z0-9_-]{32}$/);

    const results = await t.db.select().from(assessmentResults);
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.scoringVersion).toBe(SCORING_VERSION);
    expect(result!.answers.tasks.normalised).toBe(true);
    expect(result!.outcome.contributions).toHaveLength(tasks.length);
    expect(result!.outcome.pivots).toHaveLength(3);

    // After completion the steps lead to the result, and a further post changes nothing.
    expect((await resumed.get("/assessment/goals")).headers.get("location")).toBe(resultPath);
    const again = await resumed.post("/assessment/goals", goals);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe(resultPath);
    expect(await t.db.select().from(assessmentResults)).toHaveLength(1);

    const text = (html: string) => html.replaceAll("<!-- -->", "");
    const page1 = text(await (await resumed.get(resultPath)).text());
    const page2 = text(await (await new FormClient(app.url).get(resultPath)).text());
    expect(page1).toContain(`Your AI exposure is ${result!.outcome.personalScore} out of 100`);
    expect(page2).toContain(`Your AI exposure is ${result!.outcome.personalScore} out of 100`);
    const [reloaded] = await t.db.select().from(assessmentResults);
    expect(reloaded!.outcome).toEqual(result!.outcome);

    // Optional email capture needs explicit consent.
    const noConsent = await resumed.post(resultPath, { intent: "email", email: "sam@example.com" });
    expect(noConsent.status).toBe(400);
    const badEmail = await resumed.post(resultPath, { intent: "email", email: "not-an-email", consent: "yes" });
    expect(badEmail.status).toBe(400);
    expect((await t.db.select().from(assessmentResults))[0]!.email).toBeNull();
    const saved = await resumed.post(resultPath, { intent: "email", email: "Sam@Example.com", consent: "yes" });
    expect(saved.status).toBe(200);
    const [withEmail] = await t.db.select().from(assessmentResults);
    expect(withEmail!.email).toBe("sam@example.com");
    expect(withEmail!.emailConsentAt).toBeInstanceOf(Date);
    expect(withEmail!.emailConsentText).toMatch(/I agree/);
  });

  it("asks for the salary band as an optional answer: a bad value is a 400 with a human message and writes nothing; a band is stored, none is stored as absent", async () => {
    const reachGoals = async () => {
      const client = await startedClient();
      await client.post("/assessment/experience", { occupation: "backend-developer", years: "2", seniority: "junior" });
      await client.post("/assessment/tasks", { occupation: "backend-developer", normalise: "on", ...sharesFor([40, 20, 10, 10, 10]) });
      expect((await client.post("/assessment/skills", { occupation: "backend-developer", ...ratingsFor(3) })).headers.get("location")).toBe(
        "/assessment/goals",
      );
      return client;
    };
    const goals = { occupation: "backend-developer", goal: "future-proof", hoursPerWeek: "4", region: "london" };

    const client = await reachGoals();
    const form = await (await client.get("/assessment/goals")).text();
    expect(form).toContain("Your current salary");
    expect(form).toContain("Prefer not to say");
    const before = await countRows();
    const answersBefore = await draftAnswers();
    for (const salaryBand of ["£1,000,000", "65000", "under-25k; drop table", "x".repeat(500)]) {
      const bad = await client.post("/assessment/goals", { ...goals, salaryBand });
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain("Choose one of the salary bands, or “Prefer not to say”.");
      expect(html).not.toMatch(/at Object\.|node_modules|ZodError/);
    }
    expect(await countRows()).toEqual(before);
    expect(await draftAnswers()).toEqual(answersBefore);

    expect((await client.post("/assessment/goals", { ...goals, salaryBand: "45-55k" })).status).toBe(303);
    const withBand = await t.db.select().from(assessmentResults);
    expect(withBand.at(-1)!.answers.goals).toEqual({ goal: "future-proof", hoursPerWeek: 4, region: "london", salaryBand: "45-55k" });

    // "Prefer not to say" (empty) and a form without the field both complete the assessment with no band stored.
    for (const extra of [{ salaryBand: "" }, {}] as Record<string, string>[]) {
      const known = new Set((await t.db.select().from(assessmentResults)).map((r) => r.id));
      const other = await reachGoals();
      expect((await other.post("/assessment/goals", { ...goals, ...extra })).status).toBe(303);
      const added = (await t.db.select().from(assessmentResults)).filter((r) => !known.has(r.id));
      expect(added.map((r) => r.answers.goals)).toEqual([{ goal: "future-proof", hoursPerWeek: 4, region: "london" }]);
    }
  });

  it("offers optional ratings of the skills likely moves need: a rated one is stored and changes the outcome; a bad one is a 400 that writes nothing", async () => {
    const reachSkills = async () => {
      const client = await startedClient();
      await client.post("/assessment/experience", { occupation: "backend-developer", years: "6", seniority: "mid" });
      expect(
        (
          await client.post("/assessment/tasks", { occupation: "backend-developer", normalise: "on", ...sharesFor([40, 20, 10, 10, 10]) })
        ).headers.get("location"),
      ).toBe("/assessment/skills");
      return client;
    };
    const client = await reachSkills();
    const page = (await (await client.get("/assessment/skills")).text()).replaceAll("<!-- -->", "");
    expect(page).toContain("Skills your likely moves need (optional)");
    expect(page).toContain("rating these makes your paths and plan use your level instead of a guess");
    const extras = [...new Set([...page.matchAll(/name="extra:([^"]+)"/g)].map((m) => m[1]!))];
    expect(extras.length).toBeGreaterThanOrEqual(1);
    expect(extras.length).toBeLessThanOrEqual(4);
    for (const extra of extras) expect(skills).not.toContain(extra);
    // "Not sure / skip" is chosen until the person picks a level.
    const radios = page.match(/<input[^>]*name="extra:[^>]*>/g) ?? [];
    expect(radios.filter((r) => r.includes('checked=""'))).toHaveLength(extras.length);
    expect(radios.filter((r) => r.includes('checked=""')).every((r) => r.includes('value=""'))).toBe(true);

    const before = await countRows();
    const answersBefore = await draftAnswers();
    const skipped = Object.fromEntries(extras.map((e) => [`extra:${e}`, ""]));
    for (const [extra, message] of [
      [{ "extra:Juggling": "3" }, "This form does not match the skills we asked about"],
      [{ [`extra:${skills[0]}`]: "3" }, "This form does not match the skills we asked about"],
      [{ [`extra:${extras[0]}`]: "7" }, "Rate this skill from 1 to 5, or choose “Not sure / skip”."],
      [{ [`extra:${extras[0]}`]: "3.5" }, "Rate this skill from 1 to 5, or choose “Not sure / skip”."],
    ] as const) {
      const res = await client.post("/assessment/skills", { occupation: "backend-developer", ...ratingsFor(3), ...skipped, ...extra });
      expect(res.status).toBe(400);
      const html = (await res.text()).replaceAll("<!-- -->", "");
      expect(html).toContain(message);
      expect(html).not.toMatch(/at Object\.|node_modules|ZodError/);
    }
    expect(await countRows()).toEqual(before);
    expect(await draftAnswers()).toEqual(answersBefore);

    const goals = { occupation: "backend-developer", goal: "cross-domain", hoursPerWeek: "6", region: "north-west" };
    const finish = async (c: FormClient, extraRatings: Record<string, string>) => {
      expect(
        (await c.post("/assessment/skills", { occupation: "backend-developer", ...ratingsFor(3), ...extraRatings })).headers.get(
          "location",
        ),
      ).toBe("/assessment/goals");
      const done = await c.post("/assessment/goals", goals);
      expect(done.status).toBe(303);
      const path = done.headers.get("location")!;
      const results = await t.db.select().from(assessmentResults);
      return { path, result: results.at(-1)! };
    };
    const unrated = await finish(client, skipped);
    expect(unrated.result.answers.skills.ratings.map((r) => r.skill)).toEqual(skills);

    const rated = await finish(await reachSkills(), { ...skipped, ...Object.fromEntries(extras.map((e) => [`extra:${e}`, "5"])) });
    expect(rated.result.answers.skills.ratings).toEqual([
      ...skills.map((skill) => ({ skill, rating: 3 })),
      ...extras.map((skill) => ({ skill, rating: 5 })),
    ]);
    // Rated at 5 instead of assumed, the moves that need these skills match better.
    const matchOf = (o: typeof unrated.result.outcome) => new Map(o.pivots.map((p) => [p.slug, p.matchPercent]));
    const [was, now] = [matchOf(unrated.result.outcome), matchOf(rated.result.outcome)];
    expect(rated.result.outcome.pivots).not.toEqual(unrated.result.outcome.pivots);
    expect([...now].some(([slug, match]) => match > (was.get(slug) ?? 0))).toBe(true);
    // Rated extras count as the person's own level, not an assumption, in the stored gaps.
    for (const gap of rated.result.outcome.pivots.flatMap((p) => p.topGaps))
      if (extras.includes(gap.skill)) expect(gap.assumed).toBe(false);

    const resultPage = await client.get(rated.path);
    expect(resultPage.status).toBe(200);
    expect((await resultPage.text()).replaceAll("<!-- -->", "")).toContain(
      `Your AI exposure is ${rated.result.outcome.personalScore} out of 100`,
    );
  });

  it("leaves the optional group out for an occupation with no precomputed moves, and still completes", async () => {
    const [scientist] = await t.db.select().from(occupations).where(eq(occupations.slug, "data-scientist"));
    await t.db.delete(occupationPivots).where(eq(occupationPivots.occupationId, scientist!.id));
    const client = new FormClient(app.url);
    await client.post("/assessment", { occupation: "data-scientist" });
    await client.post("/assessment/experience", { occupation: "data-scientist", years: "3", seniority: "junior" });
    const scientistTasks = await t.db
      .select({ position: occupationTasks.position })
      .from(occupationTasks)
      .where(eq(occupationTasks.occupationId, scientist!.id));
    await client.post("/assessment/tasks", {
      occupation: "data-scientist",
      normalise: "on",
      ...Object.fromEntries(scientistTasks.map((task) => [`share-${task.position}`, "10"])),
    });
    const page = await (await client.get("/assessment/skills")).text();
    expect(page).toContain("Your skills");
    expect(page).not.toContain("Skills your likely moves need");
    expect(page).not.toContain('name="extra:');
    const keySkills = (await t.db.select().from(occupationSkills).where(eq(occupationSkills.occupationId, scientist!.id)))
      .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
      .slice(0, 8);
    const refused = await client.post("/assessment/skills", {
      occupation: "data-scientist",
      ...Object.fromEntries(keySkills.map((k) => [`skill:${k.skill}`, "3"])),
      "extra:Networking": "4",
    });
    expect(refused.status).toBe(400);
    const ok = await client.post("/assessment/skills", {
      occupation: "data-scientist",
      ...Object.fromEntries(keySkills.map((k) => [`skill:${k.skill}`, "3"])),
    });
    expect(ok.headers.get("location")).toBe("/assessment/goals");
  });

  it("answers an unknown or malformed result token with 404", async () => {
    const client = new FormClient(app.url);
    expect((await client.get("/results/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).status).toBe(404);
    expect((await client.get("/results/1")).status).toBe(404);
    expect((await client.post("/results/1", { intent: "email", email: "a@b.co", consent: "yes" })).status).toBe(404);
  });
});
