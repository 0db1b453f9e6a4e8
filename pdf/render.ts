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

let pool: Piscina | undefined;
let rendersOnPool = 0;

/**
 * Render threads grow by about 0.5 MB per render (inside react-pdf/fontkit; not found yet, see
 * ADR 010). Until it is, the pool is replaced after this many renders per thread: the old pool
 * finishes what it has and closes, so memory stays bounded and no render is interrupted.
 */
export const RENDERS_PER_THREAD_BEFORE_RECYCLE = 150;

const inFlight = new Map<Piscina, Set<Promise<unknown>>>();
/** Tasks queued or running on the current pool: what decides whether a Blueprint is split. */
let tasksInFlight = 0;

function recycleIfDue(): void {
  if (!pool || rendersOnPool < RENDERS_PER_THREAD_BEFORE_RECYCLE * renderPoolSize()) return;
  const retiring = pool;
  pool = undefined;
  rendersOnPool = 0;
  // piscina's close() can terminate a running task; wait for ours, then destroy the threads.
  void Promise.allSettled([...(inFlight.get(retiring) ?? [])]).then(async () => {
    inFlight.delete(retiring);
    await retiring.destroy();
  });
}

function getPool(): Piscina {
  // Created on first use so importing this module (e.g. from the web process) costs nothing.
  pool ??= new Piscina({
    filename: new URL("./render-worker.mjs", import.meta.url).href,
    maxThreads: renderPoolSize(),
    minThreads: 1,
    // Each thread holds its own copy of react-pdf (~100 MB); let idle ones go after a minute.
    idleTimeout: 60_000,
  });
  return pool;
}

async function runTask(task: RenderTask): Promise<RenderTaskResult> {
  recycleIfDue();
  rendersOnPool += 1;
  tasksInFlight += 1;
  const current = getPool();
  const running = current.run(task) as Promise<RenderTaskResult>;
  const tracked = inFlight.get(current) ?? new Set<Promise<unknown>>();
  inFlight.set(current, tracked);
  tracked.add(running);
  try {
    return await running;
  } finally {
    tracked.delete(running);
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
  const merged = await runTask({
    kind: "merge",
    parts: rendered.map((r) => r.pdf),
    occupationTitle: input.occupation.title,
    overflowingPages: rendered.flatMap((r) => r.overflowingPages),
  });
  const cpu = [...rendered, merged].map((r) => r.cpuMs);
  return toRendered({
    ...merged,
    renderMs: Math.round(performance.now() - started),
    cpuMs: cpu.every((c) => c !== null) ? cpu.reduce<number>((a, c) => a + c!, 0) : null,
  });
}

function toRendered(result: RenderTaskResult): RenderedBlueprint {
  return { ...result, pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength) };
}

/**
 * Starts the pool's first thread now (it loads react-pdf, about a second), so the first paid
 * order after a start does not wait for it.
 */
export function warmRenderPool(): void {
  getPool();
}

/** Stops the worker threads; the next render starts a new pool. */
export async function closeRenderPool(): Promise<void> {
  const current = pool;
  pool = undefined;
  rendersOnPool = 0;
  await current?.destroy();
}
