import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Browser, type Page } from "@playwright/test";

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
 * The article's questionnaire, as a reader reaches it: scrolled into view, its button enabled once
 * its code has arrived (it computes the result in the page). Answers ticked before that are kept.
 */
export async function reachQuiz(page: Page) {
  const quiz = page.getByTestId("quiz");
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByTestId("quiz-submit")).toBeEnabled();
}

/**
 * The height an oEmbed answer's iframe really takes: its HTML served on a page of another site (a
 * second loopback server), measured inside the embed. Returns the frame too, so a caller can check
 * more of the embed.
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
    await expect(frame.getByTestId("embed-root")).toBeVisible();
    const height = await frame.getByTestId("embed-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    return { height, frame };
  } finally {
    site.close();
  }
}

/** The answer's headline as a fresh load of `path` shows it: the server's own answer for that link. */
export async function headlineAt(browser: Browser, baseURL: string, path: string): Promise<string> {
  const page = await browser.newPage({ baseURL });
  await page.goto(path);
  const text = await page.locator("#answer").getByTestId("answer-headline").innerText();
  await page.close();
  return text;
}

/**
 * The full calculator under the article, as a reader reaches it: scrolled to, it renders once its
 * place nears the viewport (components/article/FullCalculator.tsx). Pages without it are left as
 * they are.
 */
export async function reachCalculator(page: Page) {
  const place = page.locator("#calculator");
  // Without JavaScript the Update button shows, and there is no full calculator to wait for.
  if ((await place.count()) === 0 || (await page.getByTestId("update").first().isVisible())) return;
  await place.scrollIntoViewIfNeeded();
  await page.locator("#calculator-panels").waitFor();
}
