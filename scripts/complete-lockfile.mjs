// Adds lock entries for optional platform packages the registry mirror does not carry, so that
// `npm ci` sees the lock as complete and skips them by os/cpu like any foreign-platform package.
import fs from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const pkgs = lock.packages;
const osOf = (n) =>
  ["android", "darwin", "freebsd", "win32", "openbsd", "netbsd", "sunos", "aix", "openharmony", "linux"].find((o) => n.includes(o)) ??
  (n.includes("wasm") ? "wasm" : undefined);
const cpuOf = (n) =>
  ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "mips64el", "wasm32"].find((c) =>
    new RegExp(`[-_]${c}([-_]|$)`).test(n),
  );
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (pkgs[base] || pkgs[hoisted]) continue;
    const os = osOf(name),
      cpu = cpuOf(name);
    pkgs[hoisted] = {
      version,
      optional: true,
      ...(os && os !== "wasm" ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os === "wasm" ? { cpu: ["wasm32"] } : {}),
    };
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} entries`);
