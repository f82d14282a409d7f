/**
 * `npm run bench`: a benchmark, not a test. One table, every figure beside a reference measured in
 * the same run: the framework floor (a blank Next.js page with one client slider, same next and
 * react, scripts/bench-floor.ts) or, for nginx, the same nginx serving a file. Floor and project
 * are measured interleaved, BENCH_ROUNDS rounds (default 3); each cell is the median, with the range.
 *
 *   1. Lighthouse mobile on /, /en, /embed: LCP and TBT with applied throttling (devtools), the
 *      performance score with simulated throttling (and the other figures of each, for the record);
 *   2. navigation → first input that takes effect, throttled (150 ms RTT, 1.6/0.75 Mbps, 4× CPU);
 *   3. slider key press → next paint, p95;
 *   4. first-load JS (gzip) of /, /en, /embed;
 *   5. through nginx (deploy/nginx.conf, scripts/bench-nginx.ts): a repeated link and a repeated
 *      preview image against the same bytes as a file; origin renders per distinct link and image;
 *      floods of distinct links and images (0 errors and time-outs; 429s apart) and the origin's
 *      memory one minute after.
 *
 * The production servers are the standalone ones (`npm start`, scripts/standalone.mjs) on ports of
 * BENCH_PORTS (default 3500-3599), 127.0.0.1 only. A figure that cannot be taken (a page or test id
 * missing) shows "n/a"; a missed goal is reported, not fatal. Exit 1 only on a real error.
 * BENCH_REUSE_BUILD=1 reuses an existing build; BENCH_FLOOR=0 skips the browser part (1–3).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import {
  buildFloor,
  firstInput,
  FLOOR_INPUT,
  lighthouse,
  PROJECT_INPUT,
  sliderLatency,
  startFloor,
  type Lighthouse,
  type Throttling,
} from "./bench-floor";
import { allocatorOf, flood, rate, renders, rssMB, startNginx, type Flood } from "./bench-nginx";
import {
  ensureProductionBuild,
  errorMessage,
  measureFirstLoadJs,
  startProductionServer,
  type ProductionServer,
} from "./first-load-js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIGHTHOUSE_PAGES = ["/", "/en", "/embed"] as const;
const FIRST_INPUT_PAGES = ["/", "/en"] as const;
const SLIDER_PAGE = "/en";
const JS_PAGES: readonly { path: string; extraKB: number | null }[] = [
  { path: "/", extraKB: 25 },
  { path: "/en", extraKB: null },
  { path: "/embed", extraKB: 15 },
];
const REPEATED_LINK = "/?q=123456&u=1";
const REPEATED_IMAGE = "/api/og?q=12345";
const DISTINCT_LINKS = 20;
const DISTINCT_IMAGES = 8;

// ---------------------------------------------------------------------------------------------
// Figures

/** One line of the table: samples of the reference and of the project, a goal and its check. */
interface Row {
  figure: string;
  /** Samples of the reference (floor or file); empty when there is none. */
  ref: number[];
  project: number[];
  unit: "" | "ms" | "KB" | "req/s" | "MB" | "count";
  goal: string;
  /** Whether the medians meet the goal; null when it has none or a figure is missing. */
  check?: (ref: number | null, project: number) => boolean | null;
  /** Printed under the table. */
  note?: string;
  /** Shown instead of a missing figure, e.g. "n/a (404)". */
  missing?: string;
  failed?: boolean;
}

function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ok = (r: Row): boolean | null => {
  const p = median(r.project);
  if (!r.check || p === null) return null;
  return r.check(median(r.ref), p);
};

type Samples = Map<string, number[]>;
const add = (m: Samples, key: string, value: number | null | undefined) => {
  if (value === null || value === undefined || !Number.isFinite(value)) return;
  m.set(key, [...(m.get(key) ?? []), value]);
};
const get = (m: Samples, key: string) => m.get(key) ?? [];

// ---------------------------------------------------------------------------------------------
// 1–3. In the browser, beside the floor

async function browserFigures(project: ProductionServer, floor: ProductionServer): Promise<Row[]> {
  const s: Samples = new Map();
  const lhKey = (who: string, t: Throttling, k: keyof Lighthouse) => `lh ${who} ${t} ${k}`;
  const recordLh = (who: string, t: Throttling, r: Lighthouse | null) => {
    for (const k of ["score", "lcp", "tbt"] as const) add(s, lhKey(who, t, k), r?.[k]);
  };
  const missing = new Map<string, string>();
  const guard = async <T>(what: string, f: () => Promise<T>): Promise<T | null> => {
    try {
      return await f();
    } catch (err) {
      console.error(`bench: ${what}: ${errorMessage(err)}`);
      missing.set(what, "error");
      return null;
    }
  };

  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of ["devtools", "simulate"] as const) {
      console.log(`bench: round ${round}/${ROUNDS}, Lighthouse (${t}) …`);
      recordLh("floor", t, await lighthouse(ROOT, `${floor.origin}/`, t));
      for (const path of LIGHTHOUSE_PAGES) recordLh(path, t, await lighthouse(ROOT, `${project.origin}${path}`, t));
    }
    console.log(`bench: round ${round}/${ROUNDS}, first input and key → paint …`);
    add(s, "input floor", await guard("first input, floor", () => firstInput(`${floor.origin}/`, FLOOR_INPUT)));
    for (const path of FIRST_INPUT_PAGES) {
      add(s, `input ${path}`, await guard(`first input, ${path}`, () => firstInput(`${project.origin}${path}`, PROJECT_INPUT)));
    }
    const f = await guard("key → paint, floor", () => sliderLatency(`${floor.origin}/`, FLOOR_INPUT));
    const p = await guard("key → paint, project", () => sliderLatency(`${project.origin}${SLIDER_PAGE}`, PROJECT_INPUT));
    add(s, "slider floor", f?.p95);
    add(s, "slider project", p?.p95);
  }

  const rows: Row[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const lh = (who: string, t: Throttling, k: keyof Lighthouse) => get(s, lhKey(who, t, k));
    rows.push(
      {
        figure: `LCP, applied throttling, ${path}`,
        ref: lh("floor", "devtools", "lcp"),
        project: lh(path, "devtools", "lcp"),
        unit: "ms",
        goal: "≤ 1.5 × floor",
        check: (f, p) => (f === null ? null : p <= 1.5 * f),
      },
      {
        figure: `TBT, applied throttling, ${path}`,
        ref: lh("floor", "devtools", "tbt"),
        project: lh(path, "devtools", "tbt"),
        unit: "ms",
        goal: "≤ 2 × floor + 50",
        check: (f, p) => (f === null ? null : p <= 2 * f + 50),
      },
      {
        figure: `performance score, simulated, ${path}`,
        ref: lh("floor", "simulate", "score"),
        project: lh(path, "simulate", "score"),
        unit: "",
        goal: "≥ 0.90",
        check: (_, p) => p >= 0.9,
      },
      {
        figure: `LCP, simulated, ${path}`,
        ref: lh("floor", "simulate", "lcp"),
        project: lh(path, "simulate", "lcp"),
        unit: "ms",
        goal: "—",
      },
      {
        figure: `TBT, simulated, ${path}`,
        ref: lh("floor", "simulate", "tbt"),
        project: lh(path, "simulate", "tbt"),
        unit: "ms",
        goal: "—",
      },
      {
        figure: `performance score, applied, ${path}`,
        ref: lh("floor", "devtools", "score"),
        project: lh(path, "devtools", "score"),
        unit: "",
        goal: "—",
      },
    );
  }
  for (const path of FIRST_INPUT_PAGES) {
    rows.push({
      figure: `navigation → first input in effect, throttled, ${path}`,
      ref: get(s, "input floor"),
      project: get(s, `input ${path}`),
      unit: "ms",
      goal: "≤ 1.5 × floor",
      check: (f, p) => (f === null ? null : p <= 1.5 * f),
      missing: missing.get(`first input, ${path}`) ?? "n/a (control or answer not found)",
    });
  }
  rows.push({
    figure: `slider key → next paint, p95, ${SLIDER_PAGE}`,
    ref: get(s, "slider floor"),
    project: get(s, "slider project"),
    unit: "ms",
    goal: "≤ floor + 16.7",
    check: (f, p) => (f === null ? null : p <= f + 16.7),
    missing: missing.get("key → paint, project") ?? "n/a (slider not found)",
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 4. First-load JS

async function firstLoadRows(project: ProductionServer, floor: ProductionServer | null): Promise<Row[]> {
  const kb = async (origin: string, path: string) => {
    const r = await measureFirstLoadJs(origin, path);
    if (r.kind === "bytes") return { value: r.bytes / 1024 };
    if (r.kind === "error") console.error(`bench: first-load JS of ${path}: ${r.message}`);
    return { value: null, note: r.kind === "not-found" ? "n/a (404)" : "error", failed: r.kind === "error" };
  };
  const f = floor ? await kb(floor.origin, "/") : { value: null };
  const rows: Row[] = [];
  for (const { path, extraKB } of JS_PAGES) {
    const p = await kb(project.origin, path);
    rows.push({
      figure: `first-load JS (gzip), ${path}`,
      ref: f.value === null ? [] : [f.value],
      project: p.value === null ? [] : [p.value],
      unit: "KB",
      goal: extraKB === null ? "—" : `≤ floor + ${extraKB} KB`,
      check: extraKB === null ? undefined : (fl, pr) => (fl === null ? null : pr <= fl + extraKB),
      missing: p.note,
      failed: p.failed,
    });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// 5. Through nginx

const linkPath = (n: number) => `/?q=${200_000 + n * 7919}&u=1`;
const imagePath = (n: number) => `/api/og?q=${300_000 + n * 7919}`;
const floodSummary = (f: Flood) =>
  `${f.ok} 2xx, ${f.tooMany} 429, ${f.otherNon2xx} other, ${f.errors} errors (${f.timeouts} of them time-outs); ${Math.round(f.rps)} req/s, p99 ${Math.round(f.p99)} ms`;

async function nginxRows(project: ProductionServer): Promise<Row[]> {
  const upstreamPort = Number(new URL(project.origin).port);
  const nginx = await startNginx(ROOT, upstreamPort);
  try {
    const rows: Row[] = [];
    // One origin render per distinct link and image: each asked twice.
    const links = await renders(Array.from({ length: DISTINCT_LINKS }, (_, i) => `${nginx.origin}${linkPath(-1 - i)}`));
    const images = await renders(Array.from({ length: DISTINCT_IMAGES }, (_, i) => `${nginx.origin}${imagePath(-1 - i)}`));
    rows.push(
      {
        figure: `origin renders, ${DISTINCT_LINKS} distinct links asked twice`,
        ref: [DISTINCT_LINKS],
        project: [links.asked],
        unit: "count",
        goal: `= ${DISTINCT_LINKS}`,
        check: (_, p) => p === DISTINCT_LINKS,
        note: links.asked === DISTINCT_LINKS ? undefined : links.statuses.slice(DISTINCT_LINKS, DISTINCT_LINKS + 3).join(" "),
      },
      {
        figure: `origin renders, ${DISTINCT_IMAGES} distinct preview images asked twice`,
        ref: [DISTINCT_IMAGES],
        project: [images.asked],
        unit: "count",
        goal: `= ${DISTINCT_IMAGES}`,
        check: (_, p) => p === DISTINCT_IMAGES,
        note:
          images.asked === DISTINCT_IMAGES ? undefined : images.statuses.slice(DISTINCT_IMAGES, DISTINCT_IMAGES + 3).join(" "),
      },
    );

    // A repeated link and image beside the same bytes served as files by the same nginx.
    for (const [name, path] of [
      ["page.html", REPEATED_LINK],
      ["og.png", REPEATED_IMAGE],
    ] as const) {
      const res = await fetch(`${nginx.origin}${path}`);
      nginx.putStatic(name, new Uint8Array(await res.arrayBuffer()));
    }
    const s: Samples = new Map();
    const bad: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`bench: round ${round}/${ROUNDS}, through nginx (50 connections × 10 s each) …`);
      for (const [key, url] of [
        ["file page", `${nginx.staticOrigin}/page.html`],
        ["link", `${nginx.origin}${REPEATED_LINK}`],
        ["file image", `${nginx.staticOrigin}/og.png`],
        ["image", `${nginx.origin}${REPEATED_IMAGE}`],
      ] as const) {
        const r = await rate(url);
        add(s, key, r.rps);
        if (r.ok === 0 || r.otherNon2xx + r.tooMany + r.errors > 0) bad.push(`${key}: ${floodSummary(r)}`);
      }
    }
    rows.push(
      {
        figure: `through nginx, repeated link ${REPEATED_LINK} (ref: same bytes as a file)`,
        ref: get(s, "file page"),
        project: get(s, "link"),
        unit: "req/s",
        goal: "≥ 0.8 × file",
        check: (f, p) => (f === null ? null : p >= 0.8 * f),
        note: bad.filter((b) => b.startsWith("link")).join("; ") || undefined,
      },
      {
        figure: `through nginx, repeated image ${REPEATED_IMAGE} (ref: same bytes as a file)`,
        ref: get(s, "file image"),
        project: get(s, "image"),
        unit: "req/s",
        goal: "≥ 0.8 × file",
        check: (f, p) => (f === null ? null : p >= 0.8 * f),
        note: bad.filter((b) => b.startsWith("image")).join("; ") || undefined,
      },
    );

    // Floods of distinct links and images; the origin's memory before and one minute after.
    const before = rssMB(project.pid);
    console.log("bench: through nginx, distinct links, 50 connections × 15 s …");
    const fl = await flood(nginx.origin, linkPath);
    console.log("bench: through nginx, distinct preview images, 50 connections × 15 s …");
    const fi = await flood(nginx.origin, imagePath);
    console.log("bench: waiting one minute for the origin's memory …");
    await sleep(60_000);
    const after = rssMB(project.pid);
    for (const [what, f] of [
      ["distinct links", fl],
      ["distinct preview images", fi],
    ] as const) {
      rows.push({
        figure: `flood of ${what}, 50 conn × 15 s: errors, time-outs, non-429 failures`,
        ref: [],
        project: [f.errors + f.otherNon2xx], // autocannon counts a time-out as an error too
        unit: "count",
        goal: "0 (429s apart)",
        check: (_, p) => p === 0,
        note: floodSummary(f),
      });
    }
    rows.push({
      figure: `origin RSS 1 min after the floods (ref: before), ${allocatorOf(project.pid)}`,
      ref: before === null ? [] : [before],
      project: after === null ? [] : [after],
      unit: "MB",
      goal: "≤ 1.3 × before",
      check: (b, a) => (b === null ? null : a <= 1.3 * b),
      missing: "n/a (no /proc)",
    });
    return rows;
  } finally {
    await nginx.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function fmt(xs: readonly number[], unit: Row["unit"]): string {
  const m = median(xs);
  if (m === null) return "n/a";
  const one = (n: number) => (unit === "" ? n.toFixed(2) : unit === "KB" ? n.toFixed(1) : Math.round(n).toLocaleString("en-US"));
  const u = unit && unit !== "count" ? ` ${unit}` : "";
  if (xs.length < 2) return `${one(m)}${u}`;
  return `${one(m)} (${one(Math.min(...xs))}–${one(Math.max(...xs))})${u}`;
}

function printTable(rows: readonly Row[]): void {
  const header = ["figure", "floor / ref.", "project", "ratio", "goal", "ok?"];
  const cells = rows.map((r) => {
    const [f, p] = [median(r.ref), median(r.project)];
    const k = ok(r);
    return [
      r.figure,
      r.ref.length ? fmt(r.ref, r.unit) : "—",
      r.project.length ? fmt(r.project, r.unit) : (r.missing ?? "n/a"),
      f && p !== null && r.unit !== "count" ? `${(p / f).toFixed(2)}×` : "—",
      r.goal,
      k === null ? "—" : k ? "yes" : "NO",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join(" | ");
  console.log(`\nnpm run bench: medians of ${ROUNDS} interleaved rounds (range), ${new Date().toISOString()}`);
  console.log(`${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}`);
  for (const c of cells) console.log(line(c));
  const notes = rows.filter((r) => r.note && r.project.length);
  if (notes.length) console.log(`\n${notes.map((r) => `${r.figure}: ${r.note}`).join("\n")}`);
}

function writeJson(rows: readonly Row[]): void {
  mkdirSync(`${ROOT}bench-results`, { recursive: true });
  const file = `${ROOT}bench-results/bench.json`;
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    rounds: ROUNDS,
    rows: rows.map((r) => ({
      figure: r.figure,
      unit: r.unit,
      ref: r.ref,
      project: r.project,
      goal: r.goal,
      ok: ok(r),
      ...(r.note ? { note: r.note } : {}),
      ...(r.missing && !r.project.length ? { missing: r.missing } : {}),
    })),
  };
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nbench: written to bench-results/bench.json`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
  await ensureProductionBuild(ROOT);
  const withFloor = process.env.BENCH_FLOOR !== "0";
  const floorDir = withFloor ? buildFloor(ROOT) : null;
  // The project runs as a plain server runs it (deploy/origin.sh: npm start with jemalloc when
  // installed); the floor as npm start runs it. The allocator matters to the memory row only.
  const project = await startProductionServer(ROOT, ROOT, { asDeployed: true });
  const floor = floorDir ? await startFloor(ROOT, floorDir) : null;
  console.log(`bench: project at ${project.origin}${floor ? `, floor at ${floor.origin}` : ""}`);
  const rows: Row[] = [];
  try {
    // Warm every page once, so that the rounds measure serving, not first renders.
    for (const path of [...LIGHTHOUSE_PAGES, REPEATED_LINK, REPEATED_IMAGE]) {
      await fetch(`${project.origin}${path}`).then((r) => r.arrayBuffer());
    }
    if (floor) rows.push(...(await browserFigures(project, floor)));
    rows.push(...(await firstLoadRows(project, floor)));
    try {
      rows.push(...(await nginxRows(project)));
    } catch (err) {
      console.error(`bench: the nginx figures failed: ${errorMessage(err)}`);
      rows.push({ figure: "through nginx", ref: [], project: [], unit: "count", goal: "—", missing: "error", failed: true });
    }
  } finally {
    await project.stop();
    await floor?.stop();
  }
  printTable(rows);
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
