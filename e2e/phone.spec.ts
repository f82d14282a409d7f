import { expect, test } from "./fixtures";

test("no page scrolls sideways on a phone", async ({ page }) => {
  for (const path of ["/", "/en", "/methodology", "/en/methodology", "/?q=banana&d=1e99", "/no-such-page"]) {
    await page.goto(path);
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("on a phone the calculator follows the introduction, and a bar leads back to it", async ({ page }) => {
  await page.goto("/");
  const introBottom = await page.locator("#intro").evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const calculatorTop = await page.locator("#calculator").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const bodyTop = await page.locator("#what").evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(calculatorTop).toBeGreaterThan(introBottom);
  expect(bodyTop).toBeGreaterThan(calculatorTop);
  await page.evaluate(() => document.getElementById("accuracy")!.scrollIntoView());
  const jump = page.getByTestId("jump-to-calculator");
  await expect(jump).toBeInViewport();
  await jump.click();
  await expect(page.getByTestId("queriesPerDay-slider")).toBeInViewport();
});

test("the sliders work by keyboard on a phone too", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("horizonMonths-slider").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("horizonMonths-value")).toHaveText("23 个月");
});
