/**
 * `npm run bench`: the project's performance figures, measured in one run and printed as one table
 * (figure | measured | target | ok?), also written to bench-results/bench.json.
 *
 *   1. one estimate            – median time of one full `estimate(scenario)` call, in µs.
 *   2. 40×40 grid of estimates – median time of 1,600 full `estimate` calls over queries/day ×
 *                                updates/month (what a heat map of the answer costs), in ms.
 *   3. first-load JS of <page> – gzip KB of the module scripts a page's HTML loads, measured on a
 *                                production server (`next build`, then `next start`).
 *   5. map on a slider change  – the cheaper map for a new scenario (540 cells and 15 break-evens),
 *                                and everything a slider change recomputes (estimate, bands,
 *                                tornado, map), median ms.
 *   6. slider interaction      – in Chromium on /, with the map and bands shown: Event Timing from a
 *                                key press on the volume slider to the next paint, median and 95th
 *                                percentile (presses under 16 ms, which it does not report, count as 16).
 *   7. HTTP                     – scripts/bench-http.ts: autocannon requests/s and latency for /,
 *                                /embed, /?q=123456&u=1, /api/v1/estimate, /api/og?q=12345 (20
 *                                connections), the server's RSS around a 50-connection run, and the
 *                                time of a 7,900-key URL (refused before Next parses it).
 *   4. preview image            – /api/og on that server: the first request (cold: fonts read,
 *                                code warmed), the median of later ones for distinct scenarios
 *                                (warm), and requests per second with 4 in flight.
 *
 * A missed target is reported, not fatal: the bench exits 0 after the table. It exits 1 on a real
 * error (the build fails, the server does not start, a page answers 500 …).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { UPDATE_STOPS } from "../lib/assumptions";
import { cheaperMap } from "../lib/cheaper-map";
import { estimate } from "../lib/model";
import { tornado, uncertainty } from "../lib/uncertainty";
import { defaultScenario, type Scenario } from "../lib/scenario";
import { benchHttp } from "./bench-http";
import {
  buildFloor,
  lighthouse,
  median as medianOf,
  requestsPerSecond,
  rssMB,
  sliderLatency,
  startFloor,
  type Lighthouse,
} from "./bench-floor";
import {
  ensureProductionBuild,
  errorMessage,
  measureFirstLoadJs,
  startProductionServer,
  type FirstLoadResult,
  type ProductionServer,
} from "./first-load-js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const RESULTS_FILE = `${ROOT}bench-results/bench.json`;

/** Pages whose first-load JS is measured; add more here (a page that 404s prints "n/a (404)"). */
const FIRST_LOAD_PAGES: readonly { path: string; targetKB: number }[] = [
  { path: "/", targetKB: 200 },
  { path: "/en", targetKB: 200 },
  { path: "/embed", targetKB: 150 },
];

const ESTIMATE_TARGET_US = 100;
const GRID_TARGET_MS = 16;

// Timing plan: warm up so V8 has optimised `estimate`, then take the median of several batches.
const ESTIMATE_WARMUP_CALLS = 20_000;
const ESTIMATE_BATCH_CALLS = 2_000;
const ESTIMATE_BATCHES = 21;
const GRID_WARMUP_RUNS = 5;
const GRID_RUNS = 21;
const GRID_SIZE = 40;

/** One line of the table. `measured` is in `unit`; null when there is no figure. */
interface Row {
  figure: string;
  measured: number | null;
  unit: "µs" | "ms" | "KB" | "req/s" | "MB";
  /** Upper bound to meet; none for figures that are reported only. */
  target?: number;
  /** Shown instead of a number when `measured` is null, e.g. "n/a (404)". */
  note?: string;
  /** True when the row's null figure comes from a real error (makes the bench exit 1). */
  failed?: boolean;
}

/** Consumes every estimate's result so that no call can be optimised away. */
let sink = 0;

// ---------------------------------------------------------------------------------------------
// Helpers

const nowNs = () => process.hrtime.bigint();
const nsSince = (start: bigint) => Number(process.hrtime.bigint() - start);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** n values from `from` to `to` (both included), evenly spaced on a log scale. */
function logSpaced(from: number, to: number, n: number): number[] {
  const [a, b] = [Math.log10(from), Math.log10(to)];
  return Array.from({ length: n }, (_, i) => 10 ** (a + ((b - a) * i) / (n - 1)));
}

// ---------------------------------------------------------------------------------------------
// 1. One estimate

/** A few scenarios that differ only in queries/day, cycled through so no input is constant. */
function estimateInputs(): Scenario[] {
  return [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000].map((q) => ({
    ...defaultScenario(),
    queriesPerDay: q,
  }));
}

/** Nanoseconds taken by `calls` estimate calls over the inputs. */
function timeEstimates(inputs: readonly Scenario[], calls: number): number {
  const n = inputs.length;
  const start = nowNs();
  for (let i = 0; i < calls; i++) sink += estimate(inputs[i % n]!).approaches.ft.total;
  return nsSince(start);
}

/** Median µs of one full `estimate` call. */
function benchOneEstimate(): number {
  const inputs = estimateInputs();
  timeEstimates(inputs, ESTIMATE_WARMUP_CALLS);
  const perCallUs = Array.from(
    { length: ESTIMATE_BATCHES },
    () => timeEstimates(inputs, ESTIMATE_BATCH_CALLS) / ESTIMATE_BATCH_CALLS / 1e3,
  );
  return median(perCallUs);
}

// ---------------------------------------------------------------------------------------------
// 2. 40×40 grid

/** Queries/day axis: 40 values log-spaced over 10 … 1e8. */
const gridQueries = () => logSpaced(10, 1e8, GRID_SIZE);

/**
 * Updates/month axis: 0, then 39 values log-spaced over 1/12 … 720 with the slider's stops
 * (yearly … hourly) put in place of their nearest points, so the named stops are all included.
 */
function gridUpdates(): number[] {
  const axis = logSpaced(1 / 12, 720, GRID_SIZE - 1);
  for (const { value } of UPDATE_STOPS) {
    if (value === 0) continue;
    let nearest = 0;
    for (let i = 1; i < axis.length; i++) {
      if (Math.abs(Math.log(axis[i]! / value)) < Math.abs(Math.log(axis[nearest]! / value))) nearest = i;
    }
    axis[nearest] = value;
  }
  return [0, ...axis];
}

/** Nanoseconds of one whole grid: a fresh scenario and a full estimate per cell. */
function timeGrid(base: Scenario, queries: readonly number[], updates: readonly number[]): number {
  const start = nowNs();
  for (const queriesPerDay of queries) {
    for (const updatesPerMonth of updates) {
      sink += estimate({ ...base, queriesPerDay, updatesPerMonth }).approaches.rag.total;
    }
  }
  return nsSince(start);
}

/** Median ms of the whole 40×40 grid. */
function benchGrid(): number {
  const base = defaultScenario();
  const queries = gridQueries();
  const updates = gridUpdates();
  if (queries.length * updates.length !== GRID_SIZE * GRID_SIZE) throw new Error("grid is not 40×40");
  for (let i = 0; i < GRID_WARMUP_RUNS; i++) timeGrid(base, queries, updates);
  const runsMs = Array.from({ length: GRID_RUNS }, () => timeGrid(base, queries, updates) / 1e6);
  return median(runsMs);
}

// ---------------------------------------------------------------------------------------------
// 3. First-load JS

const firstLoadFigure = (path: string) => `first-load JS of ${path}`;

function firstLoadRow(path: string, targetKB: number, result: FirstLoadResult): Row {
  const row: Row = { figure: firstLoadFigure(path), measured: null, unit: "KB", target: targetKB };
  switch (result.kind) {
    case "bytes":
      return { ...row, measured: Math.round((result.bytes / 1024) * 10) / 10 };
    case "not-found":
      return { ...row, note: "n/a (404)" };
    case "error":
      console.error(`bench: ${row.figure}: ${result.message}`);
      return { ...row, note: "error", failed: true };
  }
}

/** Builds if needed, serves the production build, measures every page, always stops the server. */
async function benchFirstLoad(): Promise<Row[]> {
  let server: ProductionServer | undefined;
  try {
    await ensureProductionBuild(ROOT);
    server = await startProductionServer(ROOT);
    console.log(`bench: production server answering at ${server.origin}`);
    const rows: Row[] = [];
    // The preview image first, while its route is still cold.
    rows.push(...(await benchPreviewImage(server.origin)));
    try {
      rows.push(...(await benchSliderInteraction(server.origin)));
    } catch (err) {
      console.error(`bench: slider interaction not measured: ${errorMessage(err)}`);
      rows.push({
        figure: "slider key press to next paint, map and bands (median)",
        measured: null,
        unit: "ms",
        note: "error",
        failed: true,
      });
    }
    for (const { path, targetKB } of FIRST_LOAD_PAGES) {
      rows.push(firstLoadRow(path, targetKB, await measureFirstLoadJs(server.origin, path)));
    }
    // 7. HTTP throughput, memory and the cost of an abusive URL (scripts/bench-http.ts).
    try {
      rows.push(...(await benchHttp(server.origin, server.pid)));
    } catch (err) {
      console.error(`bench: HTTP figures not measured: ${errorMessage(err)}`);
      rows.push({ figure: "HTTP figures (autocannon)", measured: null, unit: "req/s", note: "error", failed: true });
    }
    return rows;
  } catch (err) {
    console.error(`bench: first-load JS not measured: ${errorMessage(err)}`);
    const note = /next build failed/.test(errorMessage(err)) ? "error (build failed)" : "error";
    return FIRST_LOAD_PAGES.map(({ path, targetKB }) => ({
      figure: firstLoadFigure(path),
      measured: null,
      unit: "KB",
      target: targetKB,
      note,
      failed: true,
    }));
  } finally {
    await server?.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Map and everything else a slider change recomputes

const MAP_RUNS = 41;
const MAP_TARGET_MS = 16;

function benchSliderRecompute(): Row[] {
  const scenarios = Array.from({ length: MAP_RUNS + 5 }, (_, i) => ({ ...defaultScenario(), queriesPerDay: 1000 + i * 977 }));
  const mapMs: number[] = [];
  const allMs: number[] = [];
  scenarios.forEach((s, i) => {
    let start = nowNs();
    const map = cheaperMap(s);
    const mapTime = nsSince(start) / 1e6;
    start = nowNs();
    const e = estimate(s);
    sink += uncertainty(s, e).ranges.ft.high + tornado(s).length + cheaperMap(s).cells.length + map.cells.length;
    const allTime = nsSince(start) / 1e6;
    if (i >= 5) {
      mapMs.push(mapTime);
      allMs.push(allTime);
    }
  });
  return [
    { figure: "map recomputation on a slider change", measured: median(mapMs), unit: "ms", target: MAP_TARGET_MS },
    { figure: "all derived numbers on a slider change", measured: median(allMs), unit: "ms", target: MAP_TARGET_MS },
  ];
}

// ---------------------------------------------------------------------------------------------
// 6. Interaction latency in the browser

const SLIDER_PRESSES = 40;

/** Key presses on the volume slider of /, each timed from the event to the frame after it (bench-floor.ts). */
async function benchSliderInteraction(origin: string): Promise<Row[]> {
  const { median: med, p95 } = await sliderLatency(`${origin}/`, '[data-testid="queriesPerDay-slider"]', SLIDER_PRESSES);
  return [
    { figure: "slider key press to next paint, / (median)", measured: med, unit: "ms", target: 50 },
    { figure: "slider key press to next paint, / (p95)", measured: p95, unit: "ms", target: 100 },
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. Preview image

const OG_WARM_REQUESTS = 21;
const OG_THROUGHPUT_REQUESTS = 40;
const OG_CONCURRENCY = 4;
const OG_WARM_TARGET_MS = 150;

/** Milliseconds of one preview image request, body read; fails on anything but a PNG. */
async function timeOg(origin: string, query: string): Promise<number> {
  const start = nowNs();
  const res = await fetch(`${origin}/api/og?${query}`);
  const body = new Uint8Array(await res.arrayBuffer());
  if (res.status !== 200 || body[1] !== 0x50) throw new Error(`/api/og?${query} answered ${res.status}`);
  return nsSince(start) / 1e6;
}

/** Distinct scenarios, so that nothing but the renderer's own warm state is reused. */
const ogQuery = (i: number) => `v=1&q=${1000 + i * 137}&h=${12 + (i % 40)}&lang=${i % 2 ? "en" : "zh"}`;

async function benchPreviewImage(origin: string): Promise<Row[]> {
  const cold = await timeOg(origin, ogQuery(0));
  const warm: number[] = [];
  for (let i = 1; i <= OG_WARM_REQUESTS; i++) warm.push(await timeOg(origin, ogQuery(i)));
  let next = 100;
  const start = nowNs();
  await Promise.all(
    Array.from({ length: OG_CONCURRENCY }, async () => {
      while (next < 100 + OG_THROUGHPUT_REQUESTS) await timeOg(origin, ogQuery(next++));
    }),
  );
  const perSecond = OG_THROUGHPUT_REQUESTS / (nsSince(start) / 1e9);
  return [
    { figure: "preview image, cold", measured: cold, unit: "ms" },
    { figure: "preview image, warm median", measured: median(warm), unit: "ms", target: OG_WARM_TARGET_MS },
    { figure: `preview images per second (${OG_CONCURRENCY} in flight)`, measured: perSecond, unit: "req/s" },
  ];
}

// ---------------------------------------------------------------------------------------------
// 8. Beside the floor: a blank Next.js page built with the same next and react, same run

interface FloorRow {
  figure: string;
  floor: number | null;
  project: number | null;
  unit: string;
  /** The goal, as text, and whether the project meets it. */
  goal: string;
  ok: boolean | null;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIGHTHOUSE_PAGES = ["/", "/en", "/embed"] as const;
const THROUGHPUT: readonly { path: string; goal: number }[] = [
  { path: "/", goal: 0.5 },
  { path: "/embed", goal: 0.5 },
  { path: "/?q=123456&u=1", goal: 0.1 },
  { path: "/en/embed?q=20000&u=weekly&theme=dark", goal: 0.1 },
  { path: "/api/og?q=12345", goal: 0.2 },
];

async function benchAgainstFloor(): Promise<FloorRow[]> {
  const floorDir = buildFloor(ROOT);
  const floor = await startFloor(floorDir);
  const project = await startProductionServer(ROOT);
  try {
    const lh = new Map<string, Lighthouse[]>();
    const push = <T>(m: Map<string, T[]>, k: string, v: T | null) => v !== null && m.set(k, [...(m.get(k) ?? []), v]);
    const rps = new Map<string, number[]>();
    const slider = new Map<string, number[]>();
    // Warm every URL once, so that the rounds measure serving, not first renders.
    for (const { path } of THROUGHPUT) await fetch(`${project.origin}${path}`);
    for (const path of LIGHTHOUSE_PAGES) await fetch(`${project.origin}${path}`);
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`bench: beside the floor, round ${round} of ${ROUNDS} …`);
      push(lh, "floor", lighthouse(`${floor.origin}/`));
      for (const path of LIGHTHOUSE_PAGES) push(lh, path, lighthouse(`${project.origin}${path}`));
      push(rps, "floor", await requestsPerSecond(`${floor.origin}/`));
      for (const { path } of THROUGHPUT) push(rps, path, await requestsPerSecond(`${project.origin}${path}`));
      const f = await sliderLatency(`${floor.origin}/`, 'input[type="range"]');
      const p = await sliderLatency(`${project.origin}/en`, '[data-testid="queriesPerDay-slider"]');
      push(slider, "floor", f.p95);
      push(slider, "project", p.p95);
    }
    const med = (xs: readonly Lighthouse[] | undefined, k: keyof Lighthouse) =>
      xs?.length ? medianOf(xs.map((x) => x[k])) : null;
    const rows: FloorRow[] = [];
    const fl = lh.get("floor");
    for (const path of LIGHTHOUSE_PAGES) {
      const pr = lh.get(path);
      const score = med(pr, "score");
      const tbtF = med(fl, "tbt");
      const tbtP = med(pr, "tbt");
      const lcpF = med(fl, "lcp");
      const lcpP = med(pr, "lcp");
      rows.push({
        figure: `Lighthouse mobile performance, ${path}`,
        floor: med(fl, "score"),
        project: score,
        unit: "",
        goal: "≥ 0.95",
        ok: score === null ? null : score >= 0.95,
      });
      rows.push({
        figure: `total blocking time, ${path}`,
        floor: tbtF,
        project: tbtP,
        unit: "ms",
        goal: "≤ 2 × floor + 50",
        ok: tbtF === null || tbtP === null ? null : tbtP <= 2 * tbtF + 50,
      });
      rows.push({
        figure: `largest contentful paint, ${path}`,
        floor: lcpF,
        project: lcpP,
        unit: "ms",
        goal: "≤ 1.6 × floor",
        ok: lcpF === null || lcpP === null ? null : lcpP <= 1.6 * lcpF,
      });
    }
    const sF = medianOf(slider.get("floor") ?? []);
    const sP = medianOf(slider.get("project") ?? []);
    rows.push({
      figure: "slider key press → next paint, p95 (/en)",
      floor: sF,
      project: sP,
      unit: "ms",
      goal: "≤ floor + 16.7",
      ok: sP <= sF + 16.7,
    });
    const rF = medianOf(rps.get("floor") ?? []);
    for (const { path, goal } of THROUGHPUT) {
      const r = medianOf(rps.get(path) ?? []);
      rows.push({
        figure: `requests/s, ${path}`,
        floor: rF,
        project: r,
        unit: "req/s",
        goal: `≥ ${goal} × floor`,
        ok: r >= goal * rF,
      });
    }
    const before = rssMB(project.pid);
    await requestsPerSecond(`${project.origin}/?q=777&u=1`, 50, 6);
    await new Promise((r) => setTimeout(r, 3000));
    const after = rssMB(project.pid);
    rows.push({
      figure: "server memory before (floor column) and after a 50-connection run",
      floor: before,
      project: after,
      unit: "MB",
      goal: "≤ 1.2 × before",
      ok: before === null || after === null ? null : after <= 1.2 * before,
    });
    const floorJs = await measureFirstLoadJs(floor.origin, "/");
    const fKB = floorJs.kind === "bytes" ? floorJs.bytes / 1024 : null;
    for (const { path, extra } of [
      { path: "/", extra: 25 },
      { path: "/en", extra: 25 },
      { path: "/embed", extra: 15 },
    ]) {
      const js = await measureFirstLoadJs(project.origin, path);
      const kb = js.kind === "bytes" ? js.bytes / 1024 : null;
      rows.push({
        figure: `first-load JS (gzip), ${path}`,
        floor: fKB,
        project: kb,
        unit: "KB",
        goal: `≤ floor + ${extra} KB`,
        ok: kb === null || fKB === null ? null : kb <= fKB + extra,
      });
    }
    return rows;
  } finally {
    await project.stop();
    await floor.stop();
  }
}

function printFloorTable(rows: readonly FloorRow[]): void {
  const fmt = (n: number | null, unit: string) =>
    n === null || !Number.isFinite(n)
      ? "n/a"
      : `${n < 10 ? n.toFixed(2) : Math.round(n).toLocaleString("en-US")}${unit ? ` ${unit}` : ""}`;
  const header = ["figure", "floor", "project", "× floor", "goal", "ok?"];
  const cells = rows.map((r) => [
    r.figure,
    fmt(r.floor, r.unit),
    fmt(r.project, r.unit),
    r.floor && r.project !== null ? `${(r.project / r.floor).toFixed(2)}×` : "—",
    r.goal,
    r.ok === null ? "—" : r.ok ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(" | ");
  console.log(
    `\nBeside the floor (medians of ${ROUNDS} interleaved rounds)\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`,
  );
  for (const c of cells) console.log(line(c));
}

// ---------------------------------------------------------------------------------------------
// Output

const isOk = (r: Row) => (r.measured === null || r.target === undefined ? null : r.measured < r.target);

function formatMeasured(r: Row): string {
  if (r.measured === null) return r.note ?? "n/a";
  const digits = r.unit === "KB" ? 1 : r.measured < 10 ? 2 : 1;
  return `${r.measured.toFixed(digits)} ${r.unit}`;
}

function printTable(rows: readonly Row[]): void {
  const header = ["figure", "measured", "target", "ok?"];
  const cells = rows.map((r) => {
    const ok = isOk(r);
    return [
      r.figure,
      formatMeasured(r),
      r.target === undefined ? "—" : `< ${r.target} ${r.unit}`,
      ok === null ? "—" : ok ? "yes" : "NO",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((s, i) => s.padEnd(widths[i]!)).join(" | ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const c of cells) console.log(line(c));
}

function writeJson(rows: readonly Row[]): void {
  mkdirSync(`${ROOT}bench-results`, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    rows: rows.map((r) => ({
      figure: r.figure,
      measured: r.measured === null ? null : Number(r.measured.toFixed(3)),
      unit: r.unit,
      target: r.target,
      ok: isOk(r),
      ...(r.note ? { note: r.note } : {}),
    })),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nbench: written to ${RESULTS_FILE.slice(ROOT.length)}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  // Ctrl-C / kill: exit, which runs the server's "exit" clean-up.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));

  // The CPU-bound figures first, while no build or server competes for the two cores.
  console.log("bench: timing estimate() …");
  const rows: Row[] = [
    { figure: "one estimate", measured: benchOneEstimate(), unit: "µs", target: ESTIMATE_TARGET_US },
    { figure: "40×40 grid of estimates", measured: benchGrid(), unit: "ms", target: GRID_TARGET_MS },
  ];
  rows.push(...benchSliderRecompute());
  if (!Number.isFinite(sink)) console.warn("bench: warning, estimate() returned a non-finite total");

  rows.push(...(await benchFirstLoad()));
  let floorRows: FloorRow[] = [];
  if (process.env.BENCH_FLOOR !== "0") {
    try {
      floorRows = await benchAgainstFloor();
    } catch (err) {
      console.error(`bench: the comparison with the floor failed: ${errorMessage(err)}`);
    }
  }

  printTable(rows);
  if (floorRows.length) printFloorTable(floorRows);
  writeJson(rows);
  return rows.some((r) => r.failed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
