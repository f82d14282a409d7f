import { expect, test } from "./fixtures";
import { renderedEmbedHeight } from "./helpers";

test.describe("/api/v1/estimate", () => {
  test("a v1 link still gives every number of the v1 contract's checks", async ({ request }) => {
    const body = await (await request.get("/api/v1/estimate?v=1")).json();
    // Migrated: answered by the current version, v3, with v1's retired set and numbers.
    expect(body.version).toBe(3);
    expect(body.pricing).toMatchObject({ id: "openai-4o-mini", status: "retired", retiredOn: "2026-05-07" });
    expect(body.approaches.rag.upfront).toBeCloseTo(8000.4, 6);
    expect(body.approaches.ft.upfront).toBeCloseTo(13279, 6);
    expect(body.approaches.hybrid.upfront).toBeCloseTo(14256.2, 6);
    expect(body.fineTune.retrainCost).toBeCloseTo(430.98, 6);
    expect(body.approaches.rag.total).toBeCloseTo(22011.11, 2);
    expect(body.approaches.ft.total).toBeCloseTo(66006.28, 2);
  });

  test("a v2 link reproduces every number of the v2 contract's checks (docs/cost-model.md)", async ({ request }) => {
    const res = await request.get("/api/v1/estimate?v=2");
    expect(res.status()).toBe(200);
    const body = await res.json();
    // Migrated: answered by v3 with v2's default set, retired since December's re-check replaced it.
    expect(body.version).toBe(3);
    expect(body.pricing).toMatchObject({
      id: "bedrock-nova-micro",
      status: "retired",
      asOf: "2026-11-24",
      retiredOn: "2026-12-02",
    });
    expect(body.pricing.sources.length).toBeGreaterThan(0);
    expect(body.approaches.rag.upfront).toBeCloseTo(8000.4, 6);
    expect(body.approaches.ft.upfront).toBeCloseTo(13092.1, 6);
    expect(body.approaches.hybrid.upfront).toBeCloseTo(14218.82, 6);
    expect(body.fineTune.retrainCost).toBeCloseTo(423.642, 6);
    expect(body.approaches.rag.total).toBeCloseTo(20288.95, 2);
    expect(body.approaches.ft.total).toBeCloseTo(63613.07, 2);
    expect(body.breakEven.month).toBeNull();
    expect(body.series).toHaveLength(25);
    expect(body.series[0].rag).toBe(body.approaches.rag.upfront);
    expect(body.series[24].ft).toBe(body.approaches.ft.total);
    for (const a of ["rag", "ft", "hybrid"]) {
      const parts = Object.values(body.approaches[a].breakdown as Record<string, number>).reduce((x, y) => x + y, 0);
      expect(parts).toBeCloseTo(body.approaches[a].total, 6);
      expect(body.approaches[a].latencyMs.low).toBeLessThan(body.approaches[a].latencyMs.high);
    }
    expect(body.inputs).toMatchObject({ queriesPerDay: 5000, updatesPerMonth: 4, corpusTokens: 2e7, horizonMonths: 24, topK: 5 });
    expect(body.warnings).toEqual([]);
  });

  test("an unpinned link is v3 on December's Nova Micro: v2's totals, that set's latency", async ({ request }) => {
    const body = await (await request.get("/api/v1/estimate")).json();
    expect(body.version).toBe(3);
    expect(body.pricing).toMatchObject({ id: "bedrock-nova-micro-2026-12", status: "current", asOf: "2026-12-02" });
    expect(body.approaches.rag.total).toBeCloseTo(20288.95, 2);
    expect(body.approaches.ft.total).toBeCloseTo(63613.07, 2);
    expect(body.approaches.hybrid.total).toBeCloseTo(31354.17, 2);
    // First token 300–639 ms: FT 300 + 400/20,000·1,000 = 320, 639 + 400/5,000·1,000 = 719;
    // RAG adds embedding, search and 2,500 tokens of context: 320 + 200 + 50 + 125 = 695, 719 + 500 + 100 + 500 = 1,819.
    expect(body.approaches.ft.latencyMs).toEqual({ low: 320, high: 719 });
    expect(body.approaches.rag.latencyMs).toEqual({ low: 695, high: 1819 });
    expect(body.longContext).toMatchObject({ feasible: false, reason: "too-large" });
    expect(body.warnings).toEqual([]);
  });

  test("/api/v1/pricing lists every price set, current and retired, with dates and sources", async ({ request }) => {
    const res = await request.get("/api/v1/pricing");
    expect(res.status()).toBe(200);
    const { priceSets } = await res.json();
    const ids = priceSets.map((p: { id: string }) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining(["bedrock-nova-micro", "openai-4o-mini", "vertex-flash", "together-lora", "self-hosted-lora"]),
    );
    for (const p of priceSets) {
      expect(["current", "retired"]).toContain(p.status);
      expect(p.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.sources.length).toBeGreaterThan(0);
      if (p.status === "retired") expect(p.reason.en.length).toBeGreaterThan(10);
    }
  });

  test("break-even month 12 with u=0 and q=100000", async ({ request }) => {
    const body = await (await request.get("/api/v1/estimate?v=1&u=0&q=100000")).json();
    expect(body.breakEven.month).toBe(12);
    expect(body.inputs.queriesPerDay).toBe(100000);
  });

  test("answers hostile queries with 200 and warnings", async ({ request }) => {
    const res = await request.get("/api/v1/estimate?q=-5&u=%3Cscript%3E&d=1e999&h=7.5&v=abc&cur=XX&zz=1");
    expect(res.status()).toBe(200);
    const raw = await res.text();
    // The echoed input is data, and is escaped so no HTML parser could ever read a tag in it.
    expect(raw).not.toContain("<script>");
    const body = JSON.parse(raw);
    expect(body.warnings.find((w: { param: string }) => w.param === "u").given).toBe("<script>");
    expect(body.inputs).toMatchObject({ queriesPerDay: 1, updatesPerMonth: 4, corpusTokens: 1e10, horizonMonths: 8 });
    expect(body.warnings.map((w: { param: string }) => w.param).sort()).toEqual(["cur", "d", "h", "q", "u", "v", "zz"]);
  });

  test("refuses an oversized query with a JSON 414", async ({ request }) => {
    const res = await request.get(`/api/v1/estimate?q=${"1".repeat(5000)}`);
    expect(res.status()).toBe(414);
    expect((await res.json()).error).toBe("query-too-long");
  });

  test("never answers 500 to broken encodings", async ({ request }) => {
    for (const q of ["%", "%E0%A4%A", "q=%FF%FE", "&&&===", "q=1&q=2&q", "q[]=3", "__proto__=1&constructor=2"]) {
      const res = await request.get(`/api/v1/estimate?${q}`);
      expect([200, 400], q).toContain(res.status());
      expect(res.headers()["content-type"]).toContain("application/json");
    }
  });
});

test.describe("the API for developers", () => {
  test("ETag and 304; immutable only when pinned", async ({ request }) => {
    const res = await request.get("/api/v1/estimate?v=1&q=100000");
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    const etag = res.headers()["etag"]!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get("/api/v1/estimate?v=1&q=100000", { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
    expect((await request.get("/api/v1/estimate?q=100000")).headers()["cache-control"]).toBe(
      "public, max-age=300, s-maxage=3600",
    );
  });

  for (const path of ["/api/v1/estimate", "/api/v1/openapi.json", "/api/og", "/api/oembed", "/api/v1/nope"]) {
    test(`${path}: CORS preflight, JSON 405 for POST`, async ({ request }) => {
      const pre = await request.fetch(path, {
        method: "OPTIONS",
        headers: {
          origin: "https://other.example",
          "access-control-request-method": "GET",
          "access-control-request-headers": "content-type",
        },
      });
      expect(pre.status()).toBe(204);
      expect(pre.headers()).toMatchObject({ "access-control-allow-origin": "*", "access-control-allow-headers": "content-type" });
      expect(pre.headers()["access-control-allow-methods"]).toContain("GET");
      expect(Number(pre.headers()["access-control-max-age"])).toBeGreaterThan(0);
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const res = await request.fetch(path, { method, data: "{}" });
        expect(res.status(), method).toBe(405);
        expect(res.headers()["allow"]).toContain("GET");
        expect((await res.json()).error).toBe("method-not-allowed");
      }
    });
  }

  test("unknown /api/ paths answer a JSON 404", async ({ request }) => {
    for (const path of ["/api/v1/nope", "/api/nope", "/api/v2/estimate", "/api/v1/estimate/x"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(res.headers()["content-type"], path).toContain("application/json");
      expect((await res.json()).error).toBe("not-found");
    }
  });

  test("/api/v1/openapi.json describes every route, with the estimate's schema", async ({ request, baseURL }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0].url).toBe(baseURL);
    for (const p of ["/api/v1/estimate", "/api/v1/pricing", "/api/og", "/api/oembed"]) expect(doc.paths[p], p).toBeDefined();
    // Every answer is v3's (v1 and v2 links are migrated), with every property the schema names.
    const schema = doc.components.schemas.Estimate;
    for (const query of ["", "?v=3", "?v=2", "?v=1"]) {
      const answer = await (await request.get(`/api/v1/estimate${query}`)).json();
      expect(Object.keys(answer).sort(), query).toEqual(Object.keys(schema.properties).sort());
    }
    expect(schema.required).not.toContain("longContext");
  });
});

test.describe("oEmbed height", () => {
  const cases = [
    { width: 720, panels: "" },
    { width: 720, panels: "verdict,chart" },
    { width: 480, panels: "controls,verdict,table,chart,map" },
    { width: 360, panels: "verdict,table" },
    { width: 600, panels: "breakdown,latency,sensitivity" },
  ];
  for (const { width, panels } of cases) {
    test(`fits the rendered embed within 15 % at ${width} px, panels ${panels || "(default)"}`, async ({
      page,
      request,
      baseURL,
    }) => {
      const permalink = `${baseURL}/en/embed?v=1&q=100000${panels ? `&panels=${panels}` : ""}`;
      const o = await (await request.get(`/api/oembed?url=${encodeURIComponent(permalink)}&maxwidth=${width}`)).json();
      expect(o.width).toBe(width);
      // The HTML oEmbed answers, on a page of another site; the height measured inside the embed.
      const { height: rendered } = await renderedEmbedHeight(page, o);
      expect(Math.abs(o.height - rendered) / rendered).toBeLessThanOrEqual(0.15);
    });
  }
});
