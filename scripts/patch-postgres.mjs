// Runs as `postinstall`: patches postgres.js (the `postgres` package) in node_modules.
//
// Why: postgres.js 3.4.9 (the newest release) batches small writes behind a setImmediate. When a
// connection that a transaction (`sql.begin`) or `sql.reserve()` holds is closed by the server — a
// PostgreSQL restart or failover, pg_terminate_backend — the transaction's own `rollback` is still
// written to that connection after `closed()` has set its socket to null. The immediate then calls
// `null.write(...)`: an uncaught TypeError that no caller can catch, and the whole process (web
// server and inline worker) exits. Reported upstream as porsager/postgres issues 1066, 1154 and 1208
// (unfixed when this was written). Seen here as the app dying in the database-restart test.
//
// The patch (three small edits in each build of connection.js):
//  1. nextWrite() with no socket settles instead of throwing: the pending bytes are dropped and the
//     queries waiting on them are rejected with CONNECTION_CLOSED, as a closed connection does.
//  2. closed() and terminate() forget the cancelled write timer and its pending bytes. Before, the
//     timer stayed non-null, so later writes on that connection (the next connect's startup
//     message) were buffered forever and every reconnect of it timed out.
//
// Idempotent. Fails the install when the driver's code no longer matches: then check whether a
// new release fixed this (and delete this script and its `postinstall`) or adapt the anchors.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { packageRoot, packageVersion } from "./package-root.mjs";

const MARKER = "career-pivot patch (scripts/patch-postgres.mjs)";
const root = packageRoot("postgres");

const NEXT_WRITE = "  function nextWrite(fn) {\n    const x = socket.write(chunk, fn)\n";
const PATCHED_NEXT_WRITE = `  function nextWrite(fn) {
    if (socket === null) // ${MARKER}: the connection closed before this write
      return closedWrite()
    const x = socket.write(chunk, fn)
`;
const CLOSED_WRITE = `
  // ${MARKER}: drop the bytes meant for a closed connection and reject the queries that waited
  // on them (the same error a closed connection gives) instead of throwing from an immediate.
  function closedWrite() {
    nextWriteTimer !== null && clearImmediate(nextWriteTimer)
    chunk = nextWriteTimer = null
    const err = Errors.connection('CONNECTION_CLOSED', options)
    query && (queryError(query, err), query = null)
    while (sent.length)
      queryError(sent.shift(), err)
    return true
  }

  function connectTimedOut() {`;
const CLEAR_TIMER = /^ {4}clearImmediate\(nextWriteTimer\)\n/gm;
const CLEAR_AND_FORGET = `    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null // ${MARKER}\n`;

const files = ["src/connection.js", "cjs/src/connection.js", "cf/src/connection.js"]
  .map((f) => path.join(root, f))
  .filter((f) => existsSync(f));
const problems = [];
for (const file of files) {
  const source = readFileSync(file, "utf8");
  if (source.includes(MARKER)) continue;
  const clears = source.match(CLEAR_TIMER)?.length ?? 0;
  if (!source.includes(NEXT_WRITE) || !source.includes("\n  function connectTimedOut() {") || clears !== 2) {
    problems.push(file);
    continue;
  }
  const patched = source
    .replace(NEXT_WRITE, PATCHED_NEXT_WRITE)
    .replace("\n  function connectTimedOut() {", CLOSED_WRITE)
    .replace(CLEAR_TIMER, CLEAR_AND_FORGET);
  writeFileSync(file, patched);
  console.log(`patched ${path.relative(process.cwd(), file)} (write after close)`);
}

if (problems.length > 0 || files.length === 0) {
  const version = packageVersion(root);
  console.error(
    `scripts/patch-postgres.mjs: postgres ${version} does not have the code this patch expects in:\n  ${problems.join("\n  ") || "(no connection.js found)"}\n` +
      "Check whether this release fixed the write after a closed connection (nextWrite with a null socket); " +
      "if so remove the script and its postinstall entry, otherwise adapt the patch.",
  );
  process.exit(1);
}
