import { costText, type Milestone, type PlanWeek } from "../../domain/blueprint-plan";
import type { BlueprintModel } from "../blueprint-model";
import { plural } from "../format";

export type Phase = 1 | 2 | 3;

const PHASES = {
  1: { title: "Days 1–30: free up time, start on your biggest gap", day: 30 },
  2: { title: "Days 31–60: build depth, start your project", day: 60 },
  3: { title: "Days 61–90: show your work to employers", day: 90 },
} as const;

export type FocusLine = { skill: string; weeks: number[]; resource: string };
export type WeekAction = { key: string; hours: string; text: string };
export type WeekBlock = { week: number; theme: string; days: string; hours: string; actions: WeekAction[] };
export type ProjectBrief = { title: string; brief: string; hours: number; totalHours: number; skills: string; deliverables: string[] };

export type PlanPageData = {
  kicker: string;
  title: string;
  /** Only the first part introduces the plan and its focus skills. */
  intro: { hours: string; totalHours: number; targetTitle: string; focus: FocusLine[] } | null;
  weeks: WeekBlock[];
  milestone: Milestone | null;
  /** The portfolio project closes the last part, where it is shown to employers. */
  project: ProjectBrief | null;
};

const hoursText = (h: number) => (h === 1 ? "1 h" : `${h} h`);

function weekBlock(w: PlanWeek): WeekBlock {
  return {
    week: w.week,
    theme: w.theme,
    days: w.days,
    hours: plural(w.hours, "hour"),
    actions: w.actions.map((a) => ({ key: a.kind + a.text, hours: hoursText(a.hours), text: a.text })),
  };
}

export function selectPlanPage(model: BlueprintModel, phase: Phase): PlanPageData {
  const { plan } = model;
  const { title, day } = PHASES[phase];
  const { project } = plan;
  return {
    kicker: `Your 90-day plan · part ${phase} of 3`,
    title,
    intro:
      phase === 1
        ? {
            hours: plural(plan.hoursPerWeek, "hour"),
            totalHours: plan.totalHours,
            targetTitle: model.pivots[0]?.pivot.title ?? model.input.occupation.title,
            focus: plan.focus.map((f) => ({
              skill: f.skill,
              weeks: f.weeks,
              resource: f.resource
                ? `${f.resource.title}, ${f.resource.provider} — about ${f.resource.approxHours} h, ${costText(f.resource.approxCostGbp)}`
                : "guided self-study, set out week by week",
            })),
          }
        : null,
    weeks: plan.weeks.filter((w) => w.phase === phase).map(weekBlock),
    milestone: plan.milestones.find((m) => m.day === day) ?? null,
    project:
      phase === 3
        ? {
            title: project.title,
            brief: project.brief,
            hours: project.hours,
            totalHours: plan.totalHours,
            skills: project.skills.length ? `, exercising ${project.skills.join(", ")}` : "",
            deliverables: project.deliverables,
          }
        : null,
  };
}
