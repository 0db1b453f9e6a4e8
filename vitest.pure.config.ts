import { defineConfig } from "vitest/config";

// Pure tests only (no database, no build): `npx vitest run --config vitest.pure.config.ts <paths>`.
export default defineConfig({
  test: { include: ["tests/property/**/*.test.ts", "domain/**/*.test.ts", "pdf/**/*.data.test.ts"] },
});
