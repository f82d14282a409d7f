/**
 * Charts a reader can read: drawn on the server (so they are there without JavaScript), axes fitted
 * to the lines with round ticks, bands off by default, and downloads that explain themselves.
 */
import { readFileSync } from "node:fs";
import { test as plain, type Locator, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { reachCalculator } from "./helpers";

const calc = (page: Page) => page.locator("#calculator");
/** The answer at the top of the page: its chart is the one the calculator draws. */
const answer = (page: Page) => page.locator("#answer");

/** The y ticks of the server-drawn chart, as numbers (display currency) and labels. */
async function staticTicks(figure: Locator) {
  const ticks = figure.locator('[data-testid="static-y-axis"] text');
  const values = (await ticks.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-tick"))))) as number[];
  const labels = await ticks.allTextContents();
  return { values, labels };
}

/** A round label: a currency sign, at most two significant digits (or 2.5 × 10ⁿ), a magnitude. */
function isRoundLabel(label: string): boolean {
  const m = /^−?[$¥]([\d.,]+) ?(K|M|B|万|亿)?$/.exec(label);
  if (!m) return false;
  const digits = m[1]!.replace(/[.,]/g, "").replace(/^0+|0+$/g, "");
  return digits.length <= 2 || /^\d?25$|^\d?75$/.test(digits);
}

/** Ticks at a round step (1, 2, 2.5 or 5 × 10ⁿ), starting at 0. */
function isRoundStep(values: number[]): boolean {
  const step = values[1]! - values[0]!;
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return (
    [1, 2, 2.5, 5].some((r) => Math.abs(mantissa - r) < 1e-9) &&
    values.every((v, i) => Math.abs(v - values[0]! - i * step) < 1e-6)
  );
}

// Without script the page never hydrates, so these use Playwright's own test, not our fixture's wait.
plain.describe("without JavaScript", () => {
  plain.use({ javaScriptEnabled: false });

  for (const path of ["/", "/en"]) {
    plain(`${path} draws the cumulative chart as SVG with a fitted, round axis, and fills the table`, async ({ page }) => {
      await page.goto(path);
      await reachCalculator(page);
      const figure = answer(page).getByTestId("cumulative-figure");
      const chart = figure.getByTestId("static-chart");
      await expect(chart).toBeVisible();
      await expect(chart.locator("path[data-series]")).toHaveCount(3);
      const { values, labels } = await staticTicks(figure);
      // The default scenario: the highest line is fine-tuning's $63,613 at month 24 (docs/cost-model.md).
      const highest = 63613.07;
      expect(values.at(-1)!).toBeGreaterThanOrEqual(highest);
      expect(values.at(-1)!).toBeLessThanOrEqual(2 * highest);
      expect(values).toEqual([0, 20000, 40000, 60000, 80000]);
      expect(isRoundStep(values)).toBe(true);
      for (const l of labels) expect(isRoundLabel(l), l).toBe(true);
      await expect(figure.getByTestId("chart-legend").locator("li")).toHaveCount(3);
      // The table alternative opens natively and has the months in it.
      await figure.locator("summary").click();
      await expect(figure.getByTestId("series-table").locator("tbody tr")).toHaveCount(25);
      await expect(figure.getByTestId("noscript-note")).toBeVisible();
      // The article's own cost figure is drawn on the server too.
      await expect(page.getByTestId("article-body").getByTestId("article-cost").locator("svg").first()).toBeVisible();
    });
  }

  plain("a CNY link ticks in round yuan", async ({ page }) => {
    await page.goto("/?v=1&cur=CNY&fx=7");
    await reachCalculator(page);
    const { values, labels } = await staticTicks(answer(page).getByTestId("cumulative-figure"));
    expect(values).toEqual([0, 200000, 400000, 600000]);
    expect(labels).toEqual(["¥0", "¥20 万", "¥40 万", "¥60 万"]);
    expect(isRoundStep(values)).toBe(true);
    for (const l of labels) expect(isRoundLabel(l), l).toBe(true);
  });
});

test.describe("with JavaScript", () => {
  test("the interactive chart takes over in the same box, bands off, axis fitted", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    const chart = answer(page).getByTestId("cumulative-chart");
    const box = await chart.boundingBox();
    await chart.hover();
    await chart.locator(".recharts-line-curve").first().waitFor();
    const after = await chart.boundingBox();
    expect(after!.height).toBeCloseTo(box!.height, 0);
    await expect(chart.locator(".recharts-area")).toHaveCount(0);
    await expect(answer(page).getByTestId("show-bands")).not.toBeChecked();
    const labels = await chart.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /[$¥]/ }).allTextContents();
    expect(labels).toEqual(["$0", "$20K", "$40K", "$60K", "$80K"]);
  });

  test("the interactive chart redraws the server's chart: same ticks, same break-even month", async ({ page }) => {
    // 100,000 queries a day, no updates: fine-tuning is cheaper from month 17 on v2's prices (docs/cost-model.md).
    await page.goto("/en?v=2&q=100000&u=never");
    await reachCalculator(page);
    const figure = answer(page).getByTestId("cumulative-figure");
    const chart = figure.getByTestId("cumulative-chart");
    const server = await staticTicks(figure);
    const marker = async (selector: string) => {
      const box = await chart.locator(selector).boundingBox();
      return box!.x + box!.width / 2;
    };
    const serverMarker = await marker("[data-break-even]");
    await expect(chart.getByTestId("static-chart")).toContainText("break-even");
    await chart.hover();
    await chart.locator(".recharts-line-curve").first().waitFor();
    const labels = await chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").allTextContents();
    expect(labels).toEqual(server.labels);
    expect(labels).toEqual(["$0", "$20K", "$40K", "$60K"]);
    await expect(chart.getByTestId("static-chart")).toHaveCount(0);
    await expect(chart.locator("svg.recharts-surface")).toContainText("break-even");
    expect(Math.abs((await marker(".recharts-reference-line-line")) - serverMarker)).toBeLessThan(1.5);
  });

  test("the article's figure and the embed agree with the calculator: bands off", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await expect(page.getByTestId("article-cost").getByTestId("show-bands")).not.toBeChecked();
    await page.goto("/embed?v=1");
    await reachCalculator(page);
    await expect(page.getByTestId("show-bands")).not.toBeChecked();
  });

  test("pinning adds the pinned scenario's dashed lines to the legend", async ({ page }) => {
    await page.goto("/en?v=1&q=100000&u=never");
    await reachCalculator(page);
    await calc(page).getByTestId("pin").click();
    await calc(page).getByTestId("horizonMonths-slider").focus();
    await page.keyboard.press("ArrowLeft");
    const legend = answer(page).getByTestId("cumulative-figure").getByTestId("chart-legend");
    await expect(legend.locator("li")).toHaveCount(6);
    await expect(legend).toContainText("Fine-tuning (A, pinned)");
  });

  test("the downloaded SVG stands alone and names its scenario", async ({ page, baseURL }) => {
    await page.goto("/en?q=100000&u=never");
    await reachCalculator(page);
    const [download] = await Promise.all([page.waitForEvent("download"), calc(page).getByTestId("download-svg").click()]);
    expect(download.suggestedFilename()).toBe("rag-or-fine-tuning-q100000-unever.svg");
    const svg = readFileSync((await download.path())!, "utf8");
    expect(svg).toContain('<title id="chart-title">RAG or fine-tuning? · Cumulative cost</title>');
    expect(svg).toContain("<desc");
    for (const name of ["RAG", "Fine-tuning", "Hybrid"]) expect(svg).toContain(`>${name}</text>`);
    expect(svg).toContain(`${baseURL}/en?v=3&amp;q=100000&amp;u=never`);
    expect(svg).toContain("prices as of 2026-12-02");
    expect(svg).toContain("Adapted from an article by ZIYU, CC BY-NC-SA 4.0");
    expect(svg).not.toMatch(/lab\(|oklch|var\(|role="application"/);
    const [png] = await Promise.all([page.waitForEvent("download"), calc(page).getByTestId("download-png").click()]);
    expect(png.suggestedFilename()).toBe("rag-or-fine-tuning-q100000-unever.png");
  });
});
