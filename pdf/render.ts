import os from "node:os";
import { Piscina } from "piscina";
import { getEnv } from "../lib/env";
import type { BlueprintInput } from "./blueprint-input";
import type { RenderTask, RenderTaskResult } from "./render-task";

/** See RenderTaskResult; unlike renderMs, cpuMs ignores other load on the machine. */
export type RenderedBlueprint = Omit<RenderTaskResult, "pdf"> & { pdf: Buffer };

/** Threads in the pool: PDF_RENDER_THREADS (validated in lib/env.ts), else one per available core. */
export function renderPoolSize(configured: number | undefined = getEnv().pdfRenderThreads): number {
  return Math.max(1, configured ?? os.availableParallelism());
}

/**
 * A render thread's old-space ceiling. A thread holds ≈ 110 MB live (react-pdf, fonts, the text
 * layout and shaping caches) and a render adds tens of MB that die young; left to itself V8 lets
 * old space grow to about four times the live heap before a full collection (≈ 470 MB a thread,
 * 1.2 GB for the pool). With this ceiling it collects sooner: the pool stayed near 600 MB over
 * 1,000 renders (before the larger young generation below). The price is in the tail: a full
 * collection now and then lands in a render (ADR 010).
 */
const RENDER_THREAD_OLD_SPACE_MB = 384;

/**
 * A render thread's young generation (V8 splits it into two 64 MB semi-spaces and a large-object
 * space). A Blueprint allocates ≈ 110 MB while it renders, and with V8's default (16 MB
 * semi-spaces) most of the document's tree outlived two scavenges, was promoted, and died in old
 * space: a full collection, marking the ≈ 120 MB of caches, every five renders. With room for a
 * render's working set it dies young: measured through the pool, CPU of the whole process per
 * Blueprint 218–231 ms instead of 274–325 ms, at ≈ 300 MB more RSS for a pool of two (940 MB
 * instead of 635 MB, flat over 400 renders; ADR 010).
 */
const RENDER_THREAD_YOUNG_GENERATION_MB = 192;

let pool: Piscina | undefined;

function getPool(): Piscina {
  // Created on first use so importing this module (e.g. from the web process) costs nothing.
  pool ??= new Piscina({
    filename: new URL("./render-worker.mjs", import.meta.url).href,
    maxThreads: renderPoolSize(),
    // All threads stay up (≈ 400 MB each, flat): a thread started on demand would cost the order
    // that waits for it a second or more (loading react-pdf and the fonts).
    minThreads: renderPoolSize(),
    resourceLimits: { maxOldGenerationSizeMb: RENDER_THREAD_OLD_SPACE_MB, maxYoungGenerationSizeMb: RENDER_THREAD_YOUNG_GENERATION_MB },
  });
  return pool;
}

/**
 * Renders a Blueprint whole on one worker thread, so the caller's event loop keeps serving
 * requests and jobs meanwhile. `pageCount` is counted in the produced file; `renderMs` is the time
 * the thread took (queueing behind other renders excluded); `cpuMs` is that thread's CPU time.
 *
 * One Blueprint is never split across threads: that saved about 100 ms on an idle pool and nothing
 * under load (ADR 010), and a single order is delivered well within its 5 s goal without it.
 */
export async function renderBlueprintPdf(input: BlueprintInput): Promise<RenderedBlueprint> {
  const task: RenderTask = { input };
  return toRendered((await getPool().run(task)) as RenderTaskResult);
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
