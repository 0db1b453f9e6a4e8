/**
 * Two blocks the plan pages carry for imported roles (issue 17): the UK entry routes into the plan
 * target's sector when the move leaves the buyer's own (a register, a licence, an apprenticeship),
 * from the learning library; and the long-term paths the catalogue stored for the role, labelled as
 * such, so a move that needs a new degree is never mistaken for a 90-day pivot.
 */
import { singularOccupationTitle } from "../../domain/singular-title";
import type { BlueprintModel } from "../blueprint-model";
import type { EntryRoute } from "../blueprint-input";

export type RouteLine = { key: string; title: string; url: string; detail: string };
export type RoutesBlock = { heading: string; intro: string; routes: RouteLine[] };
export type LongTermBlock = { heading: string; intro: string; paths: { key: number; title: string; reason: string }[] };

const LONG_TERM_SHOWN = 2;
const FORMAT_WORD: Record<string, string> = {
  apprenticeship: "apprenticeship",
  certification: "qualification",
  guide: "guide",
  course: "course",
  bootcamp: "bootcamp",
  book: "book",
  practice: "practice",
  video: "video",
};

export const routeCost = (r: Pick<EntryRoute, "costGbp" | "costFrom">) =>
  r.costGbp === 0 ? "free" : `${r.costFrom ? "from" : "about"} £${r.costGbp.toLocaleString("en-GB")}`;

/**
 * Page 9 (the skill gaps against the plan's target) carries the routes when it has room: without
 * its manager pitch and interview questions (a page laid out for long catalogue text). Otherwise a
 * plan page with room, else page 2, else page 9 after all, giving up its pitch and questions (placeBlocks).
 */
export const routesOnSkillPage = (model: BlueprintModel) => !model.roomy;

/** The entry routes into the plan target's sector, or null when the plan stays in the buyer's sector. */
export function selectRoutes(model: BlueprintModel): RoutesBlock | null {
  const target = model.planPath.kind === "stay" ? null : model.planPath.target;
  const routes = target?.entryRoutes ?? [];
  if (!target || routes.length === 0) return null;
  const sector = target.employerSector?.title ?? target.sector;
  return {
    heading: `Getting into ${sector}: the UK routes`,
    intro: `${target.title} is in another field from your role, and the field has its own ways in: these are its usual UK routes, most longer than twelve weeks and not part of this plan's hours or cost. Check which one ${target.title} adverts ask for before you commit.`,
    routes: routes.map((r) => ({
      key: r.title,
      title: r.title,
      url: r.url,
      detail: `${FORMAT_WORD[r.format] ?? r.format}, ${r.provider}; about ${r.hours} h, ${routeCost(r)}${r.ukNote ? `. ${r.ukNote.replace(/\.$/, "")}` : ""}`,
    })),
  };
}

/** The long-term paths stored with an imported role's result, each with its reason; null when none. */
export function selectLongTerm(model: BlueprintModel): LongTermBlock | null {
  const paths = model.input.outcome.longTermPaths ?? [];
  if (!paths.length) return null;
  return {
    heading: "Longer term, beyond this plan",
    intro:
      "Moves that need much more preparation, such as a new degree or licence: long-term paths, not pivots, so no plan here aims at them.",
    paths: paths.slice(0, LONG_TERM_SHOWN).map((p) => ({
      key: p.targetId,
      title: singularOccupationTitle(p.title),
      reason: shortReason(p.reason),
    })),
  };
}

/**
 * The stored reason without what the label already says ("Long-term path, not a quick pivot.")
 * and without the task words that explain the match ("Work 22 % alike in O*NET task statements
 * (record patients, …);"): the preparation, pay and exposure are what a long-term path turns on.
 */
export function shortReason(reason: string): string {
  const rest = reason
    .replace(/^Long-term path, not a quick pivot\.\s*/, "")
    .replace(/^Work \d+ % alike in O\*NET task statements \([^)]*\);\s*/, "");
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** About how many body lines a block takes, for the plan page's estimate (plan.data.ts). */
export function blockLines(block: RoutesBlock | LongTermBlock | null): number {
  if (!block) return 0;
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / 125));
  const rows = "routes" in block ? block.routes.map((r) => `${r.title} (${r.detail})`) : block.paths.map((p) => `${p.title}: ${p.reason}`);
  return 3 + lines(block.intro) + rows.reduce((n, r) => n + lines(r), 0);
}

type PlanPart = 1 | 2 | 3;
/**
 * A plan part; else page 2 (the summary, below the list of paths); for the routes, when page 2 has
 * no room either, page 9 (the skill gaps, in place of its pitch and questions).
 */
export type BlockPlace = PlanPart | "summary" | "skills";

/**
 * About how many lines page 2 gives its paths (each with its reason on a roomy Blueprint) and the
 * blocks placed below them; its three steps above take much the same on every Blueprint.
 */
function summaryLines(model: BlueprintModel, blocks: readonly (RoutesBlock | LongTermBlock)[]): number {
  const lines = (text: string) => Math.max(1, Math.ceil(text.length / 150));
  return (
    model.paths.reduce((n, p) => n + 1 + (model.roomy && p.reason ? lines(p.reason) : 0), 0) + blocks.reduce((n, b) => n + blockLines(b), 0)
  );
}

/**
 * Lines of paths and blocks up to which page 2 takes the routes: over the 916 imported buyers
 * whose routes found no plan page, every page 2 at 24 or fewer fitted its sheet and every one at
 * 25 or more ran onto a second.
 */
const SUMMARY_ROOM = 24;
export type BlockPlacement = {
  routes: { place: BlockPlace; block: RoutesBlock } | null;
  longTerm: { place: BlockPlace; block: LongTermBlock } | null;
};

/**
 * Where each block goes: the routes on part 1 (the buyer should know before starting), else part
 * 3, else part 2, else page 2, else page 9; the long-term paths on part 3 (after day 90), else page
 * 2. A part has room when its estimate with the block stays within the point up to which it takes
 * its notes; page 2 while its paths and blocks stay within SUMMARY_ROOM.
 */
export function placeBlocks(model: BlueprintModel, estimate: (part: PlanPart) => number, room: Record<PlanPart, number>): BlockPlacement {
  const routes = routesOnSkillPage(model) ? null : selectRoutes(model);
  const longTerm = selectLongTerm(model);
  if (!routes && !longTerm) return { routes: null, longTerm: null };
  const used: Record<PlanPart, number> = { 1: estimate(1), 2: estimate(2), 3: estimate(3) };
  const place = (block: RoutesBlock | LongTermBlock, order: PlanPart[]): BlockPlace => {
    const need = blockLines(block);
    const part = order.find((p) => used[p] + need <= room[p]);
    if (!part) return "summary";
    used[part] += need;
    return part;
  };
  const routesAt = routes ? place(routes, [1, 3, 2]) : null;
  const longTermAt = longTerm ? place(longTerm, [3]) : null;
  const onSummary = [routesAt === "summary" ? routes : null, longTermAt === "summary" ? longTerm : null].filter((b) => b !== null);
  return {
    routes:
      routes && routesAt
        ? { place: routesAt === "summary" && summaryLines(model, onSummary) > SUMMARY_ROOM ? "skills" : routesAt, block: routes }
        : null,
    longTerm: longTerm && longTermAt ? { place: longTermAt, block: longTerm } : null,
  };
}
