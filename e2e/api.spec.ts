import { expect, test } from "./fixtures";

test.describe("/api/v1/estimate", () => {
  test("reproduces every number of cost-model.md's checks", async ({ request }) => {
    const res = await request.get("/api/v1/estimate");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.version).toBe(1);
    expect(body.approaches.rag.upfront).toBeCloseTo(8000.4, 6);
    expect(body.approaches.ft.upfront).toBeCloseTo(13279, 6);
    expect(body.approaches.hybrid.upfront).toBeCloseTo(14256.2, 6);
    expect(body.fineTune.retrainCost).toBeCloseTo(430.98, 6);
    expect(body.approaches.rag.total).toBeCloseTo(22011.11, 2);
    expect(body.approaches.ft.total).toBeCloseTo(66006.28, 2);
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
