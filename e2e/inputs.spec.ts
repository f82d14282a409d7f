import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { verdictText, reachQuiz, waitForQuery, reachCalculator } from "./helpers";

/** The message an input points to with aria-describedby. */
async function messageOf(page: Page, input: Locator): Promise<Locator> {
  const id = await input.getAttribute("aria-describedby");
  expect(id, "the input points to its message").toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

async function typeInto(input: Locator, text: string) {
  await input.fill(text);
  await input.press("Enter");
}

test.describe("typed values in people's units", () => {
  test('"20k" and "2万" are 20,000 (zh)', async ({ page }) => {
    await page.goto("/?v=1&q=100000");
    await reachCalculator(page);
    const input = page.getByTestId("queriesPerDay-input");
    await expect(input).toHaveValue("100000");
    await typeInto(input, "20k");
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("2 万次/天");
    await waitForQuery(page, /q=20000\b/);
    await typeInto(input, "5");
    await typeInto(input, "２万");
    await expect(input).toHaveValue("20000");
    await expect(page.getByTestId("queriesPerDay-value")).toHaveText("2 万次/天");
  });

  test('"5 GB" on the data size gives 1.25 billion tokens and says how (en)', async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    const input = page.getByTestId("corpusTokens-input");
    await typeInto(input, "5 GB");
    await expect(input).toHaveValue("1250000000");
    await waitForQuery(page, /d=1250000000\b/);
    const message = await messageOf(page, input);
    await expect(message).toBeVisible();
    await expect(message).toContainText("5 GB of plain text ≈ 1.25B tokens, at 4 bytes of text per token.");
    await expect(message).toContainText("5 GB of PDFs is not 5 GB of text");
    await expect(message).toHaveAttribute("aria-live", "polite");
  });

  test('"40000页" is 20 million tokens (zh)', async ({ page }) => {
    await page.goto("/?v=1&d=1000000");
    await reachCalculator(page);
    const input = page.getByTestId("corpusTokens-input");
    await typeInto(input, "40000页");
    await expect(input).toHaveValue("20000000");
    await expect(await messageOf(page, input)).toHaveText("40,000 页 ≈ 2,000 万 tokens（按每页 500 tokens 计）。");
  });

  for (const lang of ["zh", "en"] as const) {
    test(`"abc" is marked invalid with a message, and the text stays until corrected (${lang})`, async ({ page }) => {
      await page.goto(lang === "zh" ? "/?v=1&q=100000" : "/en?v=1&q=100000");
      await reachCalculator(page);
      const verdict = await verdictText(page);
      const input = page.getByTestId("queriesPerDay-input");
      await typeInto(input, "abc");
      await expect(input).toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveValue("abc");
      const message = await messageOf(page, input);
      await expect(message).toBeVisible();
      await expect(message).toHaveText(
        lang === "zh"
          ? "无法识别“abc”（可以写 20000、2万或 20k）。仍使用 100,000。"
          : "“abc” is not a number we understand (try 20000, 20k or 2万). Still using 100,000.",
      );
      expect(await verdictText(page)).toBe(verdict);
      await typeInto(input, "200k");
      await expect(input).not.toHaveAttribute("aria-invalid", "true");
      await expect(input).toHaveValue("200000");
    });

    test(`"1e99" is clamped, shown and announced (${lang})`, async ({ page }) => {
      await page.goto(lang === "zh" ? "/" : "/en");
      await reachCalculator(page);
      const input = page.getByTestId("queriesPerDay-input");
      await typeInto(input, "1e99");
      await expect(input).toHaveValue("100000000");
      const message = await messageOf(page, input);
      await expect(message).toHaveAttribute("aria-live", "polite");
      await expect(message).toHaveText(
        lang === "zh" ? "1e99 超过上限，已改为 100,000,000。" : "1e99 is above the maximum; using 100,000,000.",
      );
      await expect(input).not.toHaveAttribute("aria-invalid", "true");
    });
  }

  test("leaving a field with text it cannot use puts the value back and keeps the message", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    const input = page.getByTestId("horizonMonths-input");
    await input.fill("two years");
    await input.press("Tab");
    await expect(input).toHaveValue("24");
    await expect(input).not.toHaveAttribute("aria-invalid", "true");
    await expect(await messageOf(page, input)).toContainText("Still using 24.");
  });

  test("the assumptions and the exchange rate read the same units", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    await page.getByTestId("assumptions").locator("summary").click();
    const prompt = page.getByTestId("assumption-promptTokens");
    await typeInto(prompt, "1.5k");
    await expect(prompt).toHaveValue("1500");
    await waitForQuery(page, /pt=1500\b/);
    await typeInto(prompt, "-5");
    await expect(prompt).toHaveAttribute("aria-invalid", "true");
    await expect(await messageOf(page, prompt)).toHaveText("This cannot be negative. Still using 1,500.");

    await page.getByTestId("currency-CNY").check();
    const fx = page.getByTestId("fx-input");
    await typeInto(fx, "７．２");
    await expect(fx).toHaveValue("7.2");
    await waitForQuery(page, /fx=7\.2\b/);
    await typeInto(fx, "1e6");
    await expect(fx).toHaveValue("1000");
    await expect(await messageOf(page, fx)).toHaveText("1e6 is above the maximum; using 1,000.");
  });
});

test.describe("the questionnaire", () => {
  for (const lang of ["zh", "en"] as const) {
    test(`is neutral before any answer and agrees with the verdict after (${lang})`, async ({ page }) => {
      // At a million queries a day fine-tuning is cheapest, RAG the runner-up.
      await page.goto(`${lang === "zh" ? "/" : "/en"}?v=1&q=1000000`);
      await reachCalculator(page);
      await reachQuiz(page);
      const quiz = page.getByTestId("quiz");
      await expect(quiz.getByTestId("quiz-prompt")).toHaveText(
        lang === "zh" ? "还没有推荐：请至少回答一个问题。" : "No recommendation yet: answer at least one question.",
      );
      await expect(quiz.getByTestId("quiz-choice")).toHaveCount(0);
      await expect(quiz.getByTestId("quiz-result")).not.toContainText(/RAG \d|Score|得分/);

      await quiz.getByTestId("quiz-citations-no").check();
      await expect(quiz.getByTestId("quiz-prompt")).toHaveCount(0);
      await expect(quiz.getByTestId("quiz-choice")).toHaveText(lang === "zh" ? "微调" : "Fine-tuning");
      const verdict = page.locator("#calculator").getByTestId("verdict");
      const first = (await verdict.locator("p").first().innerText()).trim();
      // The saving the verdict states is the one the questionnaire gives as its cost reason.
      const saving = /\$[\d,]+/.exec(first)![0];
      const reason = quiz.getByTestId("quiz-result").locator("li").last();
      await expect(reason).toContainText(saving);
      if (lang === "zh") {
        expect(first).toMatch(/微调最省：比第二名 RAG 少花/);
        await expect(reason).toContainText("微调最省，比第二名 RAG 少花");
      } else {
        expect(first).toMatch(/fine-tuning costs least: .* less than RAG, the runner-up/);
        await expect(reason).toContainText("fine-tuning costs least over 24 months");
        await expect(reason).toContainText("less than RAG, the runner-up");
      }

      await quiz.getByRole("button", { name: lang === "zh" ? "清空回答" : "Clear answers" }).click();
      await expect(quiz.getByTestId("quiz-prompt")).toBeVisible();
    });
  }
});

test.describe("on a phone-width screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const lang of ["zh", "en"] as const) {
    test(`every control in the calculator is at least 44 × 44 px (${lang})`, async ({ page }) => {
      await page.goto(`${lang === "zh" ? "/" : "/en"}?v=1&cur=CNY`);
      await reachCalculator(page);
      await page.getByTestId("assumptions").locator("summary").click();
      // Make a reset button appear in the assumptions panel.
      await typeInto(page.getByTestId("assumption-topK"), "7");
      await expect(page.getByTestId("fx-input")).toBeVisible();
      // The controls card (sliders, typed values, presets, prices, currency) and the assumptions panel.
      const controls = page.locator('#calculator :is(div:has(> #workload-heading), [data-testid="assumptions"])');
      const boxes = await controls.evaluateAll((roots) => {
        const out: { what: string; width: number; height: number }[] = [];
        for (const root of roots) {
          for (const el of root.querySelectorAll<HTMLElement>("a, button, input, select, summary, [role=button], [tabindex]")) {
            // Links inside a sentence are exempt (WCAG 2.5.5); a radio or checkbox counts with its label.
            if (el.tagName === "A" && el.closest("p")) continue;
            const target =
              el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")
                ? (el.closest("label") ?? el)
                : el;
            const r = target.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue; // not rendered
            out.push({
              what: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""} ${(el.textContent ?? "").trim().slice(0, 30)}`,
              width: r.width,
              height: r.height,
            });
          }
        }
        return out;
      });
      expect(boxes.length).toBeGreaterThan(40);
      const small = boxes.filter((b) => b.width < 44 - 0.5 || b.height < 44 - 0.5);
      expect(small, JSON.stringify(small, null, 1)).toEqual([]);
    });
  }

  test("the questionnaire's answers and the currency options are large enough to tap", async ({ page }) => {
    await page.goto("/en");
    await reachCalculator(page);
    const labels = page.locator('[data-testid="quiz"] label');
    const heights = await labels.evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(5);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    const usd = await page.getByTestId("currency-USD").evaluate((el) => el.closest("label")!.getBoundingClientRect().toJSON());
    expect(usd.height).toBeGreaterThanOrEqual(44);
    expect(usd.width).toBeGreaterThanOrEqual(44);
  });
});
