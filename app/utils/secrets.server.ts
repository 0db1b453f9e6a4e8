// Process-wide; lives in lib/ so lower layers can use it without importing app/.
export * from "../../lib/secrets";
