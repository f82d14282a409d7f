/**
 * HTTP figures of the production server, for `npm run bench` (scripts/bench.ts calls benchHttp):
 *   - requests per second and latency (median, p99) with autocannon, 20 connections, a few seconds
 *     per URL: /, /embed, /?q=123456&u=1, /api/v1/estimate, /api/og?q=12345;
 *   - the server's resident memory (RSS) before and after a 50-connection run on /, and that run's p99;
 *   - 50 connections on /api/og with a new scenario on every request (nothing cached): requests/s,
 *     p99 and timeouts;
 *   - the time of one request with 7,900 repeated keys (/?a&a&a…), which the request filter refuses
 *     before Next parses it, beside an ordinary request for scale.
 * Each figure is a row { figure, measured, unit, target? } so that floors can be added later.
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

export interface HttpRow {
  figure: string;
  measured: number | null;
  unit: "ms" | "req/s" | "MB";
  target?: number;
  note?: string;
  failed?: boolean;
}

export const HTTP_PATHS = ["/", "/embed", "/?q=123456&u=1", "/api/v1/estimate", "/api/og?q=12345"] as const;
const CONNECTIONS = 20;
const DURATION_S = 4;
const MEMORY_CONNECTIONS = 50;
const MEMORY_DURATION_S = 5;

function cannon(url: string, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration });
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

/** Median time of `runs` sequential requests to `url`, in ms. */
async function medianRequestMs(url: string, runs: number): Promise<{ ms: number; status: number }> {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
    status = res.status;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, status };
}

export async function benchHttp(origin: string, pid: number | undefined): Promise<HttpRow[]> {
  const rows: HttpRow[] = [];

  const keys = Array(7900).fill("a").join("&");
  const abusive = await medianRequestMs(`${origin}/?${keys}`, 9);
  const ordinary = await medianRequestMs(`${origin}/api/v1/estimate`, 9);
  rows.push({ figure: `7,900-key URL (/?a&a…, answered ${abusive.status})`, measured: abusive.ms, unit: "ms" });
  rows.push({ figure: "one /api/v1/estimate request, for scale", measured: ordinary.ms, unit: "ms" });

  for (const path of HTTP_PATHS) {
    console.log(`bench: autocannon ${path} (${CONNECTIONS} connections, ${DURATION_S} s) …`);
    const r = await cannon(`${origin}${path}`, CONNECTIONS, DURATION_S);
    const bad = r.non2xx + r.errors + r.timeouts;
    const note = bad ? `${bad} non-2xx/errors` : undefined;
    rows.push({
      figure: `${path} requests/s (${CONNECTIONS} connections)`,
      measured: r.requests.average,
      unit: "req/s",
      note,
      failed: bad > 0,
    });
    rows.push({ figure: `${path} latency median`, measured: r.latency.p50, unit: "ms" });
    rows.push({ figure: `${path} latency p99`, measured: r.latency.p99, unit: "ms" });
  }

  const before = rssMB(pid);
  console.log(`bench: autocannon / (${MEMORY_CONNECTIONS} connections, ${MEMORY_DURATION_S} s) for memory …`);
  const heavy = await cannon(`${origin}/`, MEMORY_CONNECTIONS, MEMORY_DURATION_S);
  const after = rssMB(pid);
  rows.push({
    figure: "server RSS before the 50-connection run",
    measured: before,
    unit: "MB",
    note: before === null ? "n/a" : undefined,
  });
  rows.push({
    figure: `server RSS after 50 connections on / (${Math.round(heavy.requests.average)} req/s)`,
    measured: after,
    unit: "MB",
    note: after === null ? "n/a" : undefined,
  });
  rows.push({ figure: `/ latency p99 (${MEMORY_CONNECTIONS} connections)`, measured: heavy.latency.p99, unit: "ms" });

  // Preview images of scenarios no one asked for before: each request draws a new image.
  console.log(`bench: autocannon /api/og, a new scenario per request (${MEMORY_CONNECTIONS} connections) …`);
  let n = 0;
  const fresh = await autocannon({
    url: `${origin}/api/og?q=1`,
    connections: MEMORY_CONNECTIONS,
    duration: MEMORY_DURATION_S,
    timeout: 10,
    requests: [{ setupRequest: (req) => ({ ...req, path: `/api/og?q=${100_000 + ((n++ * 7919) % 900_000)}` }) }],
  });
  const lost = fresh.timeouts + fresh.errors + fresh.non2xx;
  rows.push({
    figure: `/api/og, a new scenario per request, requests/s (${MEMORY_CONNECTIONS} connections)`,
    measured: fresh.requests.average,
    unit: "req/s",
    note: lost ? `${lost} timeouts/errors` : undefined,
    failed: lost > 0,
  });
  rows.push({ figure: `/api/og, a new scenario per request, latency p99`, measured: fresh.latency.p99, unit: "ms" });
  return rows;
}
