/**
 * Accessibility: axe with the WCAG 2.0/2.1 A and AA rules and its best-practice rules finds nothing
 * of moderate impact or worse on every page, in light and dark (the system's dark, and dark chosen
 * with the theme toggle on a light system). Everything a reader can open is opened first (the
 * assumptions, the "show the data as a table" panels) and the page is scrolled through, so lazily
 * loaded panels and hidden content are checked too.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { reachCalculator, reachQuiz } from "./helpers";

const PAGES = ["/", "/en", "/methodology", "/en/methodology", "/embed", "/en/embed"];
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const BAD_IMPACT = new Set(["moderate", "serious", "critical"]);

type Mode = "light" | "dark" | "toggled-dark";

/** Scroll to the bottom in steps, a painted frame at each (what comes near renders), then back to the top. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    window.scrollTo(0, 0);
  });
}

/** Open every <details> the reader can open (assumptions, data tables), and wait for their contents. */
async function openEverything(page: Page) {
  // The full calculator under the article renders as the reader scrolls to it.
  await reachCalculator(page);
  const closed = page.locator("details:not([open]) > summary");
  for (let guard = 0; guard < 50 && (await closed.count()) > 0; guard++) {
    const summary = closed.first();
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
  }
  await expect(page.locator("details:not([open])")).toHaveCount(0);
  await scrollThrough(page);
  // Let lazily loaded panels and charts settle.
  await page.waitForLoadState("networkidle");
}

for (const path of PAGES) {
  const modes: Mode[] = path.includes("embed") ? ["light", "dark"] : ["light", "dark", "toggled-dark"];
  for (const mode of modes) {
    test(`axe (WCAG A/AA + best practice) finds nothing moderate or worse on ${path} (${mode})`, async ({ page }) => {
      // Long pages: opening every panel and the full rule set (colour contrast of every text node) take a while.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: mode === "dark" ? "dark" : "light" });
      // An embed is light unless asked (blogs are): its dark mode is theme=dark.
      const embedDark = path.includes("embed") && mode === "dark";
      await page.goto(embedDark ? `${path}?theme=dark` : path);
      if (mode === "toggled-dark") {
        await page.getByTestId("theme-toggle").click();
      }
      await expect(page.locator("html")).toHaveClass(mode === "light" ? /^(?!.*\bdark\b)/ : /\bdark\b/);
      await openEverything(page);
      const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      const serious = results.violations.filter((v) => v.impact && BAD_IMPACT.has(v.impact));
      const report = serious.map(
        (v) =>
          `${v.id} [${v.impact}] ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.split("\n").slice(1).join(" ").trim()}` : ""}`).join("\n")}`,
      );
      expect(serious.length, `axe violations on ${path} (${mode}):\n${report.join("\n")}`).toBe(0);
    });
  }
}

test("the questionnaire has a submit button that takes the reader to the recommendation", async ({ page }) => {
  await page.goto("/en");
  await reachQuiz(page);
  const quiz = page.getByTestId("quiz");
  await quiz.getByTestId("quiz-citations-yes").check();
  // The result still follows each answer as it is given…
  await expect(quiz.getByTestId("quiz-choice")).toBeVisible();
  // …and the form can be submitted, with a button or Enter, which moves focus to the result.
  await quiz.getByRole("button", { name: "Show the recommendation" }).click();
  await expect(quiz.getByTestId("quiz-result")).toBeFocused();
  await quiz.getByTestId("quiz-latency-strict").focus();
  await page.keyboard.press("Enter");
  await expect(quiz.getByTestId("quiz-result")).toBeFocused();
  await expect(page).toHaveURL(/\/en(\?|$)/);
});
