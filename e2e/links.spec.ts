/**
 * Links that carry the scenario follow the reader's edits (language switch, methodology, the copied
 * link with its pin, the embed's link back), and the embed's theme is light unless asked otherwise.
 */
import { expect, test } from "./fixtures";
import { renderedEmbedHeight, reachCalculator } from "./helpers";

/** The page's own scenario query, once the debounced URL write has caught up with the slider. */
async function settledQuery(page: import("@playwright/test").Page, not: string) {
  await expect.poll(() => new URL(page.url()).search).not.toBe(not);
  return new URL(page.url()).search;
}

test.describe("links follow the calculator", () => {
  test("after a slider moves, the language switch and the methodology link carry the new scenario", async ({ page }) => {
    await page.goto("/?q=100000");
    await reachCalculator(page);
    const before = new URL(page.url()).search;
    expect(before).toBe("?q=100000");
    await page.getByTestId("queriesPerDay-slider").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await settledQuery(page, before);
    // The links change at once; the page's own URL follows after a short debounce: they meet.
    const switchLink = page.getByTestId("language-switch");
    const switchQuery = async () => ((await switchLink.getAttribute("href")) ?? "").replace(/^\/en/, "").replace(/#.*$/, "");
    await expect.poll(async () => (await switchQuery()) === new URL(page.url()).search).toBe(true);
    const query = new URL(page.url()).search;
    expect(query).toMatch(/^\?v=3&q=\d+$/);
    expect(query).not.toBe("?v=3&q=100000");
    await expect(page.getByTestId("methodology-link")).toHaveAttribute("href", `/methodology${query}`);
    const position = await page.getByTestId("queriesPerDay-slider").inputValue();
    // Clicking it lands on the same scenario in English.
    await switchLink.click();
    await page.waitForURL(/\/en\?/);
    expect(new URL(page.url()).search).toBe(query);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("queriesPerDay-slider")).toHaveValue(position);
  });

  test("the article's links to our own pages carry the scenario, sections kept, and follow edits", async ({ page }) => {
    await page.goto("/en?v=3&q=777");
    await reachCalculator(page);
    const anchor = page.getByTestId("article-body").locator('a[href^="/en/methodology"][href$="#set-bedrock-nova-micro"]');
    await expect(anchor).toHaveAttribute("href", "/en/methodology?v=3&q=777#set-bedrock-nova-micro");
    await expect(page.getByTestId("footer-methodology-link")).toHaveAttribute("href", "/en/methodology?v=3&q=777");
    await page.locator("#answer").getByTestId("currency-CNY").check();
    await expect(anchor).toHaveAttribute("href", "/en/methodology?v=3&q=777&cur=CNY#set-bedrock-nova-micro");
  });

  test("the methodology page links back to the scenario it came from, pin included", async ({ page }) => {
    const query = "v=3&q=777&pin=v%3D3%26q%3D300";
    await page.goto(`/methodology?${query}`);
    await reachCalculator(page);
    await expect(page.getByTestId("home-link")).toHaveAttribute("href", `/?${query}`);
    await expect(page.getByTestId("language-switch")).toHaveAttribute("href", `/en/methodology?${query}`);
    await page.goto("/en/methodology");
    await reachCalculator(page);
    await expect(page.getByTestId("home-link")).toHaveAttribute("href", "/en");
    await expect(page.getByTestId("language-switch")).toHaveAttribute("href", "/methodology");
  });

  test("Copy link keeps the pinned scenario; unpinning drops it", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?q=100000");
    await reachCalculator(page);
    const calculator = page.locator("#calculator");
    await calculator.getByTestId("pin").click();
    await calculator.getByTestId("horizonMonths-slider").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("h")).toBe("25");
    await calculator.getByTestId("copy-link").click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.origin + copied.pathname).toBe(`${baseURL}/`);
    expect(copied.searchParams.get("h")).toBe("25");
    expect(copied.searchParams.get("pin")).toBe("v=3&q=100000");
    await calculator.getByTestId("unpin").click();
    await calculator.getByTestId("copy-link").click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?v=3&q=100000&h=25`);
  });

  test("the embed's link back to the full explainer follows edits in the embed", async ({ page }) => {
    await page.goto("/en/embed?q=100000");
    await reachCalculator(page);
    await expect(page.getByTestId("open-full")).toHaveAttribute("href", "/en?v=3&q=100000");
    await page.getByTestId("horizonMonths-slider").focus();
    await page.keyboard.press("ArrowLeft");
    await expect(page.getByTestId("open-full")).toHaveAttribute("href", "/en?v=3&q=100000&h=23");
  });

  test("the header's controls are named by what they show", async ({ page }) => {
    await page.goto("/");
    await reachCalculator(page);
    await expect(page.getByRole("navigation", { name: "网站" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^English/ })).toHaveAttribute("hreflang", "en");
    await page.goto("/en");
    await reachCalculator(page);
    await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
    await expect(page.getByRole("link", { name: /^中文/ })).toHaveAttribute("hreflang", "zh-CN");
  });
});

test.describe("the embed's theme", () => {
  test("is light without theme=, even when the reader's system is dark", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed?q=100000");
    await reachCalculator(page);
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    const background = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe("rgb(255, 255, 255)");
  });

  test("is dark with theme=dark, even when the reader's system is light", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/en/embed?theme=dark");
    await reachCalculator(page);
    await expect(page.locator("html")).toHaveClass(/dark/);
  });

  test("follows the reader's system with theme=auto, and its changes", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed?theme=auto");
    await reachCalculator(page);
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).not.toHaveClass(/dark/);
  });
});

test.describe("the embed's oEmbed height at today's prices", () => {
  for (const { path, width } of [
    { path: "/embed", width: 720 },
    { path: "/en/embed", width: 360 },
    { path: "/en", width: 600 },
  ]) {
    test(`fits ${path} at ${width} px within 15 %`, async ({ page, request, baseURL }) => {
      const o = await (
        await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}${path}?q=100000`)}&maxwidth=${width}`)
      ).json();
      const { height: rendered, frame } = await renderedEmbedHeight(page, o);
      // Light, whatever the system, since the page URL asked for no theme.
      await expect(frame.locator("html")).not.toHaveClass(/dark/);
      expect(Math.abs(o.height - rendered) / rendered).toBeLessThanOrEqual(0.15);
    });
  }
});
