import { pdf as createPdf } from "@react-pdf/renderer";
import type { BlueprintInput } from "./blueprint-input";
import { BlueprintDocument, type BlueprintDocumentProps } from "./blueprint-document";
import { prepareBrandFonts } from "./fonts";
import type { RenderTaskResult } from "./render-task";
import { A4 } from "./styles";
import { createTextLayoutCache, installTextLayoutCache } from "./text-layout-cache";
import { threadCpuMs } from "./thread-cpu";

export { prepareBrandFonts };

export type RenderedPdf = RenderTaskResult;
export type RenderOptions = Pick<BlueprintDocumentProps, "wrap">;

/**
 * Each page's height in points, from the MediaBox pdfkit writes uncompressed once per page, so
 * its length is also the page count: the real output, measured without a PDF parser.
 */
export function pageHeights(pdf: Uint8Array): number[] {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 [\d.]+ ([\d.]+)\s*\]/g)].map((m) => Number(m[1]));
}

/**
 * Laid-out text kept per thread, in glyphs: about 2,000 texts, ≈ 25 MB of heap. Over a stream of
 * different buyers of the twelve curated occupations it answers 88 % of layouts (96 % with four
 * times the room, for ≈ 7 ms less per Blueprint). See pdf/text-layout-cache.ts.
 */
const TEXT_LAYOUT_CACHE_GLYPHS = 200_000;
export const textLayoutCache = createTextLayoutCache(TEXT_LAYOUT_CACHE_GLYPHS);
installTextLayoutCache(textLayoutCache);

type PdfInstance = ReturnType<typeof createPdf>;
let instance: PdfInstance | undefined;
/** Renders on one thread take turns on the shared root (a render thread runs one task at a time anyway). */
let turn: Promise<unknown> = Promise.resolve();

/**
 * renderToBuffer without its leaks, measured with heap snapshots over hundreds of renders:
 * - react-pdf mounts every document in a new React root and never unmounts it, so each render's
 *   fibre tree, props and laid-out text stay reachable (+1.8 MB per Blueprint);
 * - even unmounted, every root stays on the reconciler's list of scheduled roots (a linked list
 *   held by React's internals), with its last tree: +0.5 MB per render, for the thread's life.
 * So one root per thread is reused: mount the Blueprint, read the bytes, unmount.
 */
function renderToBufferAndRelease(element: Parameters<PdfInstance["updateContainer"]>[0]): Promise<Buffer> {
  const mine = turn.then(() => renderOnSharedRoot(element));
  turn = mine.catch(() => undefined);
  return mine;
}

async function renderOnSharedRoot(element: Parameters<PdfInstance["updateContainer"]>[0]): Promise<Buffer> {
  instance ??= createPdf();
  const root = instance;
  root.updateContainer(element);
  try {
    const stream = await root.toBuffer();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks);
  } finally {
    root.updateContainer(null as unknown as Parameters<PdfInstance["updateContainer"]>[0]);
  }
}

type Produced = Pick<RenderedPdf, "pdf" | "pageCount" | "overflowingPages">;

async function measured(work: () => Promise<Produced>): Promise<RenderedPdf> {
  const started = performance.now();
  const cpuStart = threadCpuMs();
  const produced = await work();
  const renderMs = Math.round(performance.now() - started);
  const cpuEnd = threadCpuMs();
  return { ...produced, renderMs, cpuMs: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart };
}

async function renderPdf(input: BlueprintInput, options: RenderOptions): Promise<Uint8Array> {
  await prepareBrandFonts();
  const buffer = await renderToBufferAndRelease(<BlueprintDocument input={input} {...options} />);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Renders on the current thread: called inside a render worker, never on the server's main thread.
 * Without pagination a page whose content outgrows A4 comes out taller than A4; such a render is
 * done again with pagination, so the buyer gets every word on extra sheets rather than a cut page.
 */
export function renderBlueprintInThread(input: BlueprintInput, options: RenderOptions = {}): Promise<RenderedPdf> {
  return measured(async () => {
    const pdf = await renderPdf(input, options);
    const heights = pageHeights(pdf);
    const overflowingPages = options.wrap ? [] : heights.flatMap((height, i) => (height > A4.height + 0.5 ? [i + 1] : []));
    if (!overflowingPages.length) return { pdf, pageCount: heights.length, overflowingPages };
    const paginated = await renderPdf(input, { ...options, wrap: true });
    return { pdf: paginated, pageCount: pageHeights(paginated).length, overflowingPages };
  });
}
