/**
 * Pages served like files: the bare pages are prerendered, a link with a query is rendered once and
 * then served from memory, the headers tell a CDN how long to keep each, and preview
 * images are kept in memory once drawn.
 */
import { deferredScripts, scriptsAfterPaint } from "../server/scripts-after-paint.mjs";
import { expect, test } from "./fixtures";

test.describe("serving", () => {
  test("the bare pages carry the verdict and an hour at the edge", async ({ request }) => {
    for (const path of ["/", "/en", "/embed", "/en/embed", "/methodology"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
    }
    expect(await (await request.get("/en")).text()).toContain("RAG is cheapest: $20,289 over 24 months");
  });

  test("the bare pages come from memory: compressed once, with an ETag that answers 304", async ({ request, baseURL }) => {
    for (const path of ["/", "/en/embed"]) {
      const res = await request.get(path, { headers: { "accept-encoding": "br, gzip" } });
      expect(res.headers()["content-encoding"], path).toBe("br");
      expect(res.headers()["x-nextjs-cache"], path).toBeUndefined();
      const etag = res.headers()["etag"]!;
      expect(etag, path).toMatch(/^"[\w-]+"$/);
      // This run's SITE_URL, not the build's: the pages were fetched from Next when the server started.
      expect(await res.text()).toContain(`<meta property="og:url" content="${new URL(baseURL!).origin}`);
      const again = await request.get(path, { headers: { "if-none-match": etag } });
      expect(again.status(), path).toBe(304);
    }
    // Next's own requests for the page's RSC payload still go to Next.
    const rsc = await request.get("/?_rsc=abc", { headers: { rsc: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
  });

  test("a shared link is rendered once, then served from memory, with its own numbers", async ({ request }) => {
    const url = `/en?q=${123_457 + Math.floor(Math.random() * 1e6)}&u=1`;
    const first = await request.get(url);
    expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
    const html = await first.text();
    // Once Next has answered it, the server keeps the link (server/static-pages.mjs): Next no longer
    // sees it, and the bytes are the same but for the scripts loading after the first paint.
    await expect
      .poll(async () => (await request.get(url)).headers()["x-nextjs-cache"] ?? "from memory", { timeout: 5_000 })
      .toBe("from memory");
    const kept = await request.get(url, { headers: { "accept-encoding": "br" } });
    expect(kept.headers()["content-encoding"]).toBe("br");
    expect(await kept.text()).toBe(scriptsAfterPaint(html));
    expect((await request.get(url, { headers: { "if-none-match": kept.headers()["etag"]! } })).status()).toBe(304);
    // The server HTML is the link's scenario, not the default one.
    const q = Number(new URL(url, "http://x").searchParams.get("q"));
    expect(html).toContain(`value="${q}"`);
    expect(html).not.toContain("RAG is cheapest: $20,289 over 24 months");
  });

  test("pages load the framework's scripts after their first paint, and still come alive", async ({ page, request }) => {
    const permalink = `/en/embed?q=${3000 + Math.floor(Math.random() * 1e6)}`;
    await request.get(permalink); // rendered once; from now on it comes from the cache
    for (const path of ["/", "/en/embed", permalink]) {
      const html = await (await request.get(path)).text();
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, path).not.toMatch(/<script src="[^"]*" async=""/);
      const { scripts } = deferredScripts(html);
      expect(scripts.length, path).toBeGreaterThan(3);
      const requested = new Set<string>();
      page.on("request", (r) => requested.add(new URL(r.url()).pathname));
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-live", "true");
      for (const src of scripts) expect(requested.has(src), `${path} ${src}`).toBe(true);
      page.removeAllListeners("request");
    }
  });

  test("a link pinned to a model version may stay a day at the edge", async ({ request }) => {
    const res = await request.get("/?v=2&q=123456");
    expect(res.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=86400, stale-while-revalidate=604800");
    const unpinned = await request.get("/?q=123456");
    expect(unpinned.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=3600, stale-while-revalidate=86400");
  });

  test("a preview image is drawn once and then served from memory", async ({ request }) => {
    const url = `/api/og?v=2&q=${2000 + Math.floor(Math.random() * 1e6)}&lang=en`;
    const first = await request.get(url);
    expect(first.headers()["x-cache"]).toBeUndefined();
    const second = await request.get(url);
    expect(second.headers()["x-cache"]).toBe("HIT");
    expect((await second.body()).equals(await first.body())).toBe(true);
  });

  test("the reader's address bar keeps the link, and the page works from it", async ({ page }) => {
    await page.goto("/en?q=123456&u=1");
    expect(new URL(page.url()).search).toBe("?q=123456&u=1");
    await expect(page.getByTestId("queriesPerDay-value").first()).toHaveText("123K / day");
    await page.getByTestId("queriesPerDay-slider").first().focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).not.toBe("123456");
    expect(new URL(page.url()).pathname).toBe("/en");
  });
});
