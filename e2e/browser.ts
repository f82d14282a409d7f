/**
 * Which Chromium to drive. In order: $CHROMIUM_PATH (or $CHROME_PATH), Debian's /usr/bin/chromium,
 * Playwright's own download; otherwise stop with a message that says how to get one. This machine
 * has no internet, so Playwright cannot download its browsers here.
 */
import { existsSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

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

/**
 * Lighthouse's mobile conditions, applied through CDP: 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4×
 * CPU, no cache: a reader on a slow phone (the browser tests of lost input, and the bench).
 */
export async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}
