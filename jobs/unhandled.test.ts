import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

// A process of its own: the test runner has its own unhandled-rejection handler.
const SCRIPT = `
import { keepRunningOnUnhandledRejections } from "./jobs/unhandled.ts";
import { metrics } from "./lib/metrics.ts";
keepRunningOnUnhandledRejections();
void Promise.reject(new Error("connection ended"));
void Promise.reject("a plain reason");
process.on("beforeExit", async () => {
  const [counted] = (await metrics.unhandledRejections.get()).values;
  console.log(JSON.stringify({ counted: counted?.value ?? 0 }));
  process.exit(0);
});
`;

describe("unhandled promise rejections", () => {
  it("keep the process running, and each is logged with its reason and counted", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", SCRIPT], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, LOG_LEVEL: "info" },
    });
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { msg?: string; err?: string; stack?: string; counted?: number });
    const logged = lines.filter((l) => l.msg === "unhandled promise rejection (kept running)");
    expect(logged.map((l) => l.err)).toEqual(["connection ended", "a plain reason"]);
    expect(logged[0]!.stack).toContain("Error: connection ended");
    expect(lines.at(-1)).toEqual({ counted: 2 });
  });
});
