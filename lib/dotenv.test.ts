import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDotenvWhenAsked } from "./dotenv";

const KEY = "CAREER_PIVOT_DOTENV_TEST";

describe("loadDotenvWhenAsked", () => {
  afterEach(() => {
    delete process.env[KEY];
  });

  function rootWithEnv(text: string): string {
    const root = mkdtempSync(path.join(tmpdir(), "cp-dotenv-"));
    writeFileSync(path.join(root, ".env"), text);
    return root;
  }

  it("reads .env when the npm script asks for it", () => {
    loadDotenvWhenAsked(rootWithEnv(`${KEY}=from-file\n`), ["node", "start.ts", "--dotenv"]);
    expect(process.env[KEY]).toBe("from-file");
  });

  it("lets the environment win over .env", () => {
    process.env[KEY] = "from-environment";
    loadDotenvWhenAsked(rootWithEnv(`${KEY}=from-file\n`), ["node", "start.ts", "--dotenv"]);
    expect(process.env[KEY]).toBe("from-environment");
  });

  it("ignores .env when not asked (tests spawn the entry points without the flag)", () => {
    loadDotenvWhenAsked(rootWithEnv(`${KEY}=from-file\n`), ["node", "start.ts"]);
    expect(process.env[KEY]).toBeUndefined();
  });

  it("is quiet when there is no .env", () => {
    const root = mkdtempSync(path.join(tmpdir(), "cp-dotenv-"));
    expect(() => loadDotenvWhenAsked(root, ["node", "start.ts", "--dotenv"])).not.toThrow();
  });
});
