import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";

/** The text a reader sees as the verdict. */
export const verdictText = (page: Page) => page.locator("#calculator").getByTestId("verdict").innerText();

/** The drawing of the answer's cumulative chart (static or interactive): changes whenever the chart does. */
export async function chartPath(page: Page): Promise<string> {
  const chart = page.locator('#answer [data-testid="cumulative-chart"]');
  await expect(chart.locator("svg").first()).toBeVisible();
  return chart.innerHTML();
}

/** The scenario part of the page URL, once the debounced URL write has happened. */
export async function waitForQuery(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).search).toMatch(pattern);
}

/**
 * An article figure hydrates as it nears the viewport (components/article/LazyFigures.tsx): bring it
 * there and wait until it is live, as a reader's scrolling would, before touching its controls.
 */
export async function wakeFigure(page: Page, name: "latency" | "costCurves" | "quiz") {
  const island = page.locator(`[data-island="${name}"]`);
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute("data-awake", "true");
}

/**
 * The height an oEmbed answer's iframe really takes: its HTML served on a page of another site (a
 * second loopback server), measured inside the embed once it has hydrated. Returns the page too, so
 * a caller can check more of the embed.
 */
export async function renderedEmbedHeight(page: Page, oembed: { html: string; width: number }) {
  const site = createServer((_, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(`<!doctype html><html><body style="margin:0">${oembed.html}</body></html>`),
  );
  await new Promise<void>((done) => site.listen(0, "127.0.0.1", done));
  try {
    await page.setViewportSize({ width: oembed.width + 40, height: 400 });
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator("html")).toHaveAttribute("data-hydrated", "true");
    // The calculator takes over once the embed's page is idle (components/gate): nothing there scrolls or clicks.
    await expect(frame.locator("html")).toHaveAttribute("data-live", "true");
    const height = await frame.getByTestId("embed-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    return { height, frame };
  } finally {
    site.close();
  }
}
