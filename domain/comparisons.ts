/**
 * The "more exposed / lower risk" cards on a report, chosen from the catalogue. Pure.
 */
export type Comparable = { id: number; sector: string; exposureScore: number; title: string };

export type Comparisons<T extends Comparable> = {
  moreExposed?: T;
  sameSectorLower?: T;
  muchLower?: T;
};

/** A role this many points below counts as "much lower risk". */
export const MUCH_LOWER_GAP = 12;

function closest<T extends Comparable>(items: T[], target: number): T | undefined {
  return [...items].sort((a, b) => Math.abs(a.exposureScore - target) - Math.abs(b.exposureScore - target) || a.id - b.id)[0];
}

export function exposureComparisons<T extends Comparable>(self: Comparable, others: readonly T[]): Comparisons<T> {
  const rest = others.filter((o) => o.id !== self.id);
  const sameSector = rest.filter((o) => o.sector === self.sector);
  const pool = (xs: T[]) => (xs.length > 0 ? xs : undefined);
  // Prefer the same sector; fall back to the whole catalogue so a card is not left empty.
  const higher = (xs: T[]) => xs.filter((o) => o.exposureScore > self.exposureScore);
  const slightlyLower = (xs: T[]) =>
    xs.filter((o) => o.exposureScore < self.exposureScore && o.exposureScore > self.exposureScore - MUCH_LOWER_GAP);
  const muchLower = (xs: T[]) => xs.filter((o) => o.exposureScore <= self.exposureScore - MUCH_LOWER_GAP);

  const moreExposed = closest(pool(higher(sameSector)) ?? higher(rest), self.exposureScore);
  const sameSectorLower = closest(slightlyLower(sameSector), self.exposureScore);
  const muchLowerPick = closest(
    (pool(muchLower(sameSector)) ?? muchLower(rest)).filter((o) => o.id !== sameSectorLower?.id),
    self.exposureScore - MUCH_LOWER_GAP,
  );
  return { moreExposed, sameSectorLower, muchLower: muchLowerPick };
}
