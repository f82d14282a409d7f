/**
 * Which Chromium to drive. In order: $CHROMIUM_PATH (or $CHROME_PATH), Debian's /usr/bin/chromium,
 * Playwright's own download; otherwise stop with a message that says how to get one. This machine
 * has no internet, so Playwright cannot download its browsers here.
 */
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH || process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH/CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined; // Playwright's own browser: let it choose.
  throw new Error(
    "No Chromium found. Install Debian's (`sudo apt-get install -y chromium`), or set CHROMIUM_PATH to a " +
      "Chromium/Chrome binary, or, with internet access, run `npx playwright install chromium`.",
  );
}
