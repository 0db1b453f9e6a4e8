import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { assessmentResults, occupationSkills, occupationTasks, occupations, orders, type Occupation } from "../../db/schema";
import { LEARNING_LIBRARY } from "../../db/seed/learning-library";
import { SECTOR_EMPLOYERS } from "../../db/seed/sector-employers";
import type { AssessmentOutcome, DraftAnswers } from "../../domain/scoring";
import { singularOccupationTitle } from "../../domain/singular-title";
import { buildBlueprintInput, type BlueprintInput, type BlueprintSkill, type BlueprintTask } from "../../pdf/blueprint-input";
import { enrichBlueprintInput } from "../../pdf/blueprint-enrichment";

/**
 * Gathers one order's Blueprint input: the order with its stored result and occupation (one
 * join), then the rest in `assembleBlueprintInput`. Null when the order does not exist.
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
  return assembleBlueprintInput(db, {
    orderId: order.id,
    buyerEmail: order.email ?? result.email,
    orderDate: order.paidAt ?? order.createdAt,
    scoringVersion: result.scoringVersion,
    answers: result.answers,
    outcome: result.outcome,
    occupation,
  });
}

export type StoredResultParts = {
  orderId: string;
  buyerEmail: string | null;
  orderDate: Date;
  scoringVersion: string;
  answers: Required<DraftAnswers>;
  outcome: AssessmentOutcome;
  occupation: Occupation;
};

/**
 * The input for a stored result: the tasks and skills of its occupation and of every pivot target
 * (one query each), then the learning library's resources, the sector employers of imported roles
 * and entry routes into other sectors, placed for this buyer (pdf/blueprint-enrichment.ts).
 */
export async function assembleBlueprintInput(db: Database, parts: StoredResultParts): Promise<BlueprintInput> {
  const { occupation, outcome } = parts;
  const targetIds = [...new Set(outcome.pivots.map((p) => p.targetId))].filter((id) => id !== occupation.id);
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
  const titles = (o: Occupation) => (o.origin === "imported" ? { title: singularOccupationTitle(o.title), pluralTitle: o.title } : {});
  const withDetail = (o: Occupation) => ({ ...o, ...titles(o), tasks: tasksOf.get(o.id) ?? [], skills: skillsOf.get(o.id) ?? [] });

  const input = buildBlueprintInput({ ...parts, occupation: withDetail(occupation), targets: targets.map(withDetail) });
  return enrichBlueprintInput(input, { library: LEARNING_LIBRARY, employers: SECTOR_EMPLOYERS });
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
