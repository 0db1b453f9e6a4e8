import os from "node:os";
import { Piscina } from "piscina";
import type { BlueprintInput } from "./blueprint-input";
import { BLUEPRINT_PAGE_COUNT, splitPages, type RenderTask, type RenderTaskResult } from "./render-task";

/** See RenderTaskResult; unlike renderMs, cpuMs ignores other load on the machine. */
export type RenderedBlueprint = Omit<RenderTaskResult, "pdf"> & { pdf: Buffer };

/** Threads in the pool: PDF_RENDER_THREADS, else one per available core; never fewer than one. */
export function renderPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number.parseInt(env.PDF_RENDER_THREADS ?? "", 10);
  const n = Number.isFinite(configured) && configured > 0 ? configured : os.availableParallelism();
  return Math.max(1, n);
}

/**
 * A render thread's old-space ceiling. A thread holds ≈ 110 MB live (react-pdf, fonts, the text
 * layout and shaping caches) and a render adds tens of MB that die young; left to itself V8 lets
 * old space grow to about four times the live heap before a full collection (≈ 470 MB a thread,
 * 1.2 GB for the pool). With this ceiling it collects sooner: the pool stays near 600 MB over
 * 1,000 renders. The price is in the tail, not the median: a full collection now and then lands in
 * a render (sequential p95 ≈ 160–175 ms instead of 105–125; median 91–103 ms either way; ADR 010).
 */
const RENDER_THREAD_OLD_SPACE_MB = 384;

let pool: Piscina | undefined;
/** Tasks queued or running on the pool: what decides whether a Blueprint is split. */
let tasksInFlight = 0;

function getPool(): Piscina {
  // Created on first use so importing this module (e.g. from the web process) costs nothing.
  pool ??= new Piscina({
    filename: new URL("./render-worker.mjs", import.meta.url).href,
    maxThreads: renderPoolSize(),
    // All threads stay up (≈ 120 MB each, flat): an idle pool splits the next Blueprint across
    // every thread, and a thread started on demand would cost seconds (loading react-pdf, fonts).
    minThreads: renderPoolSize(),
    resourceLimits: { maxOldGenerationSizeMb: RENDER_THREAD_OLD_SPACE_MB },
  });
  return pool;
}

async function runTask(task: RenderTask): Promise<RenderTaskResult> {
  tasksInFlight += 1;
  try {
    return (await getPool().run(task)) as RenderTaskResult;
  } finally {
    tasksInFlight -= 1;
  }
}

/**
 * How many threads one Blueprint may use now: all the idle ones. Under a burst every thread is
 * busy and each Blueprint is rendered whole on one thread (no merge cost, the most Blueprints per
 * second); when the pool is idle one Blueprint is split across the threads, so a single order
 * (the usual case) is ready in about half the time.
 */
export function partsFor(poolSize: number, busyTasks: number): number {
  return Math.max(1, Math.min(poolSize - busyTasks, MAX_PARTS));
}

/**
 * Every part pays a fixed ≈ 10 ms (document set-up, font subsets) and makes the merge longer,
 * while its share of the 15 pages shrinks: past four parts the gain is gone.
 */
const MAX_PARTS = 4;

/**
 * Renders a Blueprint on worker threads, so the caller's event loop keeps serving requests and
 * jobs meanwhile. `pageCount` is counted in the produced file; `renderMs` is the time from start
 * to the finished file (queueing behind other renders excluded when rendered whole); `cpuMs`
 * adds up every thread's CPU time spent on it.
 */
export async function renderBlueprintPdf(input: BlueprintInput): Promise<RenderedBlueprint> {
  const parts = partsFor(renderPoolSize(), tasksInFlight);
  if (parts < 2) return toRendered(await runTask({ kind: "render", input }));
  const started = performance.now();
  const rendered = await Promise.all(splitPages(BLUEPRINT_PAGE_COUNT, parts).map((pages) => runTask({ kind: "render", input, pages })));
  const merged = await runTask({ kind: "merge", parts: rendered.map((r) => r.pdf), occupationTitle: input.occupation.title });
  const cpu = [...rendered, merged].map((r) => r.cpuMs);
  return toRendered({
    ...merged,
    overflowingPages: rendered.flatMap((r) => r.overflowingPages),
    renderMs: Math.round(performance.now() - started),
    cpuMs: cpu.every((c) => c !== null) ? cpu.reduce<number>((a, c) => a + c!, 0) : null,
  });
}

function toRendered(result: RenderTaskResult): RenderedBlueprint {
  return { ...result, pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength) };
}

/**
 * Starts the pool's threads now (each loads react-pdf and the fonts, a second or more), so the
 * first paid order after a start does not wait for them.
 */
export function warmRenderPool(): void {
  getPool();
}

/** Stops the worker threads; the next render starts a new pool. */
export async function closeRenderPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.destroy();
}
