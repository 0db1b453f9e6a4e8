import { readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux builds for x86-64 and arm64

/**
 * CPU time consumed so far by the calling thread, in ms, from /proc/thread-self/stat (utime +
 * stime, 10 ms resolution); null where that file does not exist. Wall time on a shared 2-core
 * machine mostly measures the neighbours; thread CPU time measures the render.
 */
export function threadCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "latin1");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}
