import { and, asc, desc, eq, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "../../db/client";
import { assessmentDrafts, assessmentResults, occupationPivots, occupationSkills, occupationTasks, occupations } from "../../db/schema";
import type { AssessmentOutcome, DraftAnswers, StepDownPath } from "../../domain/scoring";
import { loadAssessmentCandidates } from "../../db/pivot-candidates";
import { SCORING_VERSION, STEP_DOWNS_SHOWN, scoreAssessment, wantsStepDowns, withStepDowns } from "../../domain/scoring";
import { fieldErrors } from "../utils/form-errors";
import { deriveToken, hashToken, newToken } from "../utils/tokens.server";
import {
  UNKNOWN_EXTRA_MESSAGE,
  assessmentField,
  experienceSchema,
  goalsSchema,
  skillsSchemaFor,
  startSchema,
  tasksSchema,
} from "./schemas";
import { firstIncompleteStep, stepIndex, type StepId } from "./steps";
import { countFunnelStep } from "../staff/funnel-count.server";
import { ukWordMatch } from "../catalogue/uk-word-match.server";

/** How many of an occupation's skills the assessment asks about (most important first). */
export const KEY_SKILLS = 8;
/** At most this many optional ratings: enough to move a likely path's match, few enough to stay quick. */
export const EXTRA_SKILLS = 4;

export type Failure = {
  ok: false;
  status: 400 | 404 | 409;
  message: string;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
};
export type StepOutcome = { ok: true; next: string } | Failure;

const fail = (
  status: Failure["status"],
  message: string,
  values: Record<string, string> = {},
  errors: Record<string, string> = {},
): Failure => ({
  ok: false,
  status,
  message,
  fieldErrors: errors,
  values,
});

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && key.length <= 80) values[key] = value.slice(0, 200);
  return values;
}

export async function findOccupationForAssessment(slug: string) {
  const [row] = await getDb()
    .select({ id: occupations.id, slug: occupations.slug, title: occupations.title })
    .from(occupations)
    .where(eq(occupations.slug, slug));
  return row ?? null;
}

/** Creates a draft for the chosen occupation; the caller sets the returned token as a cookie. */
export async function startAssessment(form: FormData): Promise<{ ok: true; token: string; next: string } | Failure> {
  const parsed = startSchema.safeParse({ occupation: form.get("occupation") ?? undefined });
  if (!parsed.success) return fail(400, "Choose an occupation to start.", formValues(form), fieldErrors(parsed.error));
  const occupation = await findOccupationForAssessment(parsed.data.occupation);
  if (!occupation)
    return fail(400, "We could not find that occupation. Choose one from the list.", formValues(form), {
      occupation: "Choose an occupation from the list.",
    });
  const token = newToken();
  await getDb()
    .insert(assessmentDrafts)
    .values({ tokenHash: hashToken(token), occupationId: occupation.id });
  await countFunnelStep("assessment_start");
  return { ok: true, token, next: "/assessment/experience" };
}

/** The draft behind a cookie token, with what each step needs to render. */
export async function loadDraft(token: string | null) {
  if (!token) return null;
  const db = getDb();
  const [draft] = await db
    .select({
      id: assessmentDrafts.id,
      answers: assessmentDrafts.answers,
      resultId: assessmentDrafts.resultId,
      occupationId: occupations.id,
      slug: occupations.slug,
      title: occupations.title,
      origin: occupations.origin,
    })
    .from(assessmentDrafts)
    .innerJoin(occupations, eq(occupations.id, assessmentDrafts.occupationId))
    .where(eq(assessmentDrafts.tokenHash, hashToken(token)));
  if (!draft) return null;
  const [tasks, skills] = await Promise.all([
    db
      .select({
        position: occupationTasks.position,
        name: occupationTasks.name,
        description: occupationTasks.description,
        exposure: occupationTasks.exposure,
      })
      .from(occupationTasks)
      .where(eq(occupationTasks.occupationId, draft.occupationId))
      .orderBy(asc(occupationTasks.position)),
    db
      .select({ skill: occupationSkills.skill, importance: occupationSkills.importance, level: occupationSkills.level })
      .from(occupationSkills)
      .where(eq(occupationSkills.occupationId, draft.occupationId))
      .orderBy(desc(occupationSkills.importance), asc(occupationSkills.skill))
      .limit(KEY_SKILLS),
  ]);
  return { ...draft, tasks, skills, resultToken: draft.resultId ? deriveToken(token, "result") : null };
}

export type LoadedDraft = NonNullable<Awaited<ReturnType<typeof loadDraft>>>;

/** Where a draft may go: its first unanswered step, or its result once complete. */
export function allowedStep(draft: LoadedDraft, step: StepId): { ok: true } | { ok: false; redirectTo: string } {
  if (draft.resultToken) return { ok: false, redirectTo: `/results/${draft.resultToken}` };
  const first = firstIncompleteStep(draft.answers);
  if (stepIndex(step) > stepIndex(first)) return { ok: false, redirectTo: `/assessment/${first}` };
  return { ok: true };
}

function checkDraftForPost(draft: LoadedDraft | null, step: StepId, form: FormData): Failure | null {
  const values = formValues(form);
  if (!draft) return fail(409, "Your assessment has expired or was started in another browser. Please start again.", values);
  if (draft.resultToken) return fail(409, "This assessment is already complete. Start a new one to answer again.", values);
  if (form.get("occupation") !== draft.slug) {
    return fail(400, "This form does not match the assessment you started. Please reload the page and try again.", values);
  }
  const first = firstIncompleteStep(draft.answers);
  if (stepIndex(step) > stepIndex(first)) return fail(409, "Please answer the earlier questions first.", values);
  return null;
}

/** Saves one step's answers with a conditional update (never after completion). */
async function saveAnswers(draft: LoadedDraft, patch: DraftAnswers): Promise<boolean> {
  const updated = await getDb()
    .update(assessmentDrafts)
    .set({ answers: sql`${assessmentDrafts.answers} || ${JSON.stringify(patch)}::jsonb`, updatedAt: sql`now()` })
    .where(and(eq(assessmentDrafts.id, draft.id), isNull(assessmentDrafts.resultId)))
    .returning({ id: assessmentDrafts.id });
  return updated.length === 1;
}

function invalid(error: z.ZodError, form: FormData, positionByIndex?: number[]): Failure {
  const errors = fieldErrors(error, assessmentField);
  if (positionByIndex) {
    for (const [key, message] of Object.entries(errors)) {
      const m = /^share-(\d+)$/.exec(key);
      if (m) {
        delete errors[key];
        errors[`share-${positionByIndex[Number(m[1])]}`] = message;
      }
    }
  }
  return fail(400, "Please correct the answers marked below.", formValues(form), errors);
}

export async function submitExperience(draft: LoadedDraft | null, form: FormData): Promise<StepOutcome> {
  const problem = checkDraftForPost(draft, "experience", form);
  if (problem) return problem;
  const parsed = experienceSchema.safeParse({
    occupation: form.get("occupation"),
    years: form.get("years") ?? undefined,
    seniority: form.get("seniority") ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error, form);
  if (!(await saveAnswers(draft!, { experience: { years: parsed.data.years, seniority: parsed.data.seniority } }))) {
    return fail(409, "This assessment is already complete.", formValues(form));
  }
  return { ok: true, next: "/assessment/tasks" };
}

export async function submitTasks(draft: LoadedDraft | null, form: FormData): Promise<StepOutcome> {
  const problem = checkDraftForPost(draft, "tasks", form);
  if (problem) return problem;
  const positions = draft!.tasks.map((t) => t.position);
  const submitted = [...form.keys()].filter((k) => k.startsWith("share-"));
  const expected = positions.map((p) => `share-${p}`);
  if (submitted.length !== expected.length || !expected.every((k) => form.has(k))) {
    return fail(400, "This form does not match the tasks of your occupation. Please reload the page and try again.", formValues(form));
  }
  const parsed = tasksSchema.safeParse({
    occupation: form.get("occupation"),
    normalise: form.get("normalise") ?? undefined,
    shares: positions.map((position) => ({ position, value: form.get(`share-${position}`) })),
  });
  if (!parsed.success) return invalid(parsed.error, form, positions);
  const shares = parsed.data.shares.map((s) => ({ position: s.position, sharePercent: s.value }));
  const total = shares.reduce((sum, s) => sum + s.sharePercent, 0);
  if (!(await saveAnswers(draft!, { tasks: { shares, normalised: total !== 100 } }))) {
    return fail(409, "This assessment is already complete.", formValues(form));
  }
  return { ok: true, next: "/assessment/skills" };
}

/**
 * Skills the occupation's precomputed moves need that the key skills leave out, weightiest across
 * those moves first. Without a rating, scoring assumes the role's typical level (or none at all),
 * so these are the ratings most likely to change the paths and the plan. No pivots, no extras.
 */
export async function extraSkillsFor(draft: LoadedDraft): Promise<string[]> {
  const weight = sql`sum(${occupationSkills.importance})`;
  const rows = await getDb()
    .select({ skill: occupationSkills.skill })
    .from(occupationPivots)
    .innerJoin(occupationSkills, eq(occupationSkills.occupationId, occupationPivots.targetId))
    .where(
      and(
        eq(occupationPivots.occupationId, draft.occupationId),
        // Long-term paths and step downs are not the moves the result ranks.
        eq(occupationPivots.horizon, "pivot"),
        draft.skills.length > 0
          ? notInArray(
              occupationSkills.skill,
              draft.skills.map((s) => s.skill),
            )
          : undefined,
      ),
    )
    .groupBy(occupationSkills.skill)
    .orderBy(desc(weight), asc(occupationSkills.skill))
    .limit(EXTRA_SKILLS);
  return rows.map((r) => r.skill);
}

/** What the skills step shows: key skills and optional extras, each with any rating already given. */
export async function skillsStepView(draft: LoadedDraft) {
  const saved = new Map(draft.answers.skills?.ratings.map((r) => [r.skill, r.rating]));
  const extras = await extraSkillsFor(draft);
  return {
    slug: draft.slug,
    title: draft.title,
    skills: draft.skills.map((s) => ({ skill: s.skill, saved: saved.get(s.skill) ?? null })),
    extras: extras.map((skill) => ({ skill, saved: saved.get(skill) ?? null })),
  };
}

export async function submitSkills(draft: LoadedDraft | null, form: FormData): Promise<StepOutcome> {
  const problem = checkDraftForPost(draft, "skills", form);
  if (problem) return problem;
  const skills = draft!.skills.map((s) => s.skill);
  const submitted = [...form.keys()].filter((k) => k.startsWith("skill:"));
  if (submitted.some((k) => !skills.includes(k.slice("skill:".length)))) {
    return fail(400, "This form does not match the skills of your occupation. Please reload the page and try again.", formValues(form));
  }
  const offered = await extraSkillsFor(draft!);
  const extras = [...new Set([...form.keys()].filter((k) => k.startsWith("extra:")))].map((key) => ({
    skill: key.slice("extra:".length),
    rating: form.get(key) ?? undefined,
  }));
  const parsed = skillsSchemaFor(offered).safeParse({
    occupation: form.get("occupation"),
    ratings: skills.map((skill) => ({ skill, rating: form.get(`skill:${skill}`) ?? undefined })),
    extras,
  });
  if (!parsed.success) {
    const unknown = parsed.error.issues.find((i) => i.path[0] === "extras" && (i.path.length === 1 || i.path[2] === "skill"));
    if (unknown) return fail(400, UNKNOWN_EXTRA_MESSAGE, formValues(form));
    const failure = invalid(parsed.error, form);
    const keyOf = (i: z.core.$ZodIssue) =>
      i.path[0] === "extras" ? `extra:${extras[Number(i.path[1])]!.skill}` : `skill:${skills[Number(i.path[1])]}`;
    failure.fieldErrors = Object.fromEntries(
      parsed.error.issues.filter((i) => i.path[0] === "ratings" || i.path[0] === "extras").map((i) => [keyOf(i), i.message]),
    );
    return failure;
  }
  if (!(await saveAnswers(draft!, { skills: { ratings: parsed.data.ratings } }))) {
    return fail(409, "This assessment is already complete.", formValues(form));
  }
  return { ok: true, next: "/assessment/goals" };
}

/**
 * The last step: validates, computes the outcome once and stores it with the scoring version.
 * The result token is derived from the draft token, so a double submit lands on the same result.
 */
export async function completeAssessment(token: string | null, draft: LoadedDraft | null, form: FormData): Promise<StepOutcome> {
  const problem = checkDraftForPost(draft, "goals", form);
  if (problem) return problem;
  const parsed = goalsSchema.safeParse({
    occupation: form.get("occupation"),
    goal: form.get("goal") ?? undefined,
    hoursPerWeek: form.get("hoursPerWeek") ?? undefined,
    region: form.get("region") ?? undefined,
    salaryBand: form.get("salaryBand") ?? undefined,
    considerStepDown: form.get("considerStepDown") ?? undefined,
  });
  if (!parsed.success) return invalid(parsed.error, form);
  const d = draft!;
  const { goal, hoursPerWeek, region, salaryBand, considerStepDown } = parsed.data;
  // Optional answers are stored only when given, so answers without them read as before.
  const goals = { goal, hoursPerWeek, region, ...(salaryBand ? { salaryBand } : {}), ...(considerStepDown ? { considerStepDown } : {}) };
  const answers = { ...d.answers, goals };
  if (!answers.experience || !answers.tasks || !answers.skills)
    return fail(409, "Please answer the earlier questions first.", formValues(form));
  const complete = answers as Required<DraftAnswers>;
  const outcome = await computeOutcome(d, complete);
  const resultToken = deriveToken(token!, "result");

  const created = await getDb().transaction(async (tx) => {
    const [result] = await tx
      .insert(assessmentResults)
      .values({
        tokenHash: hashToken(resultToken),
        occupationId: d.occupationId,
        scoringVersion: SCORING_VERSION,
        answers: complete,
        outcome,
      })
      .onConflictDoNothing({ target: assessmentResults.tokenHash })
      .returning({ id: assessmentResults.id });
    if (result) {
      await tx
        .update(assessmentDrafts)
        .set({ answers: complete, resultId: result.id, updatedAt: sql`now()` })
        .where(and(eq(assessmentDrafts.id, d.id), isNull(assessmentDrafts.resultId)));
    }
    return Boolean(result);
  });
  // A repeated submission finds its result already stored: counted once.
  if (created) await countFunnelStep("assessment_complete");
  return { ok: true, next: `/results/${resultToken}` };
}

async function computeOutcome(draft: LoadedDraft, answers: Required<DraftAnswers>): Promise<AssessmentOutcome> {
  // Like with like (ADR 009): curated roles rank curated ones; imported roles their stored paths.
  const { occupation, candidates, explain } = await loadAssessmentCandidates(getDb(), draft.occupationId);
  const outcome = explain(scoreAssessment({ ...occupation, tasks: draft.tasks }, answers, candidates));
  // Only imported roles have step downs (the catalogue computes them at import); a curated role's result shows none.
  if (draft.origin !== "imported" || !wantsStepDowns(answers.goals)) return outcome;
  return withStepDowns(outcome, answers.goals, await storedStepDowns(draft.occupationId));
}

/** An imported role's stored step downs with their reasons, best first (as long-term paths are read). */
async function storedStepDowns(occupationId: number): Promise<StepDownPath[]> {
  return getDb()
    .select({
      targetId: occupationPivots.targetId,
      slug: occupations.slug,
      title: occupations.title,
      exposureScore: occupations.exposureScore,
      reason: sql<string>`${occupationPivots.reason}`,
    })
    .from(occupationPivots)
    .innerJoin(occupations, eq(occupations.id, occupationPivots.targetId))
    .where(
      and(eq(occupationPivots.occupationId, occupationId), eq(occupationPivots.horizon, "step-down"), isNotNull(occupationPivots.reason)),
    )
    .orderBy(asc(occupationPivots.rank))
    .limit(STEP_DOWNS_SHOWN);
}

/**
 * Occupations to choose from: title or alternate-title matches and the occupations a UK job word
 * in the query means ("solicitor" → Lawyers, labelled with the UK word), always including the
 * preselected one.
 */
export async function searchOccupationsForAssessment(query: string, preselected: string) {
  const q = query.trim();
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const uk = q ? ukWordMatch(q) : null;
  const match = q
    ? sql`(${occupations.title} ilike ${pattern} or exists (select 1 from unnest(${occupations.alternateTitles}) alt where alt ilike ${pattern}) or ${occupations.slug} = ${preselected}${uk ? sql` or ${uk.condition}` : sql``})`
    : sql`true`;
  const rows = await getDb()
    .select({ slug: occupations.slug, title: occupations.title, socCode: occupations.socCode })
    .from(occupations)
    .where(match)
    // With 900+ imported roles, the in-depth curated ones would otherwise fall off the first 40.
    .orderBy(
      sql`${occupations.slug} = ${preselected} desc`,
      ...(uk ? [uk.order] : []),
      sql`${occupations.origin} = 'curated' desc`,
      asc(occupations.title),
    )
    .limit(40);
  return rows.map(({ socCode, ...r }) => ({ ...r, ukWord: uk?.ukWordFor({ socCode, title: r.title }) ?? null }));
}
