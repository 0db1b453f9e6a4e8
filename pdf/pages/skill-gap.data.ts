import type { BlueprintModel, SkillLevelSource } from "../blueprint-model";
import { clip } from "../format";

const MAX_ROWS = 12;

export type SkillRow = {
  skill: string;
  /** The skill name as printed: the matrix's name column is narrow. */
  label: string;
  importance: number;
  required: number;
  have: number;
  source: SkillLevelSource;
  short: boolean;
};

export type SkillGapData = { title: string; intro: string; rows: SkillRow[] };

/** The first pivot's requirements (else the current role's), biggest importance × shortfall first. */
export function selectSkillGapPage(model: BlueprintModel): SkillGapData {
  const target = model.pivots[0]?.target;
  const skills = target?.skills ?? model.input.occupation.skills;
  const weight = (r: { importance: number; level: number; have: { level: number } }) => r.importance * Math.max(0, r.level - r.have.level);
  const rows = skills
    .map((req) => ({ ...req, have: model.levelOf(req.skill) }))
    .sort((a, b) => weight(b) - weight(a) || b.importance - a.importance)
    .slice(0, MAX_ROWS)
    .map((r) => ({ skill: r.skill, label: clip(r.skill, 34), importance: r.importance, required: r.level, have: r.have.level, source: r.have.source, short: r.have.level < r.level }));
  const gaps = rows.filter((r) => r.short).length;
  return {
    title: target ? `Your skills against ${target.title}` : "Your skill profile",
    intro: target
      ? `${target.title} asks for ${skills.length} skills; you are below the level it needs on ${gaps} of the ${rows.length} shown, ordered by importance × gap so the first rows are where your hours pay most.`
      : model.pivots[0]
        ? `${model.pivots[0].pivot.title} is no longer in our catalogue, so this shows your current role's requirements.`
        : "We could not compute a pivot for you, so this shows your current role's requirements.",
    rows,
  };
}
