import { spawn } from "node:child_process";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMigrations } from "../../db/migrate";
import { occupationPivots, occupationSkills, occupationTasks, occupations } from "../../db/schema";
import { recomputePivots, seedCatalogue, STORED_PIVOTS } from "../../db/seed/seed";
import { CURATED_OCCUPATIONS } from "../../db/seed/curated";
import { topPivots } from "../../domain/pivots";
import { createTestDatabase, type TestDatabase } from "../support/database";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function snapshot(t: TestDatabase) {
  return {
    occupations: await t.db.select().from(occupations).orderBy(asc(occupations.id)),
    tasks: await t.db.select().from(occupationTasks).orderBy(asc(occupationTasks.occupationId), asc(occupationTasks.position)),
    skills: await t.db.select().from(occupationSkills).orderBy(asc(occupationSkills.occupationId), asc(occupationSkills.skill)),
    pivots: await t.db.select().from(occupationPivots).orderBy(asc(occupationPivots.occupationId), asc(occupationPivots.rank)),
  };
}

describe("migrations", () => {
  it("apply to an empty database and are a no-op the second time", async () => {
    const t = await createTestDatabase({ empty: true });
    try {
      await runMigrations(t.url);
      await runMigrations(t.url);
      const tables = await t.sql<{ table_name: string }[]>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
      expect(tables.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(["occupations", "occupation_tasks", "occupation_skills", "occupation_pivots"]),
      );
      const [migrations] = await t.sql<{ count: number }[]>`select count(*)::int as count from drizzle.__drizzle_migrations`;
      expect(migrations?.count).toBeGreaterThan(0);
    } finally {
      await t.drop();
    }
  });

  it("are safe when two processes start at once (advisory lock)", async () => {
    const t = await createTestDatabase({ empty: true });
    try {
      const runOne = () =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "db/migrate-cli.ts"), "--seed"], {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: t.url },
            stdio: ["ignore", "pipe", "pipe"],
          });
          let out = "";
          child.stdout.on("data", (d) => (out += d));
          child.stderr.on("data", (d) => (out += d));
          child.on("exit", (code) => resolve({ code, out }));
        });
      const results = await Promise.all([runOne(), runOne(), runOne()]);
      for (const r of results) expect(r.code, r.out).toBe(0);
      const [rows] = await t.sql<{ count: number }[]>`select count(*)::int as count from occupations`;
      expect(rows?.count).toBe(CURATED_OCCUPATIONS.length);
    } finally {
      await t.drop();
    }
  });
});

describe("curated catalogue seed", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it("is idempotent: a second run leaves every row as it was", async () => {
    const first = await seedCatalogue(t.db);
    const before = await snapshot(t);
    const second = await seedCatalogue(t.db);
    const after = await snapshot(t);
    expect(second).toEqual(first);
    expect(after).toEqual(before);
    expect(before.occupations).toHaveLength(CURATED_OCCUPATIONS.length);
    expect(before.tasks).toHaveLength(CURATED_OCCUPATIONS.length * 8);
  });

  it("stores Backend Developer with score 44 and its eight tasks in order", async () => {
    const [backend] = await t.db.select().from(occupations).where(eq(occupations.slug, "backend-developer"));
    expect(backend?.exposureScore).toBe(44);
    const tasks = await t.db
      .select()
      .from(occupationTasks)
      .where(eq(occupationTasks.occupationId, backend!.id))
      .orderBy(asc(occupationTasks.position));
    expect(tasks.map((x) => x.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("stores pivots equal to the pure computation over the stored skills", async () => {
    const rows = await t.db.select().from(occupations);
    const skills = await t.db.select().from(occupationSkills);
    const candidates = rows.map((r) => ({
      id: r.id,
      sector: r.sector,
      exposureScore: r.exposureScore,
      skills: skills.filter((s) => s.occupationId === r.id),
    }));
    const backend = candidates.find((c) => c.id === rows.find((r) => r.slug === "backend-developer")!.id)!;
    const expected = topPivots(backend, candidates, STORED_PIVOTS);
    const stored = await t.db
      .select()
      .from(occupationPivots)
      .where(eq(occupationPivots.occupationId, backend.id))
      .orderBy(asc(occupationPivots.rank));
    expect(stored.map((p) => [p.targetId, p.matchPercent, p.skillsHeld, p.skillsNeeded])).toEqual(
      expected.map((p) => [p.targetId, p.matchPercent, p.skillsHeld, p.skillsNeeded]),
    );
    expect(stored).toHaveLength(STORED_PIVOTS);
    for (const p of stored) {
      expect(p.matchPercent).toBeGreaterThanOrEqual(0);
      expect(p.matchPercent).toBeLessThanOrEqual(100);
      expect(p.skillsHeld.length + p.skillsNeeded.length).toBeGreaterThan(0);
    }
  });

  it("recomputes pivots when a skill profile changes", async () => {
    const [backend] = await t.db.select().from(occupations).where(eq(occupations.slug, "backend-developer"));
    const before = await t.db.select().from(occupationPivots).where(eq(occupationPivots.occupationId, backend!.id));
    await t.db.transaction(async (tx) => {
      await tx.update(occupationSkills).set({ level: 1 }).where(eq(occupationSkills.occupationId, backend!.id));
      await recomputePivots(tx);
    });
    const after = await t.db.select().from(occupationPivots).where(eq(occupationPivots.occupationId, backend!.id));
    expect(after.map((p) => p.matchPercent)).not.toEqual(before.map((p) => p.matchPercent));
    // and the seed puts the curated profile back
    await seedCatalogue(t.db);
    const restored = await t.db.select().from(occupationPivots).where(eq(occupationPivots.occupationId, backend!.id));
    expect(restored.map((p) => [p.targetId, p.matchPercent])).toEqual(before.map((p) => [p.targetId, p.matchPercent]));
    const [touched] = await t.sql<{ changed: number }[]>`select count(*)::int as changed from occupations where updated_at > created_at`;
    expect(touched?.changed).toBe(0);
  });
});
