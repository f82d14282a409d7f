/**
 * First-load JS of a page, as the bench measures it: the gzip size of every module script that the
 * page's server-rendered HTML loads with `<script src=…>` (scripts marked `nomodule`, i.e. legacy
 * polyfills, are left out because modern browsers never fetch them). Each script is fetched from
 * the same production server and gzipped on its own at level 9; the figure is the sum.
 *
 * Also holds the plumbing around it: building the app if needed, and starting / stopping
 * `next start` on a free port of 127.0.0.1.
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
 * Absolute URLs of the `<script src>` tags of a page, without `nomodule` ones, plus the scripts our
 * server has it load after the first paint (server/scripts-after-paint.mjs), de-duplicated.
 */
export function moduleScriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();

  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1] ?? "";
    if (hasAttribute(attrs, "nomodule")) continue;
    const src = attribute(attrs, "src");
    if (src) urls.add(new URL(decodeEntities(src), pageUrl).href);
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
  if (process.env.BENCH_REUSE_BUILD === "1" && existsSync(buildId)) {
    const builtAt = statSync(buildId).mtime.toISOString();
    console.log(`bench: BENCH_REUSE_BUILD=1, using the existing production build of ${builtAt}`);
    return;
  }
  console.log("bench: running `next build` …");
  const child = spawn("npx", ["next", "build"], { cwd, env: childEnv(), stdio: "inherit" });
  const code = await exitCode(child);
  if (code !== 0) throw new Error(`next build failed (exit code ${code ?? "signal"})`);
  if (!existsSync(buildId)) throw new Error("next build finished but .next/BUILD_ID is missing");
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
}

// ---------------------------------------------------------------------------------------------
// Server

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error("could not get a free port"))));
    });
  });
}

export interface ProductionServer {
  origin: string;
  /** The server's process id (its memory can be read from /proc/<pid>/status). */
  pid: number | undefined;
  /** Stops the server and its children; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the production server (server.mjs) on a free port and resolves once it answers HTTP. The server runs in its own
 * process group so that stopping it also stops the processes it spawned.
 */
export async function startProductionServer(cwd: string): Promise<ProductionServer> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  // The production server (server.mjs: the request filter in front of Next), as `npm start` runs it.
  const child = spawn("node", ["server.mjs"], {
    cwd,
    env: { ...childEnv(), NODE_ENV: "production", HOST, PORT: String(port), SITE_URL: origin },
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
    throw new Error(`${errorMessage(err)}\n--- next start output (tail) ---\n${log.trim()}`);
  }
  return { origin, pid: child.pid, stop };
}

/** Polls the origin until it answers any HTTP status, the server exits, or the timeout passes. */
async function waitUntilAnswering(origin: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("next start exited before answering");
    try {
      const res = await fetch(origin, { signal: AbortSignal.timeout(5_000) });
      await res.body?.cancel();
      return;
    } catch {
      await sleep(POLL_INTERVAL_MS);
    }
  }
  throw new Error(`next start did not answer at ${origin} within ${SERVER_READY_TIMEOUT_MS / 1000} s`);
}
