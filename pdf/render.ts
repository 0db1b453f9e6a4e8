import os from "node:os";
import { Piscina } from "piscina";
import type { BlueprintInput } from "./blueprint-input";

/** `cpuMs`: CPU time of the render thread (null off Linux); unlike renderMs it ignores other load on the machine. */
export type RenderedBlueprint = { pdf: Buffer; pageCount: number; renderMs: number; cpuMs: number | null };

type WorkerResult = { pdf: Uint8Array; pageCount: number; renderMs: number; cpuMs: number | null };

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

/**
 * Renders a Blueprint on a worker thread, so the caller's event loop keeps serving requests and
 * jobs meanwhile. `pageCount` is counted in the produced file; `renderMs` is the time spent
 * rendering inside the worker (queueing excluded).
 */
export async function renderBlueprintPdf(input: BlueprintInput): Promise<RenderedBlueprint> {
  recycleIfDue();
  rendersOnPool += 1;
  const current = getPool();
  const running = current.run(input) as Promise<WorkerResult>;
  const tracked = inFlight.get(current) ?? new Set<Promise<unknown>>();
  inFlight.set(current, tracked);
  tracked.add(running);
  const result = await running.finally(() => tracked.delete(running));
  return {
    pdf: Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength),
    pageCount: result.pageCount,
    renderMs: result.renderMs,
    cpuMs: result.cpuMs,
  };
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
