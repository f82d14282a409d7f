import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForQuery, reachCalculator } from "./helpers";

const calc = (page: Page) => page.locator("#calculator");
/** The answer at the top of the page, with the cumulative chart. */
const answer = (page: Page) => page.locator("#answer");

test.describe("where each approach wins", () => {
  test("the API's map agrees with its verdict at the scenario's own cell, and ranges hold the totals", async ({ request }) => {
    // q = 100,000 and u = never sit exactly on a column and a row of the map.
    const body = await (await request.get("/api/v1/estimate?v=1&q=100000&u=never")).json();
    const col = body.cheaperMap.axes.queriesPerDay.indexOf(100000);
    const row = body.cheaperMap.axes.updatesPerMonth.indexOf(0);
    expect(col).toBeGreaterThan(-1);
    expect(body.cheaperMap.cells[row][col]).toBe(body.cheapest);
    for (const a of ["rag", "ft", "hybrid"]) {
      expect(body.ranges[a].low).toBeLessThanOrEqual(body.approaches[a].total);
      expect(body.ranges[a].high).toBeGreaterThanOrEqual(body.approaches[a].total);
    }
    expect(body.cheaperMap.breakEvenQueriesPerDay[row]).toBeCloseTo(body.breakEven.queriesPerDay, 6);
  });

  test("focusing a cell tells its numbers, and Enter moves the scenario there", async ({ page }) => {
    await page.goto("/?v=1&q=100000&u=never");
    await reachCalculator(page);
    const map = calc(page).getByTestId("cheaper-map");
    // The map opens by knowledge-base size (model v3); these rows are update frequencies.
    await map.getByLabel("按更新频率").check();
    await map.getByTestId("cheaper-map-grid").focus();
    // Focus starts at the scenario's row (never) and nearest column (100,000 a day).
    await expect(map.getByTestId("cheaper-map-cell")).toContainText("10 万次/天、从不：微调最省");
    await expect(calc(page).getByTestId("verdict")).toContainText("微调最省");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(map.getByTestId("cheaper-map-cell")).toContainText("每季度");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("updatesPerMonth-value")).toHaveText("每季度");
    await waitForQuery(page, /u=quarterly/);
  });

  test("clicking a cell moves the scenario there", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    // The map opens by knowledge-base size (model v3); the bottom row of this view is "never".
    await calc(page).getByTestId("cheaper-map").getByLabel("按更新频率").check();
    const canvas = calc(page).getByTestId("cheaper-map-canvas");
    const box = (await canvas.boundingBox())!;
    await canvas.click({ position: { x: 2, y: box.height - 2 } });
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("10 次/天");
    await expect(page.getByTestId("updatesPerMonth-value")).toHaveText("从不");
  });
});

test.describe("how sure we are", () => {
  test("the chart draws a band per approach on request, and the verdict says whether the winner holds", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    const chart = answer(page).getByTestId("cumulative-chart");
    await chart.hover(); // the interactive chart comes in on the reader's first touch
    await chart.locator(".recharts-line-curve").first().waitFor();
    // Off by default, as in the article and the embed.
    await expect(chart.locator(".recharts-area")).toHaveCount(0);
    // The y axis's tick labels (Recharts draws them in a layer of their own): the ones with a currency.
    const ticks = () => chart.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /[$¥]/ }).allTextContents();
    const before = await ticks();
    await answer(page).getByTestId("show-bands").check();
    await expect(chart.locator(".recharts-area")).toHaveCount(3);
    // The bands are clipped to the lines' axis: it does not stretch.
    expect(await ticks()).toEqual(before);
    await expect(calc(page).getByTestId("verdict-robustness")).toContainText("RAG 都仍是最省的方案");
    await expect(calc(page).getByTestId("verdict-drivers")).toContainText("每次重新训练的评测工时");
    await answer(page).getByTestId("show-bands").uncheck();
    await expect(chart.locator(".recharts-area")).toHaveCount(0);
  });

  test("the tornado's first bar is the assumption checked by hand", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    const first = calc(page).getByTestId("tornado").locator("li").first();
    await expect(first).toHaveAttribute("data-testid", "tornado-evalHoursPerRetrain");
    // 96 retrains × (3 − 1) × 4 h × $100 = $76,800 more for fine-tuning when pessimistic.
    await expect(first.getByRole("img")).toHaveAttribute("aria-label", /pessimistic −\$77K/);
  });
});

test.describe("in the reader's money and models", () => {
  test("CNY converts every figure on the page and in the preview image", async ({ page, request }) => {
    await page.goto("/?v=1&cur=CNY&fx=7");
    await reachCalculator(page);
    const c = calc(page);
    await expect(c.getByTestId("total-rag")).toHaveText("¥154,078"); // 22,011.108 × 7
    await expect(c.getByTestId("verdict")).not.toContainText("$");
    await expect(c.getByTestId("results-table")).not.toContainText("$");
    await answer(page).getByTestId("cumulative-figure").locator("summary").click();
    await expect(answer(page).getByTestId("series-table")).not.toContainText("$");
    await expect(answer(page).getByTestId("answer")).toContainText("¥");
    await expect(answer(page).getByTestId("answer")).not.toContainText("$");
    await expect(c.getByTestId("tornado")).not.toContainText("$");
    const usd = await (await request.get("/api/og?v=1")).body();
    const cny = await (await request.get("/api/og?v=1&cur=CNY&fx=7")).body();
    expect(usd.equals(cny)).toBe(false);
  });

  test("a price set applies, round-trips through the permalink and is dated and sourced", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    await expect(page.getByTestId("prices-as-of").first()).toContainText("Prices as of 2026-12-02 · Amazon Bedrock");
    // An unpinned link is v3, on December's Nova Micro.
    await expect(calc(page).getByTestId("pricing-preset")).toHaveValue("bedrock-nova-micro-2026-12");
    await calc(page).getByTestId("pricing-preset").selectOption("runpod-qwen3-8b-lora-2026-12");
    await waitForQuery(page, /^\?v=3&p=runpod-qwen3-8b-lora-2026-12$/);
    await expect(calc(page).getByTestId("pricing-preset-note")).toContainText("checked 2026-12-02");
    await expect(calc(page).getByTestId("pricing-preset-note").getByRole("link").first()).toHaveAttribute("href", /^https:/);
    await expect(page.getByTestId("prices-as-of").first()).toContainText("RunPod");
    const totals = await calc(page).getByTestId("results-table").innerText();
    await page.reload();
    await reachCalculator(page);
    await expect(calc(page).getByTestId("pricing-preset")).toHaveValue("runpod-qwen3-8b-lora-2026-12");
    expect(await calc(page).getByTestId("results-table").innerText()).toBe(totals);
  });

  test("a v1 link keeps the v1 numbers, says its prices are retired, and moves to today's in one click", async ({ page }) => {
    await page.goto("/en?v=1&q=20000&pt=900");
    await reachCalculator(page);
    await expect(calc(page).getByTestId("pricing-preset")).toHaveValue("openai-4o-mini");
    const notice = page.getByTestId("retired-notice").first();
    await expect(notice).toContainText("retired on 2026-05-07");
    await expect(notice).toContainText("2027-01-14");
    const v1Total = await calc(page).getByTestId("total-rag").innerText();
    await notice.getByTestId("to-todays-prices").click();
    await waitForQuery(page, /^\?v=3&q=20000&pt=900$/);
    await expect(page.getByTestId("retired-notice")).toHaveCount(0);
    await expect(calc(page).getByTestId("total-rag")).not.toHaveText(v1Total);
    await expect(page.getByTestId("prices-as-of").first()).toContainText("2026-12-02");
  });

  test("a v1 link without a preset shows the v1 numbers", async ({ page }) => {
    await page.goto("/?v=1");
    await reachCalculator(page);
    await expect(calc(page).getByTestId("total-rag")).toHaveText("$22,011");
    await expect(calc(page).getByTestId("total-ft")).toHaveText("$66,006");
  });
});

test("two scenarios side by side, shared as one link", async ({ page }) => {
  await page.goto("/?v=1&q=100000&u=never");
  await reachCalculator(page);
  await calc(page).getByTestId("pin").click();
  await waitForQuery(page, /pin=v%3D3%26p%3Dopenai-4o-mini%26q%3D100000%26u%3Dnever/);
  await page.getByTestId("horizonMonths-slider").focus();
  await page.keyboard.press("End");
  await waitForQuery(page, /h=60&pin=/);
  const compare = calc(page).getByTestId("compare");
  await expect(compare.getByTestId("compare-verdict-a")).toContainText("24 个月内微调最省");
  await expect(compare.getByTestId("compare-verdict-b")).toContainText("60 个月内");
  const chart = answer(page).getByTestId("cumulative-chart");
  await chart.hover();
  await expect(chart.locator(".recharts-line")).toHaveCount(6);
  const url = page.url();
  await page.goto(url);
  await reachCalculator(page);
  await expect(calc(page).getByTestId("compare").getByTestId("compare-verdict-a")).toContainText("24 个月内微调最省");
  await calc(page).getByTestId("unpin").click();
  await expect.poll(() => page.url()).not.toContain("pin=");
});
