import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Rollup } from "vite";

/**
 * Build notices nobody can act on, silenced by their code and nothing wider:
 * - EMPTY_BUNDLE: a resource route (healthz, downloads, webhooks) has no component, so React
 *   Router's client build gives it an empty chunk that is never loaded.
 * - INVALID_ANNOTATION inside node_modules: a dependency's comment sits where Rollup cannot read
 *   a `@__PURE__` annotation; Rollup drops the comment and the output is unaffected.
 */
function isUnactionable(warning: Rollup.RollupLog): boolean {
  if (warning.code === "EMPTY_BUNDLE") return true;
  return warning.code === "INVALID_ANNOTATION" && Boolean(warning.id?.includes("/node_modules/"));
}

export default defineConfig({
  plugins: [tailwindcss(), reactRouter()],
  build: {
    rollupOptions: {
      onwarn(warning, warn) {
        if (!isUnactionable(warning)) warn(warning);
      },
    },
  },
});
