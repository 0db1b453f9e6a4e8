/**
 * Whether we sell the £49 Blueprint for an occupation. The Blueprint's salary page, named
 * employers and 90-day plan need content our team has checked for the role: a UK salary band
 * with its source, at least five named employers and real learning resources. Curated
 * occupations have all of it (db/seed/catalogue-schema.ts requires it); roles imported from the
 * research data have none of it, and a Blueprint without it would be the generic report buyers
 * complain about. So those results show the free result and say the Blueprint is not available
 * yet, and checkout refuses them.
 */
export const MIN_BLUEPRINT_EMPLOYERS = 5;

type BlueprintContent = {
  salary?: { median: number; source: string } | null;
  employers?: readonly unknown[] | null;
  learningResources?: readonly unknown[] | null;
};

export function blueprintAvailable(content: BlueprintContent | null | undefined): boolean {
  if (!content?.salary?.source) return false;
  return (content.employers?.length ?? 0) >= MIN_BLUEPRINT_EMPLOYERS && (content.learningResources?.length ?? 0) > 0;
}
