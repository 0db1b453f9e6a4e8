import type { BlueprintModel } from "../blueprint-model";
import { clip } from "../format";

const PER_ROLE = 5;
// Three columns on one sheet: the schema allows 80-character names and locations, which wrap to
// four lines each there. The catalogue's longest are 40 (name) and 27 (location) characters.
const MAX_NAME = 48;
const MAX_PLACE = 30;

export type EmployerEntry = { name: string; sector: string; location: string };
export type EmployerColumn = { targetId: number; title: string; employers: EmployerEntry[] };
export type EmployersData = { columns: EmployerColumn[]; firstTitle: string; projectTitle: string };

/** One column per pivot we hold a role for; a pivot whose target was deleted has nothing to list. */
export function selectEmployersPage(model: BlueprintModel): EmployersData {
  return {
    columns: model.pivots.flatMap(({ pivot, target }) =>
      target
        ? [
            {
              targetId: pivot.targetId,
              title: pivot.title,
              employers: (target.content.employers ?? [])
                .slice(0, PER_ROLE)
                .map((e) => ({ name: clip(e.name, MAX_NAME), sector: clip(e.sector, MAX_PLACE), location: clip(e.location, MAX_PLACE) })),
            },
          ]
        : [],
    ),
    firstTitle: model.pivots[0]?.pivot.title ?? model.input.occupation.title,
    projectTitle: model.plan.project.title,
  };
}
