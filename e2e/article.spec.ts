import { expect, test } from "./fixtures";
import { ASSUMPTION_KEYS, assumptionSpecs, WORKLOAD_KEYS } from "../lib/assumptions";
import { PAGES_READ_V3 } from "../lib/versions";
import { reachQuiz, waitForQuery, reachCalculator } from "./helpers";

const LANGS = [
  { path: "/", lang: "zh-CN", h1: "RAG 还是微调？", credit: "基于 ZIYU 的文章改编", note: "编者注", switchTo: "/en" },
  {
    path: "/en",
    lang: "en",
    h1: "RAG or fine-tuning?",
    credit: "Adapted from an article by ZIYU",
    note: "Editor's note",
    switchTo: "/",
  },
];

for (const l of LANGS) {
  test(`${l.path} renders the article: headings, tables, notes, attribution and licence`, async ({ page }) => {
    await page.goto(l.path);
    await reachCalculator(page);
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.h1);
    for (const id of [
      "intro",
      "what",
      "rag",
      "fine-tuning",
      "differences",
      "speed",
      "accuracy",
      "cost",
      "long-context",
      "choosing",
      "summary-table",
      "decision-table",
      "evaluate",
      "closing",
    ]) {
      await expect(page.locator(`h2#${id}, h3#${id}`)).toHaveCount(1);
    }
    await expect(page.locator("h4#evidence")).toHaveCount(1);
    // The article is one <article>; the calculator is outside it.
    await expect(page.locator("article")).toHaveCount(1);
    await expect(page.locator("article #calculator")).toHaveCount(0);
    await expect(page.locator("article").getByTestId("article-body")).toHaveCount(1);
    const body = page.getByTestId("article-body");
    const tables = body.getByTestId("article-table").locator("table");
    // The studies on accuracy (2.2.1), the summary table (3.1) and the decision table (3.2).
    await expect(tables).toHaveCount(3);
    expect(await tables.first().locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
    expect(await tables.nth(1).locator("tbody tr").count()).toBeGreaterThanOrEqual(6);
    expect(await tables.nth(2).locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId("editor-note")).toHaveCount(11);
    await expect(page.getByTestId("editor-note").first()).toContainText(l.note);
    const accuracyNote = page.locator("#accuracy ~ [data-testid=editor-note]").first();
    await expect(accuracyNote.locator('a[href="https://arxiv.org/abs/2403.01432"]')).toHaveCount(1);
    await expect(accuracyNote.locator('a[href="https://arxiv.org/abs/2312.05934"]')).toHaveCount(1);
    const credit = page.getByTestId("credit").first();
    await expect(credit).toContainText(l.credit);
    await expect(credit.getByRole("link", { name: "CC BY-NC-SA 4.0" })).toHaveAttribute(
      "href",
      "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    );
    await expect(credit.locator('a[href^="https://blog.341359.xyz/article/"]')).toHaveCount(1);
    // The figures quoted in the article are carried over.
    await expect(body).toContainText("50–200 ms");
    await expect(body).toContainText("200–800 ms");
  });

  test(`${l.path} has a title, description and hreflang alternates`, async ({ page }) => {
    await page.goto(`${l.path}?q=100000`);
    await reachCalculator(page);
    await expect(page).toHaveTitle(/RAG/);
    expect(await page.locator('meta[name="description"]').getAttribute("content")).toBeTruthy();
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\?v=3&q=100000$/);
    await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute("href", /\/\?v=3&q=100000$/);
  });

  test(`${l.path}: the language switch keeps the scenario and the section`, async ({ page }) => {
    await page.goto(`${l.path}?v=3&q=100000&u=never`);
    await reachCalculator(page);
    await page.evaluate(() => document.getElementById("accuracy")!.scrollIntoView({ block: "start" }));
    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(new RegExp(`${l.switchTo === "/" ? "/" : "/en"}\\?v=3&q=100000&u=never#accuracy$`));
    await expect(page.locator("#answer").getByTestId("queriesPerDay-input")).toHaveValue("100000");
  });
}

test("the figures inside the article follow the calculator's sliders", async ({ page }) => {
  await page.goto("/");
  await reachCalculator(page);
  const cost = page.getByTestId("article-cost");
  const latency = page.getByTestId("article-latency");
  await cost.scrollIntoViewIfNeeded();
  // The article's figure as drawn (static until the reader touches it): changes whenever the curves do.
  const curve = cost.locator("svg").first();
  await expect(curve).toBeVisible();
  const drawing = () => cost.innerHTML();
  const before = await drawing();
  const scenarioBefore = await latency.locator("p").first().innerText();
  await page.getByTestId("queriesPerDay-slider").focus();
  await page.keyboard.press("End");
  await waitForQuery(page, /q=100000000/);
  await expect.poll(drawing).not.toBe(before);
  // Each figure wakes when it nears the viewport, drawn from the store as it is then.
  await latency.scrollIntoViewIfNeeded();
  await expect(latency.locator("p").first()).not.toHaveText(scenarioBefore);
  await expect(latency.locator("p").first()).toContainText("1 亿次/天");
  // Latency follows the assumptions: a longer prompt slows fine-tuning's first token.
  await page.locator("#calculator").getByTestId("assumptions").locator("summary").click();
  const ftLatency = latency.getByTestId("latency-ours-ft");
  // The default price set's figures (v3, Nova Micro 2026-12: first token 300–639 ms, docs/cost-model.md):
  // 300 + 400/20000·1000 = 320; 639 + 400/5000·1000 = 719.
  await expect(ftLatency).toHaveText("320 ms – 719 ms");
  await page.getByTestId("assumption-promptTokens").fill("4000");
  await page.getByTestId("assumption-promptTokens").press("Enter");
  // 300 + 4000/20000·1000 = 500; 639 + 4000/5000·1000 = 1,439.
  await expect(ftLatency).toHaveText("500 ms – 1,439 ms");
});

test.describe("the questionnaire", () => {
  const cases = [
    {
      name: "fresh, cited knowledge → RAG",
      answers: ["freshness-often", "citations-yes", "latency-relaxed"],
      zh: "RAG",
      en: "RAG",
    },
    {
      name: "stable knowledge, one task, tight latency → fine-tuning",
      query: "?v=1&q=100000&u=never&h=60",
      answers: ["freshness-rarely", "scale-focused", "citations-no", "latency-strict", "risk-dependency"],
      zh: "微调",
      en: "Fine-tuning",
    },
    {
      name: "citations and a tight budget → hybrid",
      query: "?v=1&u=never&q=40000",
      answers: ["citations-yes", "latency-strict", "scale-focused"],
      zh: "混合方案（RAG + 风格微调）",
      en: "Hybrid (RAG + a style fine-tune)",
    },
  ];
  for (const c of cases) {
    for (const lang of ["zh", "en"] as const) {
      test(`${c.name} (${lang})`, async ({ page }) => {
        await page.goto(`${lang === "zh" ? "/" : "/en"}${c.query ?? ""}`);
        await reachCalculator(page);
        await reachQuiz(page);
        const quiz = page.getByTestId("quiz");
        for (const a of c.answers) await quiz.getByTestId(`quiz-${a}`).check();
        await expect(quiz.getByTestId("quiz-choice")).toHaveText(lang === "zh" ? c.zh : c.en);
        expect(await quiz.getByTestId("quiz-result").locator("li").count()).toBeGreaterThanOrEqual(c.answers.length - 1);
      });
    }
  }

  test("the cost result counts: the same answers flip with the scenario", async ({ page }) => {
    await page.goto("/en?v=1&q=10");
    await reachCalculator(page);
    await reachQuiz(page);
    const quiz = page.getByTestId("quiz");
    await quiz.getByTestId("quiz-latency-strict").check();
    // At 10 queries a day RAG is far cheaper: cost (+2 RAG) against latency (+2 FT) → a tie, no strong side.
    await expect(quiz.getByTestId("quiz-result")).toContainText("Score: RAG 2 · fine-tuning 2");
    await page.getByTestId("queriesPerDay-input").fill("1000000");
    await page.getByTestId("queriesPerDay-input").press("Enter");
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByTestId("quiz-result")).toContainText("Score: RAG 0 · fine-tuning 4");
    await expect(quiz.getByTestId("quiz-choice")).toHaveText("Fine-tuning");
  });
});

test("the theme toggle is remembered and applied before the first paint", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/en");
  await reachCalculator(page);
  await expect(page.locator("html")).not.toHaveClass(/dark/);
  await page.getByTestId("theme-toggle").click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  // On reload the class is already there when the document is parsed, before any React code runs.
  const classAtParse = page.waitForEvent("domcontentloaded").then(() => page.evaluate(() => document.documentElement.className));
  await page.reload({ waitUntil: "commit" });
  expect(await classAtParse).toContain("dark");
});

test("the methodology page lists every default from the model's table", async ({ page }) => {
  await page.goto("/methodology");
  await reachCalculator(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("方法与数据来源");
  await expect(page.getByTestId("default-queriesPerDay")).toHaveText("5,000");
  // v3's defaults: the default price set's (Bedrock Nova Micro, December 2026) where it prices a value.
  await expect(page.getByTestId("default-trainPrice")).toHaveText("1");
  await expect(page.getByTestId("default-baseIn")).toHaveText("0.035");
  await expect(page.getByTestId("default-hybridStyleTokens")).toHaveText("2,000,000");
  // Long context's assumptions (model v3) are listed once the pages read v3.
  const listed = ASSUMPTION_KEYS.filter((k) => PAGES_READ_V3 || assumptionSpecs[k].group !== "lc");
  expect(await page.locator('tr[id^="param-"]').count()).toBe(WORKLOAD_KEYS.length + listed.length);
  await expect(page.locator("#param-baseIn")).toContainText("2026-12-02");
  await expect(page.locator("pre").first()).toContainText("DPM = 30.4375");
  // Each assumption's optimistic / pessimistic values, from the same factors the bands use.
  await expect(page.getByTestId("band-evalHoursPerRetrain")).toContainText("1 / 12");
  // Every price set, current and retired, with its sources, dates and what could not be confirmed.
  await expect(page.getByTestId("price-set-bedrock-nova-micro")).toContainText("p=bedrock-nova-micro");
  await expect(page.getByTestId("price-set-bedrock-nova-micro").getByTestId("unconfirmed").first()).toBeVisible();
  await expect(page.getByTestId("price-set-self-hosted-lora")).toContainText("p=self-hosted-lora");
  await expect(page.getByTestId("price-set-vertex-flash")).toContainText("2026-02-05");
  await page.goto("/en/methodology");
  await reachCalculator(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Methodology and sources");
});

test("unknown addresses get a 404 page in both languages", async ({ page }) => {
  for (const path of ["/no-such-page", "/en/no-such-page"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("sitemap.xml and robots.txt", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/", "/en", "/methodology", "/en/methodology"]) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).toContain('hreflang="zh-CN"');
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

// Accessibility (axe) is checked in a11y.spec.ts.

test("a printout has the article and the scenario's results, without controls or menus", async ({ page }) => {
  await page.goto("/?v=1&q=100000&u=never");
  await reachCalculator(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("queriesPerDay-slider")).toBeHidden();
  await expect(page.getByTestId("language-switch")).toBeHidden();
  await expect(page.getByTestId("assumptions")).toBeHidden();
  const calculator = page.locator("#calculator");
  await expect(calculator.getByTestId("verdict")).toBeVisible();
  await expect(calculator.getByText("当前场景: 10 万次/天 · 从不")).toBeVisible();
  await expect(calculator.getByTestId("results-table")).toBeVisible();
  await expect(page.getByTestId("article-body")).toBeVisible();
});
