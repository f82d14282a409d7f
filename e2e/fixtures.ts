/**
 * Playwright's `test` with one change: navigating to one of our pages waits until React has
 * hydrated it (<html data-hydrated>), so a test's first click is not lost to server-rendered
 * markup that has no handlers yet, and, on a page whose calculator waits behind a gate
 * (components/gate), until the reader's first scroll has let it take over (<html data-live>).
 * Pages on other origins are not waited for.
 */
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const ours = (url: string) => new URL(url, baseURL).origin === new URL(baseURL!).origin;
    const hydrated = () => page.waitForFunction(() => document.documentElement.dataset.hydrated === "true");
    // Then the reader starts reading: the parts of the page loaded on the first scroll come in.
    const startReading = () => page.evaluate(() => window.dispatchEvent(new Event("scroll")));
    const live = () =>
      page.waitForFunction(() => !document.querySelector("[data-gate]") || document.documentElement.dataset.live === "true");
    const settle = async <R>(response: R, options?: { waitUntil?: string }) => {
      if (ours(page.url()) && options?.waitUntil !== "commit") {
        await hydrated();
        await startReading();
        await live();
      }
      return response;
    };
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, options) => settle(await goto(url, options), options);
    page.reload = async (options) => settle(await reload(options), options);
    await use(page);
  },
});

export { expect };
