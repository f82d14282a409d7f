// `npm start`: Next's standalone server (`output: "standalone"` in next.config.ts), nothing of ours
// in front of it. `next build` leaves out the files a CDN would serve (.next/static and public/);
// this copies them into .next/standalone as Next's documentation asks, then runs
// .next/standalone/server.js in this process.
//
//   HOST=localhost PORT=3000 SITE_URL=https://calc.example node scripts/standalone.mjs [app-dir]
//
// SITE_URL is required (the app reads and checks it; without it this stops at once). HOST (default
// localhost: the loopback, which nginx reaches as 127.0.0.1) is passed on as HOSTNAME, which
// server.js reads; an inherited HOSTNAME (a container's name) is ignored. Use a name Next knows as
// its own (localhost, or 0.0.0.0 for every interface), not 127.0.0.1: Next serves proxy.ts's
// rewrites (/ → /zh, a link → its scenario page) in-process only when the rewrite's origin, which it
// builds from "localhost", matches the one it listens on; otherwise it proxies them to localhost. app-dir defaults to this repository (the
// bench also starts its blank floor app with it).
import { cpSync, existsSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

if (!process.env.SITE_URL) {
  console.error("npm start: SITE_URL is required: the site's public origin, e.g. SITE_URL=https://calc.example");
  process.exit(1);
}
const app = resolve(process.argv[2] ?? new URL("..", import.meta.url).pathname);
const standalone = resolve(app, ".next/standalone");
const server = resolve(standalone, "server.js");
if (!existsSync(server)) {
  console.error(`npm start: ${server} is missing; run \`npm run build\` (next.config.ts sets output: "standalone")`);
  process.exit(1);
}
for (const [from, to] of [
  [".next/static", ".next/static"],
  ["public", "public"],
]) {
  const source = resolve(app, from);
  const target = resolve(standalone, to);
  rmSync(target, { recursive: true, force: true });
  if (existsSync(source)) cpSync(source, target, { recursive: true });
}
process.env.HOSTNAME = process.env.HOST || "localhost";
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
await import(pathToFileURL(server).href);
