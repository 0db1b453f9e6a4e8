import js from "@eslint/js";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Our top-level folders, for the layer rule below (docs/decisions/012-layers.md).
const OURS = ["app", "db", "domain", "emails", "jobs", "lib", "pdf", "server", "scripts", "tests"];
const others = (...allowed) => OURS.filter((dir) => !allowed.includes(dir)).map((dir) => `./${dir}`);

export default tseslint.config(
  { ignores: ["build/", ".react-router/", "node_modules/", ".data/", "test-results/", "playwright-report/", "db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // The layer rule: which of our folders may import which. Type-only imports count too (a type
    // from app/ in pdf/ is still pdf/ knowing about app/); no-cycle ignores them (they vanish at run time).
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] })],
      // no-cycle follows imports by parsing each file: without these it sees no TypeScript file's imports.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "./domain",
              from: others("domain"),
              message: "domain/ is pure: it imports nothing of ours (move the shape or rule into domain/).",
            },
            {
              target: "./lib",
              from: others("lib", "domain"),
              message: "lib/ holds process-wide pieces: it imports only lib/ and domain/.",
            },
            {
              target: ["./db", "./emails", "./pdf"],
              from: ["./app", "./jobs", "./server"],
              message: "db/, emails/ and pdf/ sit below app/ and jobs/: put what they need in lib/ or domain/.",
            },
            // The sample and extreme Blueprint inputs (tests and the PDF bench) are built from the curated seed.
            {
              target: "./pdf/**/!(sample-input|extreme-inputs).*",
              from: "./db",
              message: "pdf/ renders from plain data: take stored shapes' types from domain/.",
            },
            {
              target: "./app",
              from: ["./jobs", "./server"],
              message: "app/ never imports jobs/ (enqueue through lib/queue.ts) or server/.",
            },
          ],
        },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // Pure domain logic: no database, web or SDK imports.
    files: ["domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["../db/*", "../app/*", "../jobs/*", "drizzle-orm*", "postgres", "stripe", "resend", "react-router"] },
      ],
    },
  },
);
