/**
 * nginx in front of the production server, for `npm run bench`: deploy/nginx.conf rendered by
 * deploy/render.sh into a temporary directory (ports of the bench's range, cache and logs there),
 * run as Debian's nginx in the foreground (`nginx -p <dir> -c <dir>/nginx.conf -g "daemon off;"`),
 * plus a second server in the same nginx (conf.d/bench-static.conf) that serves the same bytes as
 * plain files: the reference a cached answer is held to. Installs nginx when it is missing.
 *
 *   - renders(): N distinct links (and preview images) asked twice each; the origin renders counted
 *     by X-Cache-Status (MISS, EXPIRED, BYPASS: nginx asked Next);
 *   - rate(): requests/s of a URL through nginx (autocannon, 50 connections);
 *   - flood(): distinct URLs, one per request, 50 connections × 15 s: 2xx, 429, other answers,
 *     errors and time-outs counted apart.
 * All traffic goes to 127.0.0.1.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";
import { freePort } from "./first-load-js";

export interface Nginx {
  /** The public server: cache, limits, rate limits, in front of the origin. */
  origin: string;
  /** The same nginx serving files from `static/`. */
  staticOrigin: string;
  /** Writes a file the static server then serves at `/<name>`. */
  putStatic(name: string, body: Uint8Array): void;
  stop(): Promise<void>;
}

/** Resident memory of a process in MB, from /proc (Linux); null elsewhere. */
export function rssMB(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kB) ? kB / 1024 : null;
  } catch {
    return null;
  }
}

/** The allocator a process runs with, from its mappings (Linux): "jemalloc" or "glibc malloc". */
export function allocatorOf(pid: number | undefined): string {
  if (!pid) return "allocator unknown";
  try {
    return readFileSync(`/proc/${pid}/maps`, "utf8").includes("libjemalloc") ? "jemalloc" : "glibc malloc";
  } catch {
    return "allocator unknown";
  }
}

export async function startNginx(root: string, upstreamPort: number): Promise<Nginx> {
  const dir = mkdtempSync(`${tmpdir()}/bench-nginx.`);
  const [port, staticPort] = [await freePort(), await freePort()];
  const settings = {
    SERVER_NAME: "127.0.0.1",
    LISTEN: `127.0.0.1:${port}`,
    ORIGIN: `127.0.0.1:${upstreamPort}`,
    NGINX_PID: `${dir}/nginx.pid`,
    NGINX_LOG_DIR: `${dir}/logs`,
    NGINX_CACHE_DIR: `${dir}/cache`,
    NGINX_SOCKET: `${dir}/origin.sock`,
    NGINX_CACHE_SIZE: "256m",
  };
  mkdirSync(`${dir}/static`, { recursive: true });
  mkdirSync(`${dir}/conf.d`, { recursive: true });
  writeFileSync(
    `${dir}/conf.d/bench-static.conf`,
    `# The bench's reference: the same nginx, http settings and limits, serving files.
server {
    listen 127.0.0.1:${staticPort};
    server_name _;
    limit_conn per_client 64;
    root ${dir}/static;
    location / { default_type text/html; add_header X-Cache-Status STATIC always; }
}
`,
  );
  const render = spawnSync("bash", [`${root}deploy/render.sh`, dir], { env: { ...process.env, ...settings } });
  if (render.status !== 0) throw new Error(`deploy/render.sh failed: ${render.stderr.toString().slice(-600)}`);
  spawnSync("chmod", ["-R", "a+rX", dir]);
  const conf = `${dir}/nginx.conf`;
  const test = spawnSync("nginx", ["-t", "-q", "-p", dir, "-c", conf]);
  if (test.status !== 0) throw new Error(`nginx -t: ${test.stderr.toString().slice(-600)}`);
  const child = spawn("nginx", ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  let exited = false;
  child.once("exit", () => (exited = true));
  const kill = () => {
    try {
      child.kill("SIGTERM");
    } catch {
      /* gone */
    }
  };
  process.once("exit", kill);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (exited || i > 100) {
      kill();
      throw new Error(`nginx did not start: ${stderr}`);
    }
    try {
      await fetch(`http://127.0.0.1:${staticPort}/`).then((r) => r.body?.cancel());
      break;
    } catch {
      await sleep(100);
    }
  }
  return {
    origin,
    staticOrigin: `http://127.0.0.1:${staticPort}`,
    putStatic: (name, body) => {
      writeFileSync(`${dir}/static/${name}`, body);
      spawnSync("chmod", ["a+r", `${dir}/static/${name}`]);
    },
    stop: async () => {
      process.removeListener("exit", kill);
      kill();
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ORIGIN_ASKED = new Set(["MISS", "EXPIRED", "BYPASS"]);

/** Asks each URL twice, in turn; returns how many answers nginx had to ask the origin for. */
export async function renders(urls: readonly string[]): Promise<{ asked: number; statuses: string[] }> {
  let asked = 0;
  const statuses: string[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const url of urls) {
      const res = await fetch(url);
      await res.arrayBuffer();
      const cache = res.headers.get("x-cache-status") ?? "none";
      statuses.push(`${res.status}/${cache}`);
      if (ORIGIN_ASKED.has(cache)) asked++;
    }
  }
  return { asked, statuses };
}

export interface Flood {
  rps: number;
  ok: number;
  tooMany: number;
  otherNon2xx: number;
  errors: number;
  timeouts: number;
  p99: number;
}

const statusCount = (r: autocannon.Result, code: number) => r.statusCodeStats?.[String(code)]?.count ?? 0;

function toFlood(r: autocannon.Result): Flood {
  const tooMany = statusCount(r, 429);
  return {
    rps: r.requests.average,
    ok: r["2xx"],
    tooMany,
    otherNon2xx: r.non2xx - tooMany,
    errors: r.errors,
    timeouts: r.timeouts,
    p99: r.latency.p99,
  };
}

/** Requests/s of one URL, 50 connections (autocannon); answers that are not 2xx are reported. */
export async function rate(url: string, duration = 10): Promise<Flood> {
  return toFlood(await autocannon({ url, connections: 50, duration, timeout: 10 }));
}

/** A new URL per request (`pathFor(n)`), 50 connections × `duration` s. */
export async function flood(origin: string, pathFor: (n: number) => string, duration = 15): Promise<Flood> {
  let n = 0;
  const r = await autocannon({
    url: `${origin}${pathFor(0)}`,
    connections: 50,
    duration,
    timeout: 10,
    requests: [{ setupRequest: (req) => ({ ...req, path: pathFor(++n) }) }],
  });
  return toFlood(r);
}
