import type { StepDownPath } from "../../domain/scoring";

/**
 * What the result's step-down section prints, built in the loader so its words travel as data
 * and not in every visitor's JavaScript (most results have no step downs; bundle budget, issue 17).
 */
export type StepDownView = {
  title: string;
  /** Above the list; absent when there is nothing to list. */
  intro: string | null;
  /** The one line said instead of a list when the role has none. */
  none: string | null;
  paths: { slug: string; title: string; exposureScore: number; lead: string | null; detail: string }[];
};

export const STEP_DOWNS_TITLE = "Step-down options you asked for";

/**
 * A stored step-down reason split into what makes it a step down ("Needs much less preparation
 * and pays less.") and the rest (work, job zones, pay ratio, exposure). Reasons imported before
 * the lead was written ("A step down, shown only if you ask for one. …") have no lead: their
 * details still name the zones and the pay ratio.
 */
export function splitStepDownReason(reason: string): { lead: string | null; detail: string } {
  const m = /^A step down(?::\s*([^.]+)\.|, shown only if you ask for one\.|\.)\s*/.exec(reason);
  if (!m) return { lead: null, detail: reason };
  const lead = m[1] ? `${m[1][0]!.toUpperCase()}${m[1].slice(1)}.` : null;
  return { lead, detail: reason.slice(m[0].length) };
}

/**
 * The section for a stored outcome's step downs: null when the person did not ask (or the role is
 * curated, which has none computed), so nothing shows; one line when the role has none.
 */
export function stepDownView(paths: readonly StepDownPath[] | undefined, occupationTitle: string): StepDownView | null {
  if (paths === undefined) return null;
  if (paths.length === 0) {
    return {
      title: STEP_DOWNS_TITLE,
      intro: null,
      none: `We have no step-down options for ${occupationTitle.toLowerCase()}: none of the roles whose work is most like yours needs much less preparation or pays less.`,
      paths: [],
    };
  }
  return {
    title: STEP_DOWNS_TITLE,
    intro:
      "You said you would also consider work that needs less training or pays less. These are not among your best moves: each needs " +
      "much less preparation than your role, pays less, or both, as it says. Pay is compared with US medians as a ratio; UK pay may differ.",
    none: null,
    paths: paths.map((p) => ({ slug: p.slug, title: p.title, exposureScore: p.exposureScore, ...splitStepDownReason(p.reason) })),
  };
}
