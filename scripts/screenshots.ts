/**
 * Screenshots of the pages for a person to look at: phone and desktop, light and dark, zh and en.
 * Usage: npm run build && npx next start -p 3200 & tsx scripts/screenshots.ts http://127.0.0.1:3200 [path…]
 * Writes screenshots/*.png (git-ignored).
 */
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumExecutable } from "../e2e/browser";

const base = process.argv[2] ?? "http://127.0.0.1:3200";
const paths = process.argv.slice(3).length ? process.argv.slice(3) : ["/"];
const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
];
const schemes = ["light", "dark"] as const;
/** Sections also captured one screen at a time (SECTIONS=speed,cost …). */
const sections = (process.env.SECTIONS ?? "").split(",").filter(Boolean);

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const vp of viewports) {
    for (const scheme of schemes) {
      const page = await browser.newPage({
        viewport: { width: vp.width, height: vp.height },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      await page.goto(base + path, { waitUntil: "load" });
      // Let the lazily loaded charts draw.
      await page
        .locator(".recharts-surface")
        .first()
        .waitFor({ timeout: 5000 })
        .catch(() => undefined);
      await page.waitForTimeout(500);
      const slug = path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home";
      await page.screenshot({ path: `screenshots/${slug}-${vp.name}-${scheme}.png`, fullPage: true });
      await page.screenshot({ path: `screenshots/${slug}-${vp.name}-${scheme}-fold.png` });
      for (const id of sections) {
        const el = page.locator(`#${id}`).first();
        if ((await el.count()) === 0) continue;
        await el.scrollIntoViewIfNeeded();
        await page.evaluate((sid) => document.getElementById(sid)?.scrollIntoView({ block: "start" }), id);
        await page.waitForTimeout(200);
        await page.screenshot({ path: `screenshots/${slug}-${vp.name}-${scheme}-${id}.png` });
      }
      await page.close();
    }
  }
}
await browser.close();
console.log("screenshots written to screenshots/");
