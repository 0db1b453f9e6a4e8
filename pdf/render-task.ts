import type { BlueprintInput } from "./blueprint-input";

/** Sheets in every Blueprint (pdf/blueprint-document.tsx has one component per page). Here so the web process need not load react-pdf to know it. */
export const BLUEPRINT_PAGE_COUNT = 15;

/** What the main thread asks a render thread to do (pdf/render-worker.mjs). */
export type RenderTask =
  | { kind: "render"; input: BlueprintInput; pages?: number[] }
  | { kind: "merge"; parts: Uint8Array[]; occupationTitle: string };

/**
 * `cpuMs`: CPU time of the render thread(s) (null off Linux). `overflowingPages`: Blueprint pages
 * whose content did not fit one A4 sheet, rendered again with pagination so nothing is cut off
 * (the file then has more than 15 sheets); empty when every page fits, as designed.
 */
export type RenderTaskResult = { pdf: Uint8Array; pageCount: number; renderMs: number; cpuMs: number | null; overflowingPages: number[] };

/**
 * Splits pages 1..total into `parts` contiguous runs whose sizes differ by at most one, earlier
 * runs taking the extra page. The pages of a Blueprint cost about the same to lay out (measured
 * 12–35 ms each alone), so equal counts balance the threads well enough.
 */
export function splitPages(total: number, parts: number): number[][] {
  const n = Math.max(1, Math.min(Math.floor(parts), total));
  const base = Math.floor(total / n);
  const extra = total % n;
  const runs: number[][] = [];
  let next = 1;
  for (let i = 0; i < n; i++) {
    const size = base + (i < extra ? 1 : 0);
    runs.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return runs;
}
