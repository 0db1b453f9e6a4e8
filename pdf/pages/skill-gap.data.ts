import type { BlueprintModel, SkillLevelSource } from "../blueprint-model";
import { selectRoutes, type RoutesBlock } from "./entry-routes.data";
import { planBlocks } from "./plan.data";

const MAX_ROWS = 12;

export type SkillRow = {
  skill: string;
  /** The skill name as printed: the matrix's name column wraps names onto two lines at most. */
  label: string;
  importance: number;
  required: number;
  have: number;
  source: SkillLevelSource;
  short: boolean;
};

export type SkillGapData = {
  title: string;
  intro: string;
  rows: SkillRow[];
  /** Two to three sentences for a conversation with a hiring manager (or, staying, with your manager). */
  pitch: { heading: string; lines: string[] };
  /** Questions to prepare for, from the target's requirements and its least exposed work. */
  questions: { heading: string; items: string[] };
  /** Imported roles: the UK routes into the target's field for a move across SOC major groups (entry-routes.data.ts). */
  routes: RoutesBlock | null;
};

/** The plan's target requirements (the current role's when staying), biggest importance × shortfall first. */
export function selectSkillGapPage(model: BlueprintModel): SkillGapData {
  const { planPath, planGaps, plan, input } = model;
  const stay = planPath.kind === "stay";
  const role = stay ? input.occupation : planPath.target!;
  // Staying, the aims include a level up on the skills of the work AI touches least.
  const aims = new Map(role.skills.map((s) => [s.skill, { importance: s.importance, level: s.level }]));
  for (const g of planGaps)
    if (!aims.has(g.skill) || aims.get(g.skill)!.level < g.requiredLevel)
      aims.set(g.skill, { importance: g.importance, level: g.requiredLevel });
  const weight = (r: { importance: number; level: number; have: number }) => r.importance * Math.max(0, r.level - r.have);
  const rows = [...aims.entries()]
    .map(([skill, a]) => ({ skill, ...a, have: model.levelOf(skill).level, source: model.levelOf(skill).source }))
    .sort((a, b) => weight(b) - weight(a) || b.importance - a.importance || a.skill.localeCompare(b.skill))
    .slice(0, MAX_ROWS)
    .map((r) => ({
      skill: r.skill,
      label: r.skill,
      importance: r.importance,
      required: r.level,
      have: r.have,
      source: r.source,
      short: r.have < r.level,
    }));
  const gaps = rows.filter((r) => r.short).length;
  const held = rows
    .filter((r) => !r.short)
    .slice(0, 2)
    .map((r) => r.skill);
  const first = plan.focus[0];
  // Quoted by their labels, as the plan quotes them: an imported statement runs to 332 characters.
  const human = [...model.planTasks]
    .sort((a, b) => a.exposure - b.exposure)
    .slice(0, 2)
    .map((t) => ({ name: t.label }));
  const automate = model.automate;
  // The entry routes no plan page has room for take the place of the pitch and the questions.
  const routesHere = !model.roomy || planBlocks(model).routes?.place === "skills";
  if (routesHere)
    return {
      title: stay ? `Your skills against your role as ${role.title}` : `Your skills against ${role.title}`,
      intro: `${stay ? "Your role" : role.title} asks for ${role.skills.length} skills; you are below the level on ${gaps} of the ${rows.length} shown, ordered by importance × gap.`,
      rows,
      pitch: { heading: "", lines: [] },
      questions: { heading: "", items: [] },
      routes: selectRoutes(model),
    };
  return {
    title: stay ? `Your skills against your role as ${role.title}` : `Your skills against ${role.title}`,
    intro: `${stay ? "Your role" : role.title} asks for ${role.skills.length} skills${stay ? " (plus a level up where it is heading)" : ""}; you are below the level on ${gaps} of the ${rows.length} shown, ordered by importance × gap so the first rows are where your hours pay most.`,
    rows,
    pitch: stay
      ? {
          heading: "What to say to your manager",
          lines: [
            automate
              ? `“I have started running ‘${automate.label}’ with AI tools and review every output; it frees time I want to put into ‘${human[0]?.name ?? "the work AI touches least"}’.”`
              : `“I want to put more of my week into ‘${human[0]?.name ?? "the work AI touches least"}’, where I add most.”`,
            first
              ? `“I am working on ${first.skill} over the next twelve weeks, and I will show you the result: ‘${plan.project.title}’.”`
              : `“I will show you the result in twelve weeks: ‘${plan.project.title}’.”`,
            `“Which decisions on ‘${human[1]?.name ?? human[0]?.name ?? "our core work"}’ could I own next quarter?”`,
          ],
        }
      : {
          heading: `What to say to a hiring manager for ${role.title} roles`,
          lines: [
            `“I am moving from ${input.occupation.title}, where I already use ${held.join(" and ") || "the core skills you need"} every week.”`,
            first
              ? `“I have spent twelve weeks closing my gap in ${first.skill}; here is ‘${plan.project.title}’, and the decision in it I am proudest of.”`
              : `“Here is ‘${plan.project.title}’, and the decision in it I am proudest of.”`,
            `“What does someone new in this role get wrong in their first three months on ‘${human[0]?.name ?? "the work"}’?”`,
          ],
        },
    questions: {
      heading: stay ? "Questions your next review may ask" : `Interview questions to prepare for ${role.title}`,
      items: [
        // A skill the buyer has never used cannot have a war story: ask what an interviewer would ask a mover.
        ...rows
          .filter((r) => r.short)
          .slice(0, 2)
          .map((r) =>
            r.have === 0
              ? `${r.skill} is new to you: what have you done to build it, and what did your project teach you about it?`
              : `Walk us through a time you used ${r.skill} on a real problem. What would you do differently now?`,
          ),
        ...human.map((t) => `How would you approach “${t.name}” in your first month, and how would you know it was going well?`),
        `Where do you use AI tools in your work today, and how do you check what they produce?`,
      ],
    },
    routes: null,
  };
}
