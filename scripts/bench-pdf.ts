/**
 * Blueprint rendering benchmark: npm run bench:pdf [-- --runs 30 --burst 12 --soak 1000]
 * Sequential renders give per-document latency; a concurrent burst through the pool gives
 * throughput; a soak of --soak renders gives sustained throughput and shows whether RSS stays
 * flat (no leak). Every Blueprint is rendered whole on one thread.
 * Worker threads live inside this process, so its RSS and CPU time include them. On a machine
 * shared with other work wall time measures the neighbours too, so each phase also prints CPU
 * time: the render thread's own per Blueprint, and the whole process's (render threads, V8's
 * garbage-collection helpers, this thread) per Blueprint, from which "CPU-bound" is the rate the
 * cores could reach with nothing else running. Load averages are printed with every figure.
 * Every render gets a different buyer (pdf/sample-input.ts variedBuyerInput: any curated
 * occupation, answers and email), so the per-thread shaping memo and text layout cache help only
 * with what real Blueprints share (headings, labels, an occupation's tasks, pivots and sources).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { closeRenderPool, renderBlueprintPdf, renderPoolSize } from "../pdf/render";
import { variedBuyerInput } from "../pdf/sample-input";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    burst: { type: "string", default: "" },
    soak: { type: "string", default: "1000" },
    warmup: { type: "string", default: "40" },
  },
});
const soak = Math.max(0, Number(values.soak) || 0);
const runs = Math.max(20, Number(values.runs));
const threads = renderPoolSize();
// The render threads load React as deployed (NODE_ENV=production in every deployment): its
// development build checks every element and made a Blueprint about a tenth slower. Set after the
// configuration is read (production's would ask for payment keys) and before the pool starts.
process.env.NODE_ENV = "production";
const burst = Number(values.burst) || threads * 6;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const load = () =>
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`;
const cores = os.availableParallelism();

/** CPU time of the whole process (every thread) spent in `work`, per render, and the rate that would give on every core. */
async function processCpu<T>(renders: number, work: () => Promise<T>): Promise<{ result: T; perRender: number; capacity: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  const perRender = (used.user + used.system) / 1000 / renders;
  return { result, perRender, capacity: (cores * 1000) / perRender };
}

/** Buyers whose Blueprint had a page outgrow A4 (rendered again with pagination onto extra sheets): a content bug to fix, and a slower render. */
const overflowing: string[] = [];

async function timed(i: number) {
  const started = performance.now();
  const r = await renderBlueprintPdf(variedBuyerInput(i));
  if (r.overflowingPages.length) overflowing.push(`buyer ${i} (page ${r.overflowingPages.join(", ")})`);
  return { wall: performance.now() - started, render: r.renderMs, cpu: r.cpuMs, bytes: r.pdf.length };
}

console.log(`Blueprint PDF benchmark · node ${process.version} · ${cores} cores · pool of ${threads} thread(s) · ${load()}`);
const warmStart = performance.now();
await Promise.all(Array.from({ length: threads }, (_, i) => timed(i)));
console.log(`thread start + first render on each thread: ${Math.round(performance.now() - warmStart)} ms`);
// A worker serves orders for days: measure it warm (JIT-compiled, fonts' shaping memo holding
// the text every Blueprint shares), as after its first few dozen orders.
const warmups = Math.max(0, Number(values.warmup) || 0);
const warmedAt = performance.now();
for (let i = 0; i < warmups; i += threads) await Promise.all(Array.from({ length: threads }, (_, k) => timed(1000 + i + k)));
console.log(`warm-up: ${warmups} more renders in ${Math.round(performance.now() - warmedAt)} ms`);

const sequential: Awaited<ReturnType<typeof timed>>[] = [];
// Buyers are numbered apart per phase, so no phase sees another's buyers again.
const sequentialCpu = await processCpu(runs, async () => {
  for (let i = 0; i < runs; i++) sequential.push(await timed(10_000 + i));
});
const walls = sequential.map((r) => r.wall).sort((a, b) => a - b);
const renders = sequential.map((r) => r.render).sort((a, b) => a - b);
console.log(`\nsequential, ${runs} renders one at a time · ${load()}`);
console.log(
  `  wall  median ${Math.round(quantile(walls, 0.5))} ms · p95 ${Math.round(quantile(walls, 0.95))} ms · max ${Math.round(walls.at(-1)!)} ms`,
);
console.log(`  render (inside worker) median ${quantile(renders, 0.5)} ms · p95 ${quantile(renders, 0.95)} ms`);
const cpus = sequential.flatMap((r) => (r.cpu === null ? [] : [r.cpu])).sort((a, b) => a - b);
if (cpus.length) console.log(`  cpu of the render thread median ${quantile(cpus, 0.5)} ms · p95 ${quantile(cpus, 0.95)} ms`);
console.log(`  cpu of the whole process ${Math.round(sequentialCpu.perRender)} ms a Blueprint`);
const sizes = sequential.map((r) => r.bytes).sort((a, b) => a - b);
console.log(`  size ${Math.round(sizes[0]! / 1024)}–${Math.round(sizes.at(-1)! / 1024)} KB`);

const burstLoad = load();
const burstStart = performance.now();
const burstRun = await processCpu(burst, () => Promise.all(Array.from({ length: burst }, (_, i) => timed(20_000 + i))));
const seconds = (performance.now() - burstStart) / 1000;
const burstWalls = burstRun.result.map((r) => r.wall).sort((a, b) => a - b);
const burstCpus = burstRun.result.flatMap((r) => (r.cpu === null ? [] : [r.cpu])).sort((a, b) => a - b);
console.log(`\nconcurrent burst, ${burst} renders through the pool · ${burstLoad} → ${load()}`);
console.log(
  `  ${(burst / seconds).toFixed(2)} blueprints/s · total ${seconds.toFixed(2)} s · per-job wall p95 ${Math.round(quantile(burstWalls, 0.95))} ms (includes queueing)`,
);
if (burstCpus.length) console.log(`  cpu of the render thread median ${quantile(burstCpus, 0.5)} ms · p95 ${quantile(burstCpus, 0.95)} ms`);
console.log(
  `  cpu of the whole process ${Math.round(burstRun.perRender)} ms a Blueprint → CPU-bound ${burstRun.capacity.toFixed(1)} blueprints/s on ${cores} cores`,
);

if (soak > 0) {
  console.log(`\nsoak, ${soak} renders through the pool (${threads * 2} in flight) · ${load()}`);
  const rssAt: string[] = [`0: ${mb(process.memoryUsage().rss)}`];
  const soakStart = performance.now();
  const soakCpuStart = process.cpuUsage();
  let next = 0;
  const lane = async () => {
    while (next < soak) {
      const i = next++;
      await timed(30_000 + i);
      if ((i + 1) % 200 === 0) {
        rssAt.push(`${i + 1}: ${mb(process.memoryUsage().rss)}`);
        console.log(
          `  … ${i + 1} renders, RSS ${mb(process.memoryUsage().rss)}, ${Math.round(performance.now() - soakStart) / 1000} s · ${load()}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: threads * 2 }, lane));
  const s = (performance.now() - soakStart) / 1000;
  const soakCpu = process.cpuUsage(soakCpuStart);
  const soakPerRender = (soakCpu.user + soakCpu.system) / 1000 / soak;
  console.log(
    `  sustained ${(soak / s).toFixed(2)} blueprints/s over ${s.toFixed(0)} s · cpu of the whole process ${Math.round(soakPerRender)} ms a Blueprint → CPU-bound ${((cores * 1000) / soakPerRender).toFixed(1)} blueprints/s`,
  );
  console.log(`  RSS after n renders · ${rssAt.join(" · ")}`);
}

if (overflowing.length)
  console.log(
    `\n${overflowing.length} render(s) had a page outgrow A4 and took a second, paginated render: ${overflowing.slice(0, 10).join("; ")}`,
  );

clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const mem = process.memoryUsage();
console.log(
  `\nmemory (whole process, worker threads included): peak RSS ${mb(peakRss)} · now RSS ${mb(mem.rss)} · main heap ${mb(mem.heapUsed)}`,
);
await closeRenderPool();
