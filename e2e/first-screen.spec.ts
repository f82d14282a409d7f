/**
 * The answer at first glance: on a phone and on a desktop, in Chinese and in English, the first
 * screen holds the verdict (cheapest approach, its total over the horizon, the runner-up), the
 * cumulative cost chart and the three main sliders; and the newcomer's task — "20,000 queries a
 * day, documents change weekly, 5 GB of documents: which one, and what does it cost in CNY?" — takes
 * three actions, all on that first screen.
 */
import { expect, test } from "./fixtures";
import { headlineAt } from "./helpers";

const SCREENS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1440, height: 900 },
] as const;

for (const screen of SCREENS) {
  for (const path of ["/", "/en"]) {
    test(`${path} at ${screen.width}×${screen.height}: the first screen holds the answer, the chart and the three sliders`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, 0));
      const answer = page.locator("#answer");
      for (const testId of [
        "answer-headline",
        "answer-detail",
        "prices-as-of",
        "cumulative-chart",
        "queriesPerDay-slider",
        "updatesPerMonth-slider",
        "corpusTokens-slider",
      ]) {
        const box = await answer.getByTestId(testId).first().boundingBox();
        expect(box, testId).not.toBeNull();
        expect(box!.y + box!.height, `${testId} ends within the first screen`).toBeLessThanOrEqual(screen.height);
        expect(box!.x + box!.width, `${testId} fits the width`).toBeLessThanOrEqual(screen.width);
      }
      // No scroll box inside the page: the document itself scrolls, and nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
    });
  }
}

test("the 5 GB task: three actions on the first screen give the answer in CNY", async ({ page, browser, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/en");
  const answer = page.locator("#answer");
  // 1. Queries, typed the way people write them.
  const queries = answer.getByTestId("queriesPerDay-input");
  await queries.fill("20k");
  await queries.press("Enter");
  // (Weekly is already the default.) 2. Data size in gigabytes; the conversion is shown.
  const data = answer.getByTestId("corpusTokens-input");
  await data.fill("5 GB");
  await data.press("Enter");
  // Before the code has arrived, Enter submits the form and the server's page for the new link
  // gives the conversion in the field's hint; once it has, the field commits and says so itself.
  await expect(answer.getByTestId("corpusTokens-value")).toHaveText("1.25B tokens ≈ 2,500,000 pages");
  await expect(answer).toContainText(/5 GB of (plain )?text/);
  // 3. The currency.
  await answer.getByTestId("currency-CNY").check();
  await expect.poll(() => new URL(page.url()).searchParams.get("cur")).toBe("CNY");
  // The answer the server gives for the same link.
  await expect(answer.getByTestId("answer-headline")).toHaveText(
    await headlineAt(browser, baseURL!, "/en?v=3&q=20000&d=1250000000&cur=CNY"),
  );
  await expect(answer.getByTestId("answer-detail")).toContainText("¥");
  await expect(answer.getByTestId("answer-detail")).not.toContainText("$");
});
