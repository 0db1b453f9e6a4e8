import type { BlueprintModel } from "../blueprint-model";

const PER_ROLE = 5;

export type EmployerEntry = { name: string; sector: string; location: string };
export type EmployerColumn = { targetId: number; title: string; employers: EmployerEntry[] };
export type EmployersData = { columns: EmployerColumn[]; firstTitle: string; projectTitle: string };

/** One column per pivot we hold a role for; a pivot whose target was deleted has nothing to list. */
export function selectEmployersPage(model: BlueprintModel): EmployersData {
  return {
    columns: model.pivots.flatMap(({ pivot, target }) =>
      target
        ? [{ targetId: pivot.targetId, title: pivot.title, employers: (target.content.employers ?? []).slice(0, PER_ROLE).map(({ name, sector, location }) => ({ name, sector, location })) }]
        : [],
    ),
    firstTitle: model.pivots[0]?.pivot.title ?? model.input.occupation.title,
    projectTitle: model.plan.project.title,
  };
}
