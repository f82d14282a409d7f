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
