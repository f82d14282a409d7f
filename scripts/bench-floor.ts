/**
 * The framework floor and the browser figures, for `npm run bench`.
 *
 * The floor is a blank Next.js page with one client slider, built with the same next and react as
 * the project (written to .bench/floor, git-ignored, with the project's node_modules hard-linked
 * into it) and served the same way (`output: "standalone"`, scripts/standalone.mjs).
 *
 * Measured on the floor and on the project alike:
 *   - lighthouse(): Lighthouse mobile, performance only, with simulated throttling (Lighthouse's
 *     default, a model of a slow phone on slow 4G) or applied throttling (`--throttling-method=
 *     devtools`: the page really loads throttled): score, LCP, TBT;
 *   - firstInput(): from navigation to the first key press that takes effect, under Lighthouse's
 *     mobile conditions applied through CDP (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU): the
 *     slider is pressed (ArrowRight) as soon as it is visible, and again until what it drives shows
 *     a change (the floor's label; the project's answer or address bar);
 *   - sliderLatency(): key press → next paint on a loaded page (Event Timing), median and p95.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, throttle } from "../e2e/browser";
import { freePort, startProductionServer, type ProductionServer } from "./first-load-js";

const FLOOR_FILES: Record<string, string> = {
  "package.json": `{ "name": "floor", "private": true, "type": "module" }\n`,
  // Its own root: the repository's lockfile above it would otherwise be taken for the workspace's.
  "next.config.mjs": `const root = import.meta.dirname;
export default { poweredByHeader: false, output: "standalone", outputFileTracingRoot: root, turbopack: { root } };
`,
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
  return (<label>Value <output data-testid="floor-value">{value}</output> <input type="range" min={0} max={100} value={value} onChange={(e) => setValue(Number(e.target.value))} /></label>);
}
`,
  "app/page.tsx": `import { Slider } from "./Slider";
export default function Page() {
  return (<main><h1>A blank page</h1><p>The framework floor: one client component.</p><Slider /></main>);
}
`,
};

const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

/** Chromium: $CHROMIUM_PATH / $CHROME_PATH, else Debian's. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`no Chromium at ${path} (apt-get install -y chromium, or set CHROME_PATH)`);
  return path;
}

/** Writes and builds the floor app (once per bench run); returns its directory. */
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

/** The floor's standalone server, started like the project's. */
export const startFloor = (root: string, dir: string): Promise<ProductionServer> => startProductionServer(root, dir);

// ---------------------------------------------------------------------------------------------
// Lighthouse

export interface Lighthouse {
  score: number;
  tbt: number;
  lcp: number;
}
export type Throttling = "simulate" | "devtools";

/** One Lighthouse run, mobile (its default form factor), performance only. */
export async function lighthouse(root: string, url: string, throttling: Throttling): Promise<Lighthouse | null> {
  const port = await freePort(); // Chromium's debugging port, inside the bench's range
  const out = spawnSync(
    `${root}node_modules/.bin/lighthouse`,
    [
      url,
      "--quiet",
      "--only-categories=performance",
      `--throttling-method=${throttling}`,
      "--output=json",
      "--output-path=stdout",
      `--port=${port}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
    ],
    { env: { ...env(), CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  try {
    const report = JSON.parse(out.stdout.toString());
    const score = report.categories.performance.score;
    const tbt = report.audits["total-blocking-time"].numericValue;
    const lcp = report.audits["largest-contentful-paint"].numericValue;
    if (typeof score !== "number" || typeof lcp !== "number") throw new Error(report.runtimeError?.message ?? "no figures");
    return { score, tbt, lcp };
  } catch (err) {
    console.error(`bench: lighthouse (${throttling}) failed on ${url}: ${String(err)} ${out.stderr.toString().slice(-300)}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Navigation → first input that takes effect

export interface FirstInputTarget {
  /** The control pressed (ArrowRight, repeatedly). */
  control: string;
  /** Elements whose text shows the input's effect; the address bar counts too. */
  effects: readonly string[];
}

export const FLOOR_INPUT: FirstInputTarget = { control: 'input[type="range"]', effects: ['[data-testid="floor-value"]'] };
export const PROJECT_INPUT: FirstInputTarget = {
  control: '[data-testid="queriesPerDay-slider"]',
  effects: ['[data-testid="queriesPerDay-value"]', '[data-testid="verdict"]', '[data-testid^="total-"]'],
};

const GIVE_UP_MS = 30_000;

/**
 * Milliseconds from navigation start to the first moment a key press on the control has shown its
 * effect; null ("n/a") when the control is not on the page. Throws if nothing takes effect in 30 s.
 */
export async function firstInput(url: string, target: FirstInputTarget): Promise<number | null> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await throttle(page);
    await page.goto(url, { waitUntil: "commit" });
    const control = page.locator(target.control).first();
    try {
      await control.waitFor({ state: "visible", timeout: GIVE_UP_MS });
    } catch {
      console.error(`bench: ${target.control} not found on ${url}: n/a`);
      return null;
    }
    const fingerprint = (effects: readonly string[]) =>
      page.evaluate((sel) => {
        const texts = sel.flatMap((s) => [...document.querySelectorAll(s)].map((e) => e.textContent ?? ""));
        return { key: `${location.href}\n${texts.join("\n")}`, found: texts.length, at: performance.now() };
      }, effects);
    const before = await fingerprint(target.effects);
    if (before.found === 0) {
      console.error(`bench: none of ${target.effects.join(", ")} on ${url}: n/a`);
      return null;
    }
    const deadline = Date.now() + GIVE_UP_MS;
    while (Date.now() < deadline) {
      await control.press("ArrowRight", { timeout: GIVE_UP_MS });
      const now = await fingerprint(target.effects);
      if (now.key !== before.key) return now.at;
    }
    throw new Error(`no key press on ${target.control} took effect on ${url} within ${GIVE_UP_MS / 1000} s`);
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Key press → next paint

/**
 * Key presses on a page's slider once it responds, each from the event to the next paint (Event
 * Timing; presses under 16 ms, which it does not report, count as 16). Null when the slider is missing.
 */
export async function sliderLatency(
  url: string,
  target: FirstInputTarget,
  presses = 40,
): Promise<{ median: number; p95: number } | null> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url, { waitUntil: "load" });
    const slider = page.locator(target.control).first();
    if ((await slider.count()) === 0) return null;
    // Responding: press until the effect shows (the code has arrived), then measure.
    const text = () =>
      page.evaluate((sel) => sel.map((s) => document.querySelector(s)?.textContent ?? "").join("|"), target.effects);
    const start = await text();
    for (let i = 0; i < 100 && (await text()) === start; i++) await slider.press("ArrowRight");
    await page.evaluate(() => {
      const w = window as unknown as { keyLatencies: number[] };
      w.keyLatencies = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === "keydown") w.keyLatencies.push(e.duration);
      }).observe({ type: "event", durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    });
    for (let i = 0; i < presses; i++) {
      await slider.press(i < presses / 2 ? "ArrowLeft" : "ArrowRight");
      // The next press after this one's frame has been painted.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const measured = await page.evaluate(() => (window as unknown as { keyLatencies: number[] }).keyLatencies);
    const all = [...measured, ...Array<number>(Math.max(0, presses - measured.length)).fill(16)].sort((a, b) => a - b);
    return { median: all[Math.floor(all.length / 2)]!, p95: all[Math.min(all.length - 1, Math.floor(all.length * 0.95))]! };
  } finally {
    await browser.close();
  }
}
