// Worker-thread entry for the Blueprint render pool. Plain JavaScript on purpose: a worker thread
// starts without the parent's TypeScript loader (vitest's transform never reaches it, and tsx's
// hooks are per-thread), so it registers tsx itself before importing the TSX renderer.
import { register } from "tsx/esm/api";

// React's development build adds prop and key checks to every element: a few percent of a render.
// This thread only renders PDFs, and a worker's process.env is its own copy, so the web process is unaffected.
process.env.NODE_ENV = "production";
register();
const { renderBlueprintInThread, prepareBrandFonts } = await import("./render-document.tsx");
// Parse the fonts while the thread starts (warmRenderPool), not inside the first paid order's render.
await prepareBrandFonts();

/**
 * Called by piscina for each task (pdf/render-task.ts): render one whole Blueprint. The PDF
 * (about 100 KB) travels back by structured clone; the copy costs well under a millisecond, so it
 * is not worth a transfer list.
 */
export default function run(task) {
  return renderBlueprintInThread(task.input);
}
