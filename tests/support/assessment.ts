import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { occupationSkills, occupationTasks, occupations } from "../../db/schema";
import { FormClient } from "./browserless";

export type Respondent = {
  occupation?: string;
  years?: number;
  seniority?: "junior" | "mid" | "senior" | "lead";
  /** Shares of the week per task, in task order (the rest get 0). */
  shares?: number[];
  rating?: number;
  goal?: "future-proof" | "adjacent" | "cross-domain";
  hoursPerWeek?: number;
  region?: string;
  /** Ticks "I would also consider work that needs less training or pays less" on the goals step. */
  considerStepDown?: boolean;
  email?: string;
};

/**
 * Completes the free assessment through the real forms, as a browser without JavaScript would,
 * and returns the client (cookies) and the private result token.
 */
export async function completeAssessment(
  baseUrl: string,
  db: Database,
  r: Respondent = {},
): Promise<{ client: FormClient; token: string }> {
  const slug = r.occupation ?? "backend-developer";
  const [occupation] = await db.select().from(occupations).where(eq(occupations.slug, slug));
  if (!occupation) throw new Error(`no occupation ${slug}`);
  const tasks = await db
    .select({ position: occupationTasks.position })
    .from(occupationTasks)
    .where(eq(occupationTasks.occupationId, occupation.id))
    .orderBy(asc(occupationTasks.position));
  const skills = (await db.select().from(occupationSkills).where(eq(occupationSkills.occupationId, occupation.id)))
    .sort((a, b) => b.importance - a.importance || a.skill.localeCompare(b.skill))
    .slice(0, 8);
  const even = Math.floor(100 / tasks.length);
  const shares = r.shares ?? tasks.map((_, i) => (i === 0 ? 100 - even * (tasks.length - 1) : even));

  const client = new FormClient(baseUrl);
  const expectRedirect = async (res: Response, step: string) => {
    if (res.status !== 303) throw new Error(`${step}: expected 303, got ${res.status}: ${(await res.text()).slice(0, 300)}`);
    return res.headers.get("location")!;
  };
  await expectRedirect(await client.post("/assessment", { occupation: slug }), "start");
  await expectRedirect(
    await client.post("/assessment/experience", { occupation: slug, years: String(r.years ?? 6), seniority: r.seniority ?? "mid" }),
    "experience",
  );
  await expectRedirect(
    await client.post("/assessment/tasks", {
      occupation: slug,
      ...Object.fromEntries(tasks.map((t, i) => [`share-${t.position}`, String(shares[i] ?? 0)])),
    }),
    "tasks",
  );
  await expectRedirect(
    await client.post("/assessment/skills", {
      occupation: slug,
      ...Object.fromEntries(skills.map((s) => [`skill:${s.skill}`, String(r.rating ?? 3)])),
    }),
    "skills",
  );
  const location = await expectRedirect(
    await client.post("/assessment/goals", {
      occupation: slug,
      goal: r.goal ?? "adjacent",
      hoursPerWeek: String(r.hoursPerWeek ?? 6),
      region: r.region ?? "north-west",
      ...(r.considerStepDown ? { considerStepDown: "yes" } : {}),
    }),
    "goals",
  );
  const token = /^\/results\/([A-Za-z0-9_-]{32})$/.exec(location)?.[1];
  if (!token) throw new Error(`unexpected result location ${location}`);
  if (r.email) {
    const saved = await client.post(`/results/${token}`, { intent: "email", email: r.email, consent: "yes" });
    if (saved.status !== 200) throw new Error(`saving the email answered ${saved.status}`);
  }
  return { client, token };
}
