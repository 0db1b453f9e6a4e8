import type { BlueprintInput } from "./blueprint-input";

/** Sheets in every Blueprint (pdf/blueprint-document.tsx has one component per page). Here so the web process need not load react-pdf to know it. */
export const BLUEPRINT_PAGE_COUNT = 15;

/** What the main thread asks a render thread to do (pdf/render-worker.mjs): one whole Blueprint. */
export type RenderTask = { input: BlueprintInput };

/**
 * `renderMs`: time from start to the finished file on the render thread. `cpuMs`: CPU time of the
 * render thread (null off Linux). `overflowingPages`: Blueprint pages whose content did not fit
 * one A4 sheet, rendered again with pagination so nothing is cut off (the file then has more than
 * 15 sheets); empty when every page fits, as designed.
 */
export type RenderTaskResult = { pdf: Uint8Array; pageCount: number; renderMs: number; cpuMs: number | null; overflowingPages: number[] };
