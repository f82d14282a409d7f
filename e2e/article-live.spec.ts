/**
 * The cost section's sentences carry the reader's own numbers: they follow the calculator's store,
 * are in the server HTML, show the sentence that holds for the scenario, and follow the sliders.
 * Expected values come from the API's answer for the same link (/api/v1/estimate), written with
 * the shared formatter, plus a few figures worked out by hand for the default scenario.
 */
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import type { EstimateResponse } from "../lib/api-schema";
import { expect, test } from "./fixtures";
import { formatMoney } from "../lib/format";
import { waitForQuery } from "./helpers";

type Lang = "zh" | "en";

/** The numbers the cost section should show for a query string: the API's, formatted as the page does. */
async function expected(request: APIRequestContext, query: string, lang: Lang) {
  const e = (await (await request.get(`/api/v1/estimate?${query}`)).json()) as EstimateResponse;
  const money = (usd: number) => formatMoney(usd, e.display, lang);
  return {
    retrainMonthly: money(e.fineTune.retrainCost * e.fineTune.retrainsPerMonth),
    retrainTotal: money(e.approaches.ft.breakdown.retraining),
    ftTotal: money(e.approaches.ft.total),
    ftMonthly: money(e.approaches.ft.monthly),
    ragMonthly: money(e.approaches.rag.monthly),
    ftRunsCheaper: e.approaches.ft.monthly < e.approaches.rag.monthly,
    retrains: e.fineTune.retrainsPerMonth > 0,
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A live value as the server wrote it: the span with its test id, and the text inside. */
const inHtml = (html: string, key: string, value: string) =>
  new RegExp(`data-testid="live-${key}"[^>]*>${escape(value)}</span>`).test(html);

async function expectSentences(live: Locator, x: Awaited<ReturnType<typeof expected>>) {
  await expect(live.getByTestId("live-ftMonthly")).toHaveText(x.ftMonthly);
  await expect(live.getByTestId("live-ragMonthly")).toHaveText(x.ragMonthly);
  await expect(live.getByTestId("when-ftRunsCheaper")).toHaveCount(x.ftRunsCheaper ? 1 : 0);
  await expect(live.getByTestId("when-ragRunsCheaper")).toHaveCount(x.ftRunsCheaper ? 0 : 1);
  // Two sentences hold only when the model retrains: the retrain cost and, in "training compute", the retrain total.
  await expect(live.getByTestId("when-retrains")).toHaveCount(x.retrains ? 2 : 0);
  await expect(live.getByTestId("when-noRetrains")).toHaveCount(x.retrains ? 0 : 1);
  if (x.retrains) {
    await expect(live.getByTestId("live-retrainMonthly")).toHaveText(x.retrainMonthly);
    // Stated twice: in the retrain sentence and beside training compute.
    await expect(live.getByTestId("live-retrainTotal")).toHaveText([x.retrainTotal, x.retrainTotal]);
    await expect(live.getByTestId("live-ftTotal")).toHaveText(x.ftTotal);
  }
}

const costLive = (page: Page) => page.getByTestId("cost-live");

const CASES = [
  {
    path: "/",
    query: "",
    lang: "zh" as const,
    // Worked out by hand (docs/cost-model.md): one retrain costs $423.642, four a month → $1,694.57.
    sentence: "按你当前的场景——每天 5,000 次请求、每周更新——模型每月重新训练 4 次，光是重新训练，每月就要 $1,695",
    queries: "5,000 次",
    updates: "每周更新",
    hand: { retrainMonthly: "$1,695", ftMonthly: "$2,105", ragMonthly: "$512", retrainTotal: "$40,670", ftTotal: "$63,613" },
  },
  {
    path: "/en",
    query: "",
    lang: "en" as const,
    sentence:
      "At your 5,000 queries a day and weekly updates, the model retrains 4 times a month, and retraining alone costs $1,695 a month",
    queries: "5,000 queries",
    updates: "weekly updates",
    hand: { retrainMonthly: "$1,695", ftMonthly: "$2,105", ragMonthly: "$512", retrainTotal: "$40,670", ftTotal: "$63,613" },
  },
  {
    path: "/",
    query: "q=100000&u=never",
    lang: "zh" as const,
    sentence: "按你当前的场景——每天 10 万次请求、从不更新——模型上线后没有需要重新训练的内容",
    queries: "10 万次",
    updates: "从不更新",
    hand: null,
  },
  {
    path: "/en",
    query: "q=100000&u=never",
    lang: "en" as const,
    sentence: "At your 100,000 queries a day and no updates, there is nothing to retrain once the model is live",
    queries: "100,000 queries",
    updates: "no updates",
    hand: null,
  },
];

for (const c of CASES) {
  const url = c.query ? `${c.path}?${c.query}` : c.path;

  test(`${url}: the cost section's sentences carry the scenario's numbers`, async ({ page, request }) => {
    await page.goto(url);
    const live = costLive(page);
    await expect(live).toHaveCount(1);
    const x = await expected(request, c.query, c.lang);
    if (c.hand) {
      expect(x).toMatchObject(c.hand);
    }
    await expect(live).toContainText(c.sentence);
    await expect(live.getByTestId("live-queriesPerDay")).toHaveText(c.queries);
    await expect(live.getByTestId("live-updates")).toHaveText(c.updates);
    await expectSentences(live, x);
    // The live block sits inside the cost section (2.3), inside the <article>.
    await expect(page.locator("article").getByTestId("cost-live")).toHaveCount(1);
  });

  test(`${url}: the numbers and the right sentence are in the server HTML`, async ({ request }) => {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    const html = await res.text();
    const x = await expected(request, c.query, c.lang);
    expect(inHtml(html, "ftMonthly", x.ftMonthly)).toBe(true);
    expect(inHtml(html, "ragMonthly", x.ragMonthly)).toBe(true);
    expect(inHtml(html, "queriesPerDay", c.queries)).toBe(true);
    expect(inHtml(html, "updates", c.updates)).toBe(true);
    if (x.retrains) expect(inHtml(html, "retrainMonthly", x.retrainMonthly)).toBe(true);
    const shown = x.ftRunsCheaper ? "ftRunsCheaper" : "ragRunsCheaper";
    const hidden = x.ftRunsCheaper ? "ragRunsCheaper" : "ftRunsCheaper";
    expect(html).toContain(`data-testid="when-${shown}"`);
    expect(html).not.toContain(`data-testid="when-${hidden}"`);
  });
}

test("the default scenario: RAG is cheaper to run, and the sentence says from which volume fine-tuning wins", async ({
  page,
}) => {
  await page.goto("/en");
  const live = costLive(page);
  await expect(live).toContainText('In your scenario, "cheap to run" doesn\'t hold');
  await expect(live.getByTestId("when-ragRunsCheaper")).toContainText('"cheap to run" doesn\'t hold');
  // $2,105.04 − $512.02 (docs/cost-model.md: FT's monthly average with retrains, RAG's monthly).
  await expect(live.getByTestId("live-monthlyGap")).toHaveText("$1,593");
  // Where fine-tuning's average monthly cost falls below RAG's at weekly updates: about 585,000 a day.
  await expect(live.getByTestId("live-crossoverQueries")).toHaveText("585K queries");
});

test("moving a slider rewrites the sentences", async ({ page, request }) => {
  await page.goto("/");
  const live = costLive(page);
  await live.scrollIntoViewIfNeeded();
  await expectSentences(live, await expected(request, "", "zh"));
  // Updates to "never": no retraining, and fine-tuning becomes the cheaper one to run.
  await page.getByTestId("updatesPerMonth-slider").focus();
  await page.keyboard.press("Home");
  await waitForQuery(page, /u=never/);
  const never = await expected(request, "u=never", "zh");
  expect(never.ftRunsCheaper).toBe(true);
  await expect(live.getByTestId("live-updates")).toHaveText("从不更新");
  await expectSentences(live, never);
  // Then the most queries a day.
  await page.getByTestId("queriesPerDay-slider").focus();
  await page.keyboard.press("End");
  await waitForQuery(page, /q=100000000/);
  await expect(live.getByTestId("live-queriesPerDay")).toHaveText("1 亿次");
  await expectSentences(live, await expected(request, "q=100000000&u=never", "zh"));
});

test("the live numbers follow the reader's currency", async ({ page, request }) => {
  await page.goto("/en?cur=CNY");
  const x = await expected(request, "cur=CNY", "en");
  await expect(costLive(page).getByTestId("live-ftMonthly")).toHaveText(x.ftMonthly);
  await expect(costLive(page).getByTestId("live-ftMonthly")).toContainText("¥");
});
