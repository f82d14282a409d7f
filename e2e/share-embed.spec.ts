import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { reachCalculator } from "./helpers";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer) {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test.describe("preview images", () => {
  test("are 1200×630 PNGs that differ between scenarios and cache forever when pinned", async ({ request }) => {
    const a = await request.get("/api/og?v=1");
    const b = await request.get("/api/og?v=1&q=100000&u=never");
    for (const r of [a, b]) {
      expect(r.status()).toBe(200);
      expect(r.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await r.body())).toEqual({ width: 1200, height: 630 });
    }
    expect((await a.body()).equals(await b.body())).toBe(false);
    expect(a.headers()["cache-control"]).toContain("immutable");
    const en = await request.get("/api/og?v=1&lang=en");
    expect((await en.body()).equals(await a.body())).toBe(false);
  });

  test("a hostile or broken query still yields an image of the corrected scenario", async ({ request }) => {
    for (const q of ["q=%3Cscript%3E&d=1e999&h=-4", "%", `q=${"9".repeat(4000)}`, "lang=xx&cur=EUR"]) {
      const r = await request.get(`/api/og?${q}`);
      expect(r.status(), q).toBe(200);
      expect(pngSize(await r.body())).toEqual({ width: 1200, height: 630 });
    }
    // A query over 4 KB is refused (414, JSON) before any rendering.
    const oversized = await request.get(`/api/og?q=${"9".repeat(6000)}`);
    expect(oversized.status()).toBe(414);
    expect((await oversized.json()).error).toBe("query-too-long");
    // Corrected to q=1, d=1e10, h=1: the same picture as the corrected link.
    const hostile = await (await request.get("/api/og?v=1&q=-5&d=1e999&h=-4")).body();
    const corrected = await (await request.get("/api/og?v=1&q=1&d=10000000000&h=1")).body();
    expect(hostile.equals(corrected)).toBe(true);
  });

  test("the head of a permalink names its own preview, large card, and its verdict", async ({ page }) => {
    await page.goto("/?q=100000&u=never");
    await reachCalculator(page);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      /\/api\/og\?v=3&q=100000&u=never&lang=zh$/,
    );
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute(
      "content",
      /\/api\/og\?v=3&q=100000&u=never&lang=zh$/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /24 个月内微调最省/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/\?v=3&q=100000&u=never$/);
    await page.goto("/en?u=0&q=1e5&zz=1");
    await reachCalculator(page);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      /\/api\/og\?v=3&q=100000&u=never&lang=en$/,
    );
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\?v=3&q=100000&u=never$/);
  });
});

test.describe("framing policy", () => {
  for (const path of ["/", "/en", "/methodology", "/en/methodology", "/api/v1/estimate", "/embedded"]) {
    test(`${path} may not be framed by other origins`, async ({ request }) => {
      const r = await request.get(path);
      expect(r.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      expect(r.headers()["x-frame-options"]).toBe("SAMEORIGIN");
    });
  }
  for (const path of ["/embed", "/en/embed?theme=dark"]) {
    test(`${path} may be framed by any site`, async ({ request }) => {
      const r = await request.get(path);
      expect(r.status()).toBe(200);
      expect(r.headers()["content-security-policy"]).toContain("frame-ancestors *");
      expect(r.headers()["x-frame-options"]).toBeUndefined();
    });
  }
});

test.describe("oEmbed", () => {
  test("answers for our permalinks and refuses others", async ({ request, baseURL }) => {
    const ours = encodeURIComponent(`${baseURL}/?v=1&q=100000`);
    const r = await request.get(`/api/oembed?url=${ours}&maxwidth=500&maxheight=400`);
    expect(r.status()).toBe(200);
    const body = await r.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: 500, height: 400 });
    expect(body.html).toContain(`src="${baseURL}/embed?v=3&amp;p=openai-4o-mini&amp;q=100000"`);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://example.com/?q=1")}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${ours}&format=xml`)).status()).toBe(501);
  });

  test("every page with a calculator links to it", async ({ page }) => {
    for (const path of ["/", "/en", "/embed", "/en/embed"]) {
      await page.goto(`${path}?q=777`);
      await reachCalculator(page);
      const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
      expect(href, path).toContain("/api/oembed?format=json&url=");
      expect(decodeURIComponent(href!), path).toContain("?v=3&q=777");
    }
  });
});

test.describe("the share panel", () => {
  test("copies the permalink and the embed code, visibly, by keyboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?q=100000&u=never");
    await reachCalculator(page);
    const share = page.locator("#calculator").getByTestId("share");
    await share.getByTestId("copy-link").focus();
    await page.keyboard.press("Enter");
    await expect(share.getByTestId("share-status")).toHaveText("链接已复制 ✓");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?v=3&q=100000&u=never`);
    await share.getByTestId("copy-embed").click();
    await expect(share.getByTestId("share-status")).toHaveText("嵌入代码已复制 ✓");
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain(`<iframe src="${baseURL}/embed?v=3&amp;q=100000&amp;u=never"`);
    expect(snippet).not.toContain("theme=");
    expect(snippet).toContain(`<script async src="${baseURL}/embed.js"></script>`);
  });

  async function downloaded(page: Page, testId: string) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#calculator").getByTestId(testId).click(),
    ]);
    return { name: download.suggestedFilename(), body: readFileSync((await download.path())!) };
  }

  test("downloads hold the current numbers", async ({ page, request }) => {
    await page.goto("/?q=100000&u=never&h=12");
    await reachCalculator(page);
    await page.locator("#calculator").getByTestId("download-csv").waitFor();
    const api = await (await request.get("/api/v1/estimate?q=100000&u=never&h=12")).json();
    const csv = await downloaded(page, "download-csv");
    expect(csv.name).toBe("rag-or-fine-tuning-q100000-unever-h12.csv");
    const last = csv.body.toString().trim().split("\n").at(-1)!.split(",");
    expect(last[0]).toBe("12");
    expect(Number(last[1])).toBeCloseTo(api.approaches.rag.total, 2);
    expect(Number(last[2])).toBeCloseTo(api.approaches.ft.total, 2);
    const json = JSON.parse((await downloaded(page, "download-json")).body.toString());
    expect(json.approaches.ft.total).toBe(api.approaches.ft.total);
    expect(json.breakEven).toEqual(api.breakEven);
    const svg = (await downloaded(page, "download-svg")).body.toString();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('data-series="ft"');
    expect(svg).not.toContain("currentColor");
    const png = await downloaded(page, "download-png");
    expect(pngSize(png.body).width).toBeGreaterThan(400);
  });
});

/**
 * A blog on a second local origin (its own server on another loopback port) that embeds our
 * calculator, with embed.js included twice as careless bloggers do.
 */
let blog: Server | null = null;
test.afterEach(() => new Promise<void>((done) => (blog ? blog.close(() => done()) : done())));

async function blogWithEmbed(page: Page, baseURL: string, width: number, query: string) {
  const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;font-family:sans-serif"><h1>A blog post</h1>
<iframe id="calc" src="${baseURL}/embed?${query}" title="calculator" width="100%" height="300" style="border:0;width:100%"></iframe>
<p id="after">After the calculator.</p>
<script async src="${baseURL}/embed.js"></script><script async src="${baseURL}/embed.js"></script></body></html>`;
  blog = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((done) => blog!.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(blog.address() as AddressInfo).port}`;
  expect(origin).not.toBe(new URL(baseURL).origin);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${origin}/post`);
  await reachCalculator(page);
}

test.describe("embedding on another site", () => {
  test("the iframe grows and shrinks with its content", async ({ page, baseURL }) => {
    await blogWithEmbed(page, baseURL!, 800, "v=1&panels=controls,verdict,table,assumptions");
    const iframe = page.locator("#calc");
    const frame = page.frameLocator("#calc");
    const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
    await expect.poll(height).toBeGreaterThan(400);
    const contentHeight = () => frame.getByTestId("embed-root").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs((await height()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    const closed = await height();
    await frame.getByTestId("assumptions").locator("summary").click();
    await expect.poll(height).toBeGreaterThan(closed + 500);
    await frame.getByTestId("assumptions").locator("summary").click();
    await expect.poll(height).toBeLessThan(closed + 2);
  });

  test("it fits 300 px, links back to the full explainer with the same scenario", async ({ page, baseURL }) => {
    await blogWithEmbed(page, baseURL!, 300, "v=1&q=100000&theme=dark");
    const frame = page.frameLocator("#calc");
    await expect(frame.locator("html")).toHaveClass(/dark/);
    await expect(frame.getByTestId("open-full")).toHaveAttribute("href", "/?v=3&p=openai-4o-mini&q=100000");
    const overflow = await frame.locator("html").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = frame.getByTestId("results-table");
    expect(await table.evaluate((el) => el.scrollWidth - el.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    // Moving a slider inside the embed keeps its options in its own URL.
    await frame.getByTestId("horizonMonths-slider").focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.locator("body").evaluate(() => location.search)).toContain("theme=dark");
  });
});

test.describe("embed options", () => {
  test("theme, language and panels come from the query string", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed?theme=light&panels=verdict,chart");
    await reachCalculator(page);
    await expect(page.locator("html")).not.toHaveClass(/dark/);
    await expect(page.getByTestId("verdict")).toBeVisible();
    await expect(page.getByTestId("queriesPerDay-slider")).toHaveCount(0);
    await expect(page.getByTestId("results-table")).toHaveCount(0);
    await page.goto("/embed?theme=auto&lang=en&q=300");
    await reachCalculator(page);
    await expect(page).toHaveURL(/\/en\/embed\?theme=auto&q=300$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveClass(/dark/);
  });
});
