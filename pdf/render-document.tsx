import { renderToBuffer } from "@react-pdf/renderer";
import type { BlueprintInput } from "./blueprint-input";
import { BlueprintDocument } from "./blueprint-document";

import { prepareBrandFonts } from "./fonts";

export { prepareBrandFonts };
import { threadCpuMs } from "./thread-cpu";

export type RenderedPdf = { pdf: Uint8Array; pageCount: number; renderMs: number; cpuMs: number | null };

/**
 * Counts page objects in the produced file. @react-pdf (pdfkit) writes every object uncompressed
 * at top level, so `/Type /Page` appears once per page; this measures the real output without a
 * PDF parser in production dependencies.
 */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Renders on the current thread: called inside a render worker, never on the server's main thread. */
export async function renderBlueprintInThread(input: BlueprintInput): Promise<RenderedPdf> {
  const started = performance.now();
  const cpuStart = threadCpuMs();
  await prepareBrandFonts();
  const buffer = await renderToBuffer(<BlueprintDocument input={input} />);
  const renderMs = Math.round(performance.now() - started);
  const cpuEnd = threadCpuMs();
  const pdf = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return { pdf, pageCount: countPages(pdf), renderMs, cpuMs: cpuStart === null || cpuEnd === null ? null : cpuEnd - cpuStart };
}
