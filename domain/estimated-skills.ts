/**
 * Skill ratings for an occupation O*NET publishes none for (50 of the 923 in the research data,
 * mostly newer codes: paramedics, taxi drivers, cardiologists…). Without them the role could
 * measure no skill gap and would be off sale (ADR 009). The estimate is the similarity-weighted
 * mean of the O*NET ratings of the occupations whose task statements are most alike, and every
 * place that shows it says it is an estimate and from which occupations. Pure.
 */
import type { OnetSkill } from "./catalogue-import";

/** As for the job zone estimate (imported-pivots.ts): five neighbours by task similarity. */
export const SKILL_NEIGHBOURS = 5;

export type SkillEstimate<Id> = {
  /** O*NET scale (importance and level 0–100), ready for `skillVector` like a published row. */
  skills: OnetSkill[];
  /** The neighbours used, most alike first. */
  from: Id[];
};

/**
 * `similar`: task similarity (0–1) of the occupation with others; `published(id)`: that
 * occupation's O*NET ratings, or undefined when it has none (an estimate never feeds another).
 * Importance is averaged over every neighbour; level over the neighbours that rate it (O*NET
 * leaves a level out as "Not relevant" when the skill hardly matters, which the low importance
 * already says). A skill no neighbour gives a level is left out, as for a published row.
 * Null when no occupation with ratings shares any work.
 */
export function estimateSkills<Id extends number | string>(
  similar: ReadonlyMap<Id, number>,
  published: (id: Id) => readonly OnetSkill[] | undefined,
  neighbours = SKILL_NEIGHBOURS,
): SkillEstimate<Id> | null {
  const near = [...similar]
    .filter(([id, s]) => s > 0 && (published(id)?.length ?? 0) > 0)
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .slice(0, neighbours);
  if (near.length === 0) return null;

  const totals = new Map<string, { importance: number; importanceWeight: number; level: number; levelWeight: number }>();
  for (const [id, weight] of near) {
    for (const s of published(id)!) {
      const t = totals.get(s.skill) ?? { importance: 0, importanceWeight: 0, level: 0, levelWeight: 0 };
      t.importance += weight * s.importance;
      t.importanceWeight += weight;
      if (s.level !== null) {
        t.level += weight * s.level;
        t.levelWeight += weight;
      }
      totals.set(s.skill, t);
    }
  }
  const skills = [...totals]
    .filter(([, t]) => t.levelWeight > 0)
    .map(([skill, t]) => ({ skill, importance: t.importance / t.importanceWeight, level: t.level / t.levelWeight }))
    .sort((a, b) => a.skill.localeCompare(b.skill));
  return { skills, from: near.map(([id]) => id) };
}

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "A, B and C" */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The sentence shown wherever an estimated role's skills are: "Skill levels estimated from the
 * five occupations whose work is most alike: …, because O*NET publishes none for this role."
 */
export function estimatedSkillsNote(from: readonly string[]): string {
  const n = from.length === 1 ? "the occupation" : `the ${COUNT_WORDS[from.length] ?? from.length} occupations`;
  return `Skill levels estimated from ${n} whose work is most alike: ${listed(from)}, because O*NET publishes none for this role.`;
}

/** The same, as one line of a Blueprint's sources (at most 200 characters with any title). */
export function estimatedSkillsSource(title: string, neighbours: number): string {
  const n = neighbours === 1 ? "the occupation" : `the ${COUNT_WORDS[neighbours] ?? neighbours} occupations`;
  return `${title}: skill levels estimated from ${n} with the most alike work (O*NET rates none)`;
}
