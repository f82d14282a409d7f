/**
 * First-load JS of a page, as the bench measures it: the gzip size of every script that the page's
 * server-rendered HTML loads or preloads: `<script src=…>` (without `nomodule`, legacy polyfills
 * modern browsers never fetch) and `<link rel="modulepreload">` / `<link rel="preload" as="script">`.
 * Each script is fetched from the same production server and gzipped on its own at level 9; the
 * figure is the sum.
 *
 * Also holds the plumbing around it: building the app, and starting / stopping the production
 * server (`npm start`: scripts/standalone.mjs, Next's standalone server) on a port of the bench's
 * range (BENCH_PORTS, default 3500-3599) on 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";

const HOST = "127.0.0.1";
const SERVER_READY_TIMEOUT_MS = 60_000;
const POLL_INTERVAL_MS = 250;
const SERVER_LOG_TAIL_CHARS = 4_000;

const childEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

/** Outcome of measuring one page: its gzip bytes, or why there is no figure. */
export type FirstLoadResult =
  { kind: "bytes"; bytes: number; scripts: number } | { kind: "not-found" } | { kind: "error"; message: string };

// ---------------------------------------------------------------------------------------------
// HTML → script URLs

/** The value of one attribute in a tag's attribute text, or undefined. */
function attribute(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
  const m = re.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Whether a boolean attribute (e.g. `nomodule`, `noModule=""`) is present. */
function hasAttribute(attrs: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:\\s|=|$)`, "i").test(attrs);
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/**
 * Absolute URLs of the scripts a page loads or preloads: `<script src>` tags without `nomodule`,
 * `<link rel="modulepreload">` and `<link rel="preload" as="script">`, de-duplicated.
 */
export function moduleScriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (hasAttribute(attrs, "nomodule")) continue;
    const src = attribute(attrs, "src");
    if (src) urls.add(new URL(decodeEntities(src), pageUrl).href);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    const rel = (attribute(attrs, "rel") ?? "").toLowerCase().split(/\s+/);
    const isScript = rel.includes("modulepreload") || (rel.includes("preload") && attribute(attrs, "as") === "script");
    const href = attribute(attrs, "href");
    if (isScript && href) urls.add(new URL(decodeEntities(href), pageUrl).href);
  }
  return [...urls];
}

export const gzipBytes = (body: Uint8Array) => gzipSync(body, { level: 9 }).length;

// ---------------------------------------------------------------------------------------------
// Measuring

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** First-load JS of one page of the server at `origin`. Never throws. */
export async function measureFirstLoadJs(origin: string, path: string): Promise<FirstLoadResult> {
  try {
    const pageUrl = new URL(path, origin).href;
    const res = await fetch(pageUrl);
    if (res.status === 404) return { kind: "not-found" };
    if (!res.ok) return { kind: "error", message: `${path} answered HTTP ${res.status}` };
    const urls = moduleScriptUrls(await res.text(), pageUrl);
    if (urls.length === 0) return { kind: "error", message: `${path}: no <script src> found in the HTML` };
    const sizes = await Promise.all(urls.map(async (u) => gzipBytes(await fetchBytes(u))));
    return { kind: "bytes", bytes: sizes.reduce((a, b) => a + b, 0), scripts: urls.length };
  } catch (err) {
    return { kind: "error", message: errorMessage(err) };
  }
}

export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));

// ---------------------------------------------------------------------------------------------
// Build

/**
 * Runs `next build`, streaming its output, so the figures are of the code as it is now. With
 * BENCH_REUSE_BUILD=1 an existing build is used instead (faster, but may be stale).
 */
export async function ensureProductionBuild(cwd: string): Promise<void> {
  const buildId = `${cwd}/.next/BUILD_ID`;
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(buildId) && existsSync(`${cwd}/.next/standalone/server.js`)) {
    const builtAt = statSync(buildId).mtime.toISOString();
    console.log(`bench: BENCH_REUSE_BUILD=1, using the existing production build of ${builtAt}`);
    return;
  }
  console.log("bench: running `next build` …");
  const child = spawn("npx", ["next", "build"], { cwd, env: childEnv(), stdio: "inherit" });
  const code = await exitCode(child);
  if (code !== 0) throw new Error(`next build failed (exit code ${code ?? "signal"})`);
  if (!existsSync(buildId)) throw new Error("next build finished but .next/BUILD_ID is missing");
  if (!existsSync(`${cwd}/.next/standalone/server.js`)) {
    throw new Error('next build wrote no .next/standalone/server.js: next.config.ts needs output: "standalone"');
  }
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
}

// ---------------------------------------------------------------------------------------------
// Server

/** The bench's ports: BENCH_PORTS="first-last" (default 3500-3599); no server of it listens elsewhere. */
const [FIRST_PORT, LAST_PORT] = (process.env.BENCH_PORTS ?? "3500-3599").split("-").map(Number) as [number, number];
const handedOut = new Set<number>();

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });

/** A port of the bench's range that is free on 127.0.0.1 and not handed out before in this run. */
export async function freePort(): Promise<number> {
  for (let port = FIRST_PORT; port <= LAST_PORT; port++) {
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port left in ${FIRST_PORT}-${LAST_PORT} (BENCH_PORTS)`);
}

export interface ProductionServer {
  origin: string;
  /** The server's process id (its memory can be read from /proc/<pid>/status). */
  pid: number | undefined;
  /** Stops the server and its children; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the production server as `npm start` does (scripts/standalone.mjs: Next's standalone server
 * of `app`, by default the repository at `root`) on a free port, and resolves once it answers HTTP.
 * The server runs in its own process group so that stopping it also stops anything it spawned;
 * its pid is the server's own (standalone.mjs runs server.js in its process; origin.sh execs it).
 */
export async function startProductionServer(
  root: string,
  app = root,
  { asDeployed = false }: { asDeployed?: boolean } = {},
): Promise<ProductionServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  // asDeployed: as a plain server runs it (deploy/origin.sh: the same server, with jemalloc).
  const [command, args]: [string, string[]] = asDeployed
    ? ["bash", [`${root}/deploy/origin.sh`, app]]
    : ["node", [`${root}/scripts/standalone.mjs`, app]];
  const child = spawn(command, args, {
    cwd: app,
    // Listening on "localhost" (the loopback): see scripts/standalone.mjs on why not 127.0.0.1.
    env: { ...childEnv(), NODE_ENV: "production", HOST: "localhost", PORT: String(port), SITE_URL: origin },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keepTail = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-SERVER_LOG_TAIL_CHARS);
  };
  child.stdout?.on("data", keepTail);
  child.stderr?.on("data", keepTail);
  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", (err) => {
    exited = true;
    keepTail(Buffer.from(`\n${err.message}`));
  });

  const group = child.pid;
  /** Signals the server's whole process group; false once the group is gone. */
  const signalGroup = (signal: NodeJS.Signals | 0): boolean => {
    if (group === undefined) return false;
    try {
      process.kill(-group, signal);
      return true;
    } catch {
      return false;
    }
  };
  // Last resort if the bench dies between start and stop.
  const onExit = () => signalGroup("SIGKILL");
  process.once("exit", onExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", onExit);
    signalGroup("SIGTERM");
    const deadline = Date.now() + 5_000;
    while (signalGroup(0) && Date.now() < deadline) await sleep(50);
    signalGroup("SIGKILL");
  };

  try {
    await waitUntilAnswering(origin, () => exited);
  } catch (err) {
    await stop();
    throw new Error(`${errorMessage(err)}\n--- server output (tail) ---\n${log.trim()}`);
  }
  return { origin, pid: child.pid, stop };
}

/** Polls the origin until it answers any HTTP status, the server exits, or the timeout passes. */
async function waitUntilAnswering(origin: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("the server exited before answering");
    try {
      const res = await fetch(origin, { signal: AbortSignal.timeout(5_000) });
      await res.body?.cancel();
      return;
    } catch {
      await sleep(POLL_INTERVAL_MS);
    }
  }
  throw new Error(`the server did not answer at ${origin} within ${SERVER_READY_TIMEOUT_MS / 1000} s`);
}
