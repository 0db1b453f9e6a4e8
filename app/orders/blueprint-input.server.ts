import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { assessmentResults, occupationSkills, occupationTasks, occupations, orders } from "../../db/schema";
import { singularOccupationTitle } from "../../domain/singular-title";
import { buildBlueprintInput, type BlueprintInput, type BlueprintSkill, type BlueprintTask } from "../../pdf/blueprint-input";

/**
 * Gathers one order's Blueprint input: the order with its stored result and occupation (one
 * join), then the tasks and skills of that occupation and of every pivot target in one query each.
 * Null when the order does not exist.
 */
export async function loadBlueprintInput(db: Database, orderId: string): Promise<BlueprintInput | null> {
  const [row] = await db
    .select({ order: orders, result: assessmentResults, occupation: occupations })
    .from(orders)
    .innerJoin(assessmentResults, eq(assessmentResults.id, orders.resultId))
    .innerJoin(occupations, eq(occupations.id, orders.occupationId))
    .where(eq(orders.id, orderId));
  if (!row) return null;
  const { order, result, occupation } = row;

  const targetIds = [...new Set(result.outcome.pivots.map((p) => p.targetId))].filter((id) => id !== occupation.id);
  const ids = [occupation.id, ...targetIds];
  const [targets, tasks, skills] = await Promise.all([
    targetIds.length ? db.select().from(occupations).where(inArray(occupations.id, targetIds)) : Promise.resolve([]),
    db.select().from(occupationTasks).where(inArray(occupationTasks.occupationId, ids)).orderBy(asc(occupationTasks.position)),
    db.select().from(occupationSkills).where(inArray(occupationSkills.occupationId, ids)),
  ]);

  const tasksOf = group(tasks, (t): BlueprintTask => ({
    position: t.position,
    name: t.name,
    description: t.description,
    risk: t.risk,
    exposure: t.exposure,
    aiTools: t.aiTools,
  }));
  const skillsOf = group(skills, (s): BlueprintSkill => ({ skill: s.skill, importance: s.importance, level: s.level }));
  // Imported titles are O*NET's plurals: the Blueprint speaks of one person ("a mid-level Registered Nurse").
  const titles = (o: typeof occupation) => (o.origin === "imported" ? { title: singularOccupationTitle(o.title), pluralTitle: o.title } : {});
  const withDetail = (o: typeof occupation) => ({ ...o, ...titles(o), tasks: tasksOf.get(o.id) ?? [], skills: skillsOf.get(o.id) ?? [] });

  return buildBlueprintInput({
    orderId: order.id,
    buyerEmail: order.email ?? result.email,
    orderDate: order.paidAt ?? order.createdAt,
    scoringVersion: result.scoringVersion,
    answers: result.answers,
    outcome: result.outcome,
    occupation: withDetail(occupation),
    targets: targets.map(withDetail),
  });
}

function group<R extends { occupationId: number }, T>(rows: readonly R[], map: (row: R) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.occupationId) ?? [];
    list.push(map(r));
    out.set(r.occupationId, list);
  }
  return out;
}
