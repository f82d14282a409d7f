import { expect, test } from "./fixtures";
import { chartPath, verdictText, waitForQuery, reachCalculator } from "./helpers";

test.describe("the calculator on /", () => {
  test("its first HTML already holds the verdict and the totals", async ({ request }) => {
    const html = await (await request.get("/?v=1&u=never&q=100000")).text();
    expect(html).toContain('lang="zh-CN"');
    // u=0, q=100000: FT catches up with RAG at month 12.
    expect(html).toMatch(/从第 12 个月起/);
    const body = await (await request.get("/api/v1/estimate?v=1&u=never&q=100000")).json();
    const ragTotal = Math.round(body.approaches.rag.total).toLocaleString("en-US");
    expect(html).toContain(`$${ragTotal}`);
  });

  test("shows the v2 contract's default totals (docs/cost-model.md)", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await expect(page.getByTestId("total-rag")).toHaveText("$20,289");
    await expect(page.getByTestId("total-ft")).toHaveText("$63,613");
    await expect(page.locator("#calculator").getByTestId("verdict")).toContainText("RAG 最省");
  });

  const sliders = [
    { field: "queriesPerDay", url: /q=/, keys: ["End"] },
    { field: "updatesPerMonth", url: /u=never/, keys: ["Home"] },
    { field: "corpusTokens", url: /d=/, keys: ["PageUp", "PageUp"] },
    { field: "horizonMonths", url: /h=25/, keys: ["ArrowRight"] },
  ];

  for (const s of sliders) {
    test(`moving ${s.field} by keyboard changes the verdict, the chart and the URL`, async ({ page }) => {
      await page.goto("/");
      await reachCalculator(page);
      const verdictBefore = await verdictText(page);
      const pathBefore = await chartPath(page);
      const slider = page.getByTestId(`${s.field}-slider`);
      await slider.focus();
      for (const key of s.keys) await page.keyboard.press(key);
      await waitForQuery(page, s.url);
      await expect.poll(() => verdictText(page)).not.toBe(verdictBefore);
      await expect.poll(() => chartPath(page)).not.toBe(pathBefore);
    });

    test(`moving ${s.field} by mouse changes the verdict, the chart and the URL`, async ({ page }) => {
      await page.goto("/");
      await reachCalculator(page);
      const verdictBefore = await verdictText(page);
      const pathBefore = await chartPath(page);
      const valueBefore = await page.getByTestId(`${s.field}-value`).innerText();
      await page.getByTestId(`${s.field}-slider`).scrollIntoViewIfNeeded();
      const box = (await page.getByTestId(`${s.field}-slider`).boundingBox())!;
      // Press near the left end, drag to near the right end.
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect(page.getByTestId(`${s.field}-value`)).not.toHaveText(valueBefore);
      await waitForQuery(page, new RegExp(`${s.url.source.slice(0, 2)}`));
      await expect.poll(() => verdictText(page)).not.toBe(verdictBefore);
      await expect.poll(() => chartPath(page)).not.toBe(pathBefore);
    });
  }

  test("reloading the URL restores the same numbers", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await page.getByTestId("queriesPerDay-slider").focus();
    for (let i = 0; i < 25; i++) await page.keyboard.press("ArrowRight");
    await page.getByTestId("corpusTokens-slider").focus();
    await page.keyboard.press("ArrowLeft");
    await waitForQuery(page, /q=.*d=/);
    const totals = await page.getByTestId("results-table").innerText();
    const verdict = await verdictText(page);
    const url = page.url();
    await page.reload();
    await reachCalculator(page);
    expect(page.url()).toBe(url);
    expect(await page.getByTestId("results-table").innerText()).toBe(totals);
    expect(await verdictText(page)).toBe(verdict);
  });

  test("typing a value applies it, clamped to the range", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    const input = page.getByTestId("queriesPerDay-input");
    await input.fill("100000");
    await input.press("Enter");
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("10 万次/天");
    await waitForQuery(page, /q=100000/);
    await input.fill("1e12");
    await input.press("Enter");
    await expect(input).toHaveValue("100000000");
  });

  test("a preset applies, and Back returns to the scenario before it", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await page.getByTestId("preset-support").click();
    await expect(page.getByTestId("preset-support")).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByTestId("updatesPerMonth-value")).toHaveText("每天");
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("5 万次/天");
    await waitForQuery(page, /q=50000&u=daily&d=10000000/);
    await page.goBack();
    await expect(page.getByTestId("updatesPerMonth-value")).toHaveText("每周");
    await expect(page.getByTestId("total-rag")).toHaveText("$20,289");
    await page.goForward();
    await expect(page.getByTestId("updatesPerMonth-value")).toHaveText("每天");
  });

  test("reset returns to the defaults", async ({ page }) => {
    await page.goto("/?q=777&h=12&pt=900");
    await reachCalculator(page);
    await page.getByTestId("reset").click();
    await expect(page.getByTestId("total-rag")).toHaveText("$20,289");
    await waitForQuery(page, /^\?v=3$/);
  });

  test("reset under a link's own price set keeps the set and writes none of its prices", async ({ page }) => {
    await page.goto("/?v=1&q=777&h=12");
    await reachCalculator(page);
    await page.getByTestId("reset").click();
    await expect(page.getByTestId("total-rag")).toHaveText("$22,011");
    await waitForQuery(page, /^\?v=3&p=openai-4o-mini$/);
  });

  test("an invalid link shows the corrected scenario and a notice", async ({ page }) => {
    await page.goto("/?q=banana&u=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&d=1e99&h=0");
    await reachCalculator(page);
    const notice = page.getByTestId("warnings");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("q=banana");
    await expect(notice).toContainText("超出范围");
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("5 千次/天");
    await expect(page.getByTestId("corpusTokens-input")).toHaveValue("10000000000");
    await expect(page.getByTestId("horizonMonths-value")).toHaveText("1 个月");
    expect(await page.locator("img[src=x]").count()).toBe(0);
    await notice.getByRole("button").click();
    await expect(notice).toBeHidden();
  });

  test("editing an assumption changes the totals and the URL", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await page.getByTestId("assumptions").locator("summary").click();
    const field = page.getByTestId("assumption-engineerRate");
    await field.fill("0");
    await field.press("Enter");
    await waitForQuery(page, /er=0/);
    // People are most of RAG's cost by default: 8,000 + 24 × 440 = 18,560 of 20,289;
    // without them, 0.40 + 24 × (21.99 + 50 + 0.032) = 1,728.95.
    await expect(page.getByTestId("total-rag")).toHaveText("$1,729");
  });

  test("every control is reachable by keyboard with a visible focus", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    const reached = new Set<string>();
    /**
     * Tabs forward from `start`, noting every control reached and checking its focus ring. The first
     * step is forward and back, so that `start` too has its focus from the keyboard, without tabbing
     * back into the article's figures above the calculator.
     */
    const tabFrom = async (start: string, presses: number) => {
      await page.getByTestId(start).focus();
      await page.keyboard.press("Tab");
      await page.keyboard.press("Shift+Tab");
      for (let i = 0; i < presses; i++) {
        if (i > 0) await page.keyboard.press("Tab");
        const info = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            id: el.dataset.testid || el.id || el.tagName,
            outline: style.outlineStyle !== "none" || style.boxShadow !== "none",
          };
        });
        if (info) {
          reached.add(info.id);
          expect(info.outline, `focus ring on ${info.id}`).toBe(true);
        }
      }
    };
    // The answer's three sliders and the currency, then the full calculator under the article.
    await tabFrom("queriesPerDay-slider", 8);
    // The full calculator's panels come in their own chunks: tab through them once they are there.
    await expect(page.getByTestId("preset-earnings")).toBeVisible();
    await tabFrom("horizonMonths-slider", 8);
    for (const id of [
      "queriesPerDay-slider",
      "updatesPerMonth-slider",
      "corpusTokens-slider",
      "currency-USD",
      "horizonMonths-slider",
      "preset-earnings",
    ]) {
      expect(reached).toContain(id);
    }
  });

  test("sliders have accessible names and value text", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await expect(page.getByRole("slider", { name: "每日请求量" })).toHaveAttribute("aria-valuetext", "5 千次/天");
    await expect(page.getByRole("slider", { name: "知识更新频率" })).toHaveAttribute("aria-valuetext", "每周");
    await expect(page.getByRole("slider", { name: "知识库规模" })).toHaveAttribute("aria-valuetext", "2,000 万 tokens ≈ 4 万页");
    await expect(page.getByRole("slider", { name: "时间跨度" })).toHaveAttribute("aria-valuetext", "24 个月");
  });

  test("the chart has a table alternative with the model's series", async ({ page }) => {
    await page.goto("/?v=1&h=6");
    await reachCalculator(page);
    const calculator = page.locator("#answer");
    await calculator.getByTestId("cumulative-figure").locator("summary").click();
    const rows = calculator.getByTestId("series-table").locator("tbody tr");
    await expect(rows).toHaveCount(7);
    await expect(rows.first()).toContainText("$8,000");
  });
});
