/**
 * The framework floor, for `npm run bench`: a blank Next.js page with one client slider, built with
 * the same next and react as the project, served beside it and measured in the same run, so that
 * every figure of issue "As fast as a blank page" is also a ratio to what Next itself costs here.
 *
 *   - Lighthouse, mobile (its default: simulated slow 4G and 4× CPU slowdown): performance score,
 *     total blocking time, largest contentful paint — CHROME_PATH=/usr/bin/chromium, headless;
 *   - slider key press → next paint (Event Timing), median and p95;
 *   - requests per second (autocannon, 20 connections) and the server's memory after a 50-connection run;
 *   - first-load JS (gzip of the module scripts).
 *
 * Floor and project are measured interleaved, three rounds, and the medians reported: the machine is
 * noisy. The floor app is written to .bench/floor (git-ignored) with the project's node_modules
 * hard-linked into it, and built there.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";
import { rssMB } from "./bench-http";
import { freePort, measureFirstLoadJs, type ProductionServer } from "./first-load-js";

const FLOOR_FILES: Record<string, string> = {
  "package.json": `{ "name": "floor", "private": true, "type": "module" }\n`,
  "next.config.mjs": "export default { poweredByHeader: false };\n",
  "tsconfig.json": JSON.stringify({
    compilerOptions: {
      target: "ES2022",
      lib: ["dom", "es2023"],
      jsx: "react-jsx",
      module: "esnext",
      moduleResolution: "bundler",
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      isolatedModules: true,
      esModuleInterop: true,
      plugins: [{ name: "next" }],
    },
    include: ["**/*.ts", "**/*.tsx"],
    exclude: ["node_modules"],
  }),
  "app/layout.tsx": `import type { ReactNode } from "react";
export default function Layout({ children }: { children: ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/Slider.tsx": `"use client";
import { useState } from "react";
export function Slider() {
  const [value, setValue] = useState(50);
  return (<label>Value {value} <input type="range" min={0} max={100} value={value} onChange={(e) => setValue(Number(e.target.value))} /></label>);
}
`,
  "app/page.tsx": `import { Slider } from "./Slider";
export default function Page() {
  return (<main><h1>A blank page</h1><p>The framework floor: one client component.</p><Slider /></main>);
}
`,
};

const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

/** Writes and builds the floor app (once per bench run). */
export function buildFloor(root: string): string {
  const dir = `${root}.bench/floor`;
  rmSync(`${dir}/app`, { recursive: true, force: true });
  mkdirSync(`${dir}/app`, { recursive: true });
  for (const [file, text] of Object.entries(FLOOR_FILES)) writeFileSync(`${dir}/${file}`, text);
  if (!existsSync(`${dir}/node_modules`)) {
    const link = spawnSync("cp", ["-al", `${root}node_modules`, `${dir}/node_modules`], { stdio: "inherit" });
    if (link.status !== 0) throw new Error("could not link node_modules into the floor app");
  }
  console.log("bench: building the floor (a blank Next.js page) …");
  const build = spawnSync("npx", ["next", "build"], { cwd: dir, env: env(), stdio: "inherit" });
  if (build.status !== 0) throw new Error("the floor's next build failed");
  return dir;
}

/** `next start` of the floor on a free port. */
export async function startFloor(dir: string): Promise<ProductionServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    env: env(),
    detached: true,
    stdio: "ignore",
  });
  const stop = async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* gone already */
    }
  };
  process.once("exit", () => void stop());
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // The server's own pid is a child of npx: find it by its port.
  const pid =
    Number(
      spawnSync("sh", ["-c", `ss -ltnp | grep ':${port} ' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`])
        .stdout.toString()
        .trim(),
    ) || undefined;
  return { origin, pid, stop };
}

export interface Lighthouse {
  score: number;
  tbt: number;
  lcp: number;
}

/** One Lighthouse run, mobile, performance only. */
export function lighthouse(url: string): Lighthouse | null {
  const chrome = chromiumExecutable() ?? "/usr/bin/chromium";
  const out = spawnSync(
    "npx",
    [
      "lighthouse",
      url,
      "--quiet",
      "--only-categories=performance",
      "--output=json",
      "--output-path=stdout",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...env(), CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  try {
    const report = JSON.parse(out.stdout.toString());
    return {
      score: report.categories.performance.score,
      tbt: report.audits["total-blocking-time"].numericValue,
      lcp: report.audits["largest-contentful-paint"].numericValue,
    };
  } catch {
    console.error(`bench: lighthouse failed on ${url}: ${out.stderr.toString().slice(-400)}`);
    return null;
  }
}

/** Key presses on a page's slider, each from the event to the next paint (presses under 16 ms count as 16). */
export async function sliderLatency(url: string, slider: string, presses = 40): Promise<{ median: number; p95: number }> {
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[] };
      w.keyLatencies = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "keydown") w.keyLatencies.push(e.duration);
      }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    await page.locator(slider).first().focus();
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press(i < presses / 2 ? "ArrowRight" : "ArrowLeft");
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(300);
    const measured = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
    const all = [...measured, ...Array<number>(Math.max(0, presses - measured.length)).fill(16)].sort((a, b) => a - b);
    return { median: all[Math.floor(all.length / 2)]!, p95: all[Math.min(all.length - 1, Math.floor(all.length * 0.95))]! };
  } finally {
    await browser.close();
  }
}

export async function requestsPerSecond(url: string, connections = 20, duration = 5): Promise<number> {
  const result = await autocannon({ url, connections, duration });
  return result.requests.average;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

export { measureFirstLoadJs, rssMB };
