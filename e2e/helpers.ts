import { expect, type Page } from "@playwright/test";

/** The text a reader sees as the verdict. */
export const verdictText = (page: Page) => page.locator("#calculator").getByTestId("verdict").innerText();

/** The drawn path of the fine-tuning curve: changes whenever the chart does. */
export async function chartPath(page: Page): Promise<string> {
  const path = page.locator('#calculator [data-testid="cumulative-chart"] .recharts-line-curve').nth(1);
  await expect(path).toBeVisible();
  return (await path.getAttribute("d")) ?? "";
}

/** The scenario part of the page URL, once the debounced URL write has happened. */
export async function waitForQuery(page: Page, pattern: RegExp) {
  await expect.poll(() => new URL(page.url()).search).toMatch(pattern);
}
