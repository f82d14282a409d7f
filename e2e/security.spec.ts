/**
 * The production server's policy, end to end: request limits before Next, security headers on every
 * kind of response, a CSP the pages run under without violations, SITE_URL as the only origin we
 * publish, and discovery (sitemap = canonicals, JSON-LD, manifest, icons).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "./fixtures";

const FRAMEABLE = ["/embed", "/en/embed"];
const NOT_FRAMEABLE = [
  "/",
  "/en",
  "/methodology",
  "/en/methodology",
  "/embed/x",
  "/en/embed/x",
  "/Embed",
  "/EN/embed",
  "/api/v1/estimate",
  "/robots.txt",
  "/sitemap.xml",
  "/embed.js",
  "/favicon.ico",
  "/manifest.webmanifest",
  "/nope",
];

function expectCommonHeaders(h: Record<string, string>, what: string) {
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["permissions-policy"], what).toContain("geolocation=()");
  expect(h["content-security-policy"], what).toContain("default-src 'self'");
  expect(h["content-security-policy"], what).toContain("object-src 'none'");
  // SITE_URL is http here: no HSTS.
  expect(h["strict-transport-security"], what).toBeUndefined();
}

test.describe("security headers", () => {
  for (const path of NOT_FRAMEABLE) {
    test(`${path}: the common headers, framed only by this site`, async ({ request }) => {
      const res = await request.get(path, { maxRedirects: 0 });
      const h = res.headers();
      expectCommonHeaders(h, path);
      expect(h["content-security-policy"]).toContain("frame-ancestors 'self'");
      expect(h["x-frame-options"]).toBe("SAMEORIGIN");
    });
  }
  for (const path of FRAMEABLE) {
    test(`${path}: framed by any site`, async ({ request }) => {
      const h = (await request.get(path)).headers();
      expectCommonHeaders(h, path);
      expect(h["content-security-policy"]).toContain("frame-ancestors *");
      expect(h["x-frame-options"]).toBeUndefined();
    });
  }

  test("static files and API errors carry them too", async ({ request, page }) => {
    await page.goto("/");
    const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
    for (const path of [script!, "/api/v1/nope", "/icon.svg", "/apple-icon.png"]) {
      const res = await request.get(path);
      expectCommonHeaders(res.headers(), path);
      expect(res.headers()["x-frame-options"], path).toBe("SAMEORIGIN");
    }
  });
});

test.describe("oversized requests are refused before Next parses them", () => {
  const keys = Array(7900).fill("a").join("&");

  test("7,900 repeated keys: 414 with a short text body; under /api/ in JSON", async ({ request }) => {
    const page = await request.get(`/?${keys}`);
    expect(page.status()).toBe(414);
    expect(page.headers()["content-type"]).toContain("text/plain");
    expect((await page.body()).length).toBeLessThan(100);
    expectCommonHeaders(page.headers(), "414");
    const api = await request.get(`/api/v1/estimate?${keys}`);
    expect(api.status()).toBe(414);
    expect(await api.json()).toMatchObject({ error: "query-too-long" });
  });

  test("65 parameters: 400; 64 pass", async ({ request }) => {
    const params = (n: number) => Array.from({ length: n }, (_, i) => `k${i}=1`).join("&");
    const refused = await request.get(`/api/v1/estimate?${params(65)}`);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ error: "too-many-params" });
    expect((await request.get(`/embed?${params(65)}`)).status()).toBe(400);
    const fine = await request.get(`/api/v1/estimate?${params(64)}`);
    expect(fine.status()).toBe(200);
    expect((await fine.json()).warnings).toHaveLength(21);
  });
});

test.describe("the Content-Security-Policy", () => {
  for (const path of ["/", "/en", "/embed", "/en/embed", "/methodology", "/en/methodology"]) {
    test(`${path} runs under it without a violation`, async ({ page }) => {
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to|Permissions-Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) =>
          console.error(`Refused to: ${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.emulateMedia({ colorScheme: "dark" });
      // An embed follows the reader's system only when asked to (theme=auto); otherwise it is light.
      await page.goto(path.includes("embed") ? `${path}?theme=auto` : path);
      // The inline theme script ran (dark from the system setting).
      await expect(page.locator("html")).toHaveClass(/dark/);
      if (path !== "/methodology" && path !== "/en/methodology") {
        // The interactive chart (Recharts) comes in on the reader's first touch of the chart.
        const chart = page.getByTestId("cumulative-chart").first();
        await chart.hover();
        await expect(chart.locator(".recharts-surface")).toBeVisible();
      }
      // Every image on the page (preview images included) loaded.
      await page.waitForLoadState("load");
      const broken = await page
        .locator("img")
        .evaluateAll((imgs) => (imgs as HTMLImageElement[]).filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.src));
      expect(broken).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});

test.describe("SITE_URL is the only origin we publish", () => {
  test("a forged Host / X-Forwarded-Host changes nothing", async ({ request, baseURL }) => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    const html = await (await request.get("/?q=100000", { headers: forged })).text();
    expect(html).not.toContain("evil.example");
    expect(html).toContain(`<link rel="canonical" href="${baseURL}/?v=3&amp;q=100000"/>`);
    const evil = encodeURIComponent("https://evil.example/?q=1");
    expect((await request.get(`/api/oembed?url=${evil}`, { headers: forged })).status()).toBe(404);
    const ours = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/?q=1`)}`, { headers: forged });
    expect(ours.status()).toBe(200);
    expect((await ours.json()).provider_url).toBe(`${baseURL}/`);
    expect(await (await request.get("/robots.txt", { headers: forged })).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test("the sitemap lists exactly the pages' canonical URLs", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toHaveLength(4);
    for (const loc of locs) {
      const html = await (await request.get(loc)).text();
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      expect(canonical, loc).toBeDefined();
      expect(new URL(canonical!.replace(/&amp;/g, "&")).href, loc).toBe(new URL(loc).href);
      const ogUrl = html.match(/<meta property="og:url" content="([^"]+)"/)?.[1];
      expect(new URL(ogUrl!).href, loc).toBe(new URL(loc).href);
    }
  });
});

test.describe("discovery", () => {
  test("article pages carry an Article and a WebApplication in JSON-LD", async ({ request, baseURL }) => {
    for (const [path, lang, link] of [
      ["/", "zh-CN", "workTranslation"],
      ["/en", "en", "translationOfWork"],
    ] as const) {
      const html = await (await request.get(`${path}?zz=%3C/script%3E%3Cscript%3Ex1y2%3C/script%3E`)).text();
      const raw = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
      expect(raw, path).toBeDefined();
      const graph = JSON.parse(raw!)["@graph"];
      const article = graph.find((n: { "@type": string }) => n["@type"] === "Article");
      expect(article).toMatchObject({
        inLanguage: lang,
        author: { name: "ZIYU" },
        license: "https://creativecommons.org/licenses/by-nc-sa/4.0/",
      });
      expect(article.isBasedOn.url).toBe("https://blog.341359.xyz/article/268ed29d-c23f-80d3-9fb5-f23a065b584f");
      expect(article[link].url).toMatch(new RegExp(`^${baseURL}/`));
      expect(graph.some((n: { "@type": string }) => n["@type"] === "WebApplication")).toBe(true);
    }
  });

  test("manifest, icons, theme colours and Open Graph on every page", async ({ request }) => {
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    expect((await manifest.json()).icons.length).toBeGreaterThan(0);
    const ico = await request.get("/favicon.ico");
    expect(ico.status()).toBe(200);
    expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const apple = await request.get("/apple-icon.png");
    expect(apple.headers()["content-type"]).toBe("image/png");
    for (const path of ["/", "/en", "/embed", "/en/embed", "/methodology", "/en/methodology"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).toMatch(/<link rel="manifest" href="\/manifest.webmanifest"/);
      expect(html, path).toContain('<link rel="apple-touch-icon" href="/apple-icon.png');
      expect(html.match(/<meta name="theme-color"/g), path).toHaveLength(2);
      expect(html, path).toContain('<meta name="color-scheme" content="light dark"/>');
      expect(html, path).toMatch(/<meta property="og:image" content="http[^"]+\/api\/og\?/);
      expect(html, path).toContain('<meta property="og:locale:alternate"');
    }
  });
});

test.describe("starting the server", () => {
  const run = (env: Record<string, string>, args = [".next/standalone/server.js"]) =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const { SITE_URL: _omit, ...rest } = process.env;
      void _omit;
      const child = spawn("node", args, {
        env: { ...rest, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d) => (stderr += d));
      child.on("exit", (code) => resolve({ code, stderr }));
    });

  test("without SITE_URL, the standalone server and next start stop with one line naming it", async () => {
    const ours = await run({ PORT: "65000", HOSTNAME: "localhost" });
    expect(ours.code).toBe(1);
    expect(ours.stderr.trim().split("\n")).toHaveLength(1);
    expect(ours.stderr).toContain("SITE_URL is required");
    const next = await run({}, ["node_modules/next/dist/bin/next", "start", "-p", "65000"]);
    expect(next.code).toBe(1);
    expect(next.stderr).toContain("SITE_URL is required");
  });

  test("with an https SITE_URL: HSTS on pages and the API, and robots.txt names it at run time", async ({ request }) => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, "127.0.0.1", () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const { SITE_URL: _omit, ...rest } = process.env;
    void _omit;
    const child = spawn("node", [".next/standalone/server.js"], {
      env: {
        ...rest,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: "https://calc.example",
        PORT: String(port),
        HOSTNAME: "localhost",
      },
      stdio: "ignore",
    });
    try {
      const url = `http://127.0.0.1:${port}/robots.txt`;
      await expect.poll(async () => (await request.get(url).catch(() => null))?.status(), { timeout: 30_000 }).toBe(200);
      const res = await request.get(url);
      expect(await res.text()).toContain("Sitemap: https://calc.example/sitemap.xml");
      for (const path of ["/", "/en?q=123", "/embed", "/api/v1/pricing"]) {
        const page = await request.get(`http://127.0.0.1:${port}${path}`);
        expect(page.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
      }
    } finally {
      child.kill();
    }
  });
});
