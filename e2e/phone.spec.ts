import { expect, test } from "@playwright/test";

test("no page scrolls sideways on a phone", async ({ page }) => {
  for (const path of ["/", "/?q=banana&d=1e99"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the sliders work by touch-sized keyboard steps on a phone too", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("horizonMonths-slider").focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("horizonMonths-value")).toHaveText("23 个月");
});
