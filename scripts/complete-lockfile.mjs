// Adds to package-lock.json the per-platform optional packages that this machine's npm registry
// mirror does not carry (darwin, win32, … builds of native tools). `npm install` here leaves them
// out, and `npm ci` then refuses the lockfile as out of sync. Each added entry is marked optional
// with its os/cpu, so `npm ci` skips it on Linux x64 without fetching anything. Run after any
// `npm install` that rewrites the lockfile: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;

/** os and cpu of a platform package, from the platform part of its name. */
function platformOf(name) {
  const n = name.toLowerCase();
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "sunos", "aix", "netbsd", "openbsd"].find((o) =>
    n.includes(o),
  );
  const cpu = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"].find((c) =>
    new RegExp(`[-_/]${c}(?:[-_]|$)`).test(n.replace("wasm32-wasi", "wasm32")),
  );
  return { os, cpu };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${dep}` : `node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[base] || packages[hoisted]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform build: leave it to npm
    packages[hoisted] = {
      version: String(version).replace(/^[\^~=]/, ""),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
// npm keeps "packages" keys sorted.
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
