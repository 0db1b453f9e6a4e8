import type { BlueprintModel } from "../blueprint-model";
import { clip, plural, SENIORITY_LABEL } from "../format";

const FOR_SENIORITY = {
  junior:
    "Routine work goes first, and juniors do most of it, so your window opens earlier than the role's. The upside: you can build judgement-heavy skills before habits set, and a year of deliberate practice counts for more now than at any later point.",
  mid: "You sit in the middle of the change: enough routine work to feel it, enough experience to move into design and ownership. Use the window to take on the decisions seniors make today.",
  senior:
    "Your week leans towards judgement, review and design, which AI helps least with. Your risk is less the work disappearing than the team around you shrinking: make yourself the person who decides how AI is used.",
  lead: "As a lead, your exposure is mostly indirect: how your team's work and hiring change. Your window is about shaping that change, setting how AI tools are adopted, and keeping your own technical judgement current.",
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

export function selectWindowPage(model: BlueprintModel): WindowData {
  const { outcome, occupation, answers } = model.input;
  const { content } = occupation;
  const { seniority, years } = answers.experience;
  const label = SENIORITY_LABEL[seniority];
  const eras = (content.timeline ?? []).slice(0, MAX_ERAS);
  return {
    title: outcome.window.label,
    forYou: outcome.window.detail,
    role: content.windowToAct
      ? { pluralTitle: occupation.pluralTitle, label: content.windowToAct.label, detail: clip(content.windowToAct.detail, 420) }
      : null,
    timelineIntro: content.timelineIntro ? clip(content.timelineIntro, 200) : null,
    eras: eras.map((era, i) => ({ period: era.period, title: era.title, body: clip(era.body, 320), last: i === eras.length - 1 })),
    level: { seniority: `${label[0]!.toUpperCase()}${label.slice(1)}`, years: plural(years, "year"), advice: FOR_SENIORITY[seniority] },
  };
}
