import { expect, test } from "./fixtures";
import { reachCalculator } from "./helpers";

test("no page scrolls sideways on a phone", async ({ page }) => {
  for (const path of ["/", "/en", "/methodology", "/en/methodology", "/?q=banana&d=1e99", "/no-such-page"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("on a phone the answer comes first, and once it scrolls away a bar keeps it in view and leads back up", async ({ page }) => {
  await page.goto("/");
  const answerTop = await page.locator("#answer").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const articleTop = await page.getByTestId("article").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(articleTop).toBeGreaterThan(answerTop);
  const bar = page.getByTestId("answer-bar");
  await expect(bar).toHaveAttribute("aria-hidden", "true");
  await page.evaluate(() => document.getElementById("accuracy")!.scrollIntoView());
  await expect(bar).toHaveAttribute("aria-hidden", "false");
  // The bar names the cheapest approach with its total and horizon, and its arrow points up to the answer.
  await expect(page.getByTestId("answer-bar-text")).toHaveText("RAG 最省 · 24 个月 $20,289");
  const jump = page.getByTestId("jump-to-answer");
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(page.locator("#answer").getByTestId("queriesPerDay-slider")).toBeInViewport();
});

test("the sliders work by keyboard on a phone too", async ({ page }) => {
  await page.goto("/");
  await reachCalculator(page);
  await page.getByTestId("horizonMonths-slider").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("horizonMonths-value")).toHaveText("23 个月");
});
