/**
 * After `next build` with `output: "standalone"`: copy what the standalone server serves but Next
 * leaves out of .next/standalone (the built static files and public/), as Next's docs ask.
 * Then `node .next/standalone/server.js` (HOSTNAME, PORT and SITE_URL from the environment) is the
 * whole production server.
 */
import { cpSync, existsSync, rmSync } from "node:fs";

const out = ".next/standalone";
if (!existsSync(`${out}/server.js`)) {
  console.error("standalone: no .next/standalone/server.js; run `next build` first");
  process.exit(1);
}
for (const [from, to] of [
  [".next/static", `${out}/.next/static`],
  ["public", `${out}/public`],
]) {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
