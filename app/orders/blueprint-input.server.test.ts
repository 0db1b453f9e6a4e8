import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessmentResults, occupations, orders } from "../../db/schema";
import { seedCatalogue } from "../../db/seed/seed";
import { juniorBackend } from "../../pdf/sample-input";
import { createTestDatabase, type TestDatabase } from "../../tests/support/database";
import { loadBlueprintInput } from "./blueprint-input.server";

let t: TestDatabase;
let orderId: string;
const paidAt = new Date("2026-11-28T10:15:00Z");

beforeAll(async () => {
  t = await createTestDatabase();
  await seedCatalogue(t.db);
  // The sample's outcome, re-pointed at this database's occupation ids.
  const sample = juniorBackend();
  const ids = new Map((await t.db.select({ id: occupations.id, slug: occupations.slug }).from(occupations)).map((o) => [o.slug, o.id]));
  const outcome = { ...sample.outcome, pivots: sample.outcome.pivots.map((p) => ({ ...p, targetId: ids.get(p.slug)! })) };
  const occupationId = ids.get("backend-developer")!;
  const [result] = await t.db
    .insert(assessmentResults)
    .values({
      tokenHash: randomBytes(32).toString("hex"),
      occupationId,
      scoringVersion: sample.scoringVersion,
      answers: sample.answers,
      outcome,
    })
    .returning();
  const [order] = await t.db
    .insert(orders)
    .values({
      resultId: result!.id,
      occupationId,
      status: "paid",
      amount: 4900,
      currency: "gbp",
      email: "buyer@example.co.uk",
      resultTokenSealed: "sealed",
      downloadTokenHash: randomBytes(32).toString("hex"),
      downloadTokenSealed: "sealed",
      consentAt: paidAt,
      consentText: "consent",
      paidAt,
    })
    .returning();
  orderId = order!.id;
});

afterAll(async () => {
  await t?.drop();
});

describe("loadBlueprintInput", () => {
  it("gathers the order, its stored result, the occupation and every pivot target", async () => {
    const input = await loadBlueprintInput(t.db, orderId);
    expect(input).not.toBeNull();
    const sample = juniorBackend();
    expect(input!.buyerEmail).toBe("buyer@example.co.uk");
    expect(input!.orderDate).toBe(paidAt.toISOString());
    expect(input!.answers).toEqual(sample.answers);
    expect(input!.occupation.title).toBe("Backend Developer");
    expect(input!.occupation.tasks.map((x) => x.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(input!.occupation.skills).toEqual(sample.occupation.skills);
    expect(input!.occupation.content.salary).toEqual(sample.occupation.content.salary);
    expect(input!.pivotTargets.map((p) => p.slug)).toEqual(sample.pivotTargets.map((p) => p.slug));
    expect(input!.pivotTargets.map((p) => p.id)).toEqual(input!.outcome.pivots.map((p) => p.targetId));
    for (const [i, target] of input!.pivotTargets.entries()) {
      expect(target.tasks).toEqual(sample.pivotTargets[i]!.tasks);
      expect(target.skills).toEqual(sample.pivotTargets[i]!.skills);
      expect(target.content.employers).toEqual(sample.pivotTargets[i]!.content.employers);
    }
  });

  it("returns null for an unknown order", async () => {
    expect(await loadBlueprintInput(t.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("falls back to the order's creation date before payment", async () => {
    await t.db.update(orders).set({ paidAt: null }).where(eq(orders.id, orderId));
    const input = await loadBlueprintInput(t.db, orderId);
    const [row] = await t.db.select({ createdAt: orders.createdAt }).from(orders).where(eq(orders.id, orderId));
    expect(input!.orderDate).toBe(row!.createdAt.toISOString());
  });
});
