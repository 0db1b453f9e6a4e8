import type { BlueprintModel } from "../blueprint-model";
import { clip, plural, SENIORITY_LABEL } from "../format";

const FOR_SENIORITY = {
  junior:
    "Routine work goes first, and juniors do most of it, so your window opens earlier than the role's. The upside: you can build judgement-heavy skills before habits set, and a year of deliberate practice counts for more now than at any later point.",
  mid: "You sit in the middle of the change: enough routine work to feel it, enough experience to move into design and ownership. Use the window to take on the decisions seniors make today.",
  senior:
    "Your week leans towards judgement, review and design, which AI helps least with. Your risk is less the work disappearing than the team around you shrinking: make yourself the person who decides how AI is used.",
  lead: "As a lead, your exposure is mostly indirect: how your team's work and hiring change. Your window is about shaping that change, setting how AI tools are adopted, and keeping your own professional judgement current.",
} as const;

const MAX_ERAS = 3;

export type Era = { period: string; title: string; body: string; last: boolean };

export type WindowData = {
  title: string;
  forYou: string;
  /** The catalogue's view of the role as a whole, when it has one. */
  role: { pluralTitle: string; label: string; detail: string } | null;
  timelineIntro: string | null;
  eras: Era[];
  level: { seniority: string; years: string; advice: string };
};

/**
 * Tomlinson et al. (2025) AI applicability over the 785 SOC codes of their file: the median and the
 * highest score, computed once from it, so a role's score can be read against the rest.
 */
const APPLICABILITY_MEDIAN = 0.15;
const APPLICABILITY_HIGHEST = 0.49;
const EXAMPLES_PER_ERA = 2;

/** The research's three exposure labels as stages: what AI reaches now, what follows as tools are built, what stays. */
const RESEARCH_STAGES = [
  { exposure: 100, period: "Now", title: "Within reach of AI today", what: "directly exposed: an LLM alone could halve the time" },
  {
    exposure: 50,
    period: "As tools arrive",
    title: "Next, as LLM-powered tools are built",
    what: "exposed once tools built on LLMs reach them",
  },
  {
    exposure: 0,
    period: "Stays human",
    title: "Work that stays with people",
    what: "not exposed: neither an LLM nor a tool built on one would halve the time",
  },
] as const;

/**
 * An imported role has no written timeline: the research's labels of its O*NET task statements
 * say what AI reaches first, what follows and what stays, with the buyer's own biggest tasks as
 * the examples. Observed use (Copilot conversations) is added where the data has the role.
 */
function researchTimeline(model: BlueprintModel): { intro: string; eras: Omit<Era, "last">[] } | null {
  const { occupation } = model.input;
  if (occupation.origin !== "imported" || model.tasks.length === 0) return null;
  const total = model.tasks.length;
  const eras = RESEARCH_STAGES.flatMap((stage) => {
    const tasks = model.tasks.filter((t) => t.exposure === stage.exposure).sort((a, b) => b.sharePercent - a.sharePercent);
    if (tasks.length === 0) return [];
    const examples = tasks
      .slice(0, EXAMPLES_PER_ERA)
      .map((t) => `“${t.label}”${t.sharePercent > 0 ? ` (${t.sharePercent}% of your week)` : ""}`);
    const lists = `task statements O*NET lists for ${occupation.pluralTitle}`;
    const body =
      tasks.length === 1
        ? `One of the ${total} ${lists} is ${stage.what}: ${examples[0]}.`
        : `${tasks.length === total ? `All ${total}` : `${tasks.length} of the ${total}`} ${lists} are ${stage.what}; among them ${examples.join(" and ")}.`;
    return [{ period: stage.period, title: stage.title, body }];
  });
  const applicability = occupation.content.research?.aiApplicability;
  const observed =
    applicability === undefined
      ? ""
      : ` Observed use: in Microsoft's study of Copilot conversations (Tomlinson et al., 2025) the work of ${occupation.pluralTitle} scores ${applicability.toFixed(2)} for AI applicability, against ${APPLICABILITY_MEDIAN.toFixed(2)} for the median occupation and ${APPLICABILITY_HIGHEST.toFixed(2)} for the highest.`;
  return {
    intro: `How the research behind this report (Eloundou et al., 2024) labels this role's tasks: what AI can do with the work, not when employers will use it.${observed}`,
    eras,
  };
}

export function selectWindowPage(model: BlueprintModel): WindowData {
  const { outcome, occupation, answers } = model.input;
  const { content } = occupation;
  const { seniority, years } = answers.experience;
  const label = SENIORITY_LABEL[seniority];
  const written = (content.timeline ?? []).slice(0, MAX_ERAS);
  const research = written.length ? null : researchTimeline(model);
  const eras = research ? research.eras : written;
  return {
    title: outcome.window.label,
    forYou: outcome.window.detail,
    role: content.windowToAct
      ? { pluralTitle: occupation.pluralTitle, label: content.windowToAct.label, detail: clip(content.windowToAct.detail, 420) }
      : null,
    timelineIntro: research ? research.intro : content.timelineIntro ? clip(content.timelineIntro, 200) : null,
    eras: eras.map((era, i) => ({
      period: era.period,
      title: era.title,
      body: research ? era.body : clip(era.body, 320),
      last: i === eras.length - 1,
    })),
    level: { seniority: `${label[0]!.toUpperCase()}${label.slice(1)}`, years: plural(years, "year"), advice: FOR_SENIORITY[seniority] },
  };
}
