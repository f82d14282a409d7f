/**
 * The checks of the v2 contract (docs/cost-model.md), worked by hand there and repeated here. Since
 * v3's release an unpinned link is v3, so these read v2 links (v=2): migrated to v3 with v2's default
 * set, they must keep v2's numbers.
 */
import { describe, expect, it } from "vitest";
import { estimate, ragQueryCost } from "./model";
import { pricingJson } from "./api";
import { DEFAULT_PRICE_SET, PRICE_SETS, isStale, monthsBetween } from "./price-sets";
import { atTodaysPrices, defaultOf, parseScenario, resetScenario, serialiseScenario, withPriceSet } from "./scenario";

describe("v2 with every default (bedrock-nova-micro)", () => {
  const s = parseScenario("v=2").scenario;
  const e = estimate(s);

  it("is read as v3 with v2's default set, named in the link from now on", () => {
    expect(s.version).toBe(3);
    expect(s.pricing).toBe("bedrock-nova-micro");
    expect(DEFAULT_PRICE_SET[2]).toBe("bedrock-nova-micro");
    expect(serialiseScenario(s)).toBe("v=3&p=bedrock-nova-micro");
  });

  it("splits one RAG query's cost by hand: the LLM call, its retrieved passages, retrieval", () => {
    const q = ragQueryCost(s);
    // LLM: 2,900 × 0.035 / 1e6 + 300 × 0.14 / 1e6; passages: 2,500 × 0.035 / 1e6.
    expect(q.llm).toBeCloseTo(0.0001435, 12);
    expect(q.context).toBeCloseTo(0.0000875, 12);
    // Embedding the question 50 × 0.02 / 1e6, reading 0.28672 read units × 16 / 1e6.
    expect(q.retrieval).toBeCloseTo(0.000001 + 0.00000458752, 12);
    expect(q.total).toBeCloseTo(0.00014908752, 12);
    expect(e.approaches.rag.perQuery).toBeCloseTo(0.00014908752, 12);
  });

  it("gives RAG's upfront, monthly and total by hand", () => {
    expect(e.approaches.rag.upfront).toBeCloseTo(8000.4, 9);
    // 0.0001445 × 152,187.5 + 50 + 0.032 + 440
    expect(e.approaches.rag.monthly).toBeCloseTo(0.0001445 * 152_187.5 + 50 + 0.032 + 440, 9);
    expect(e.approaches.rag.total).toBeCloseTo(20_288.95, 2);
  });

  it("gives fine-tuning's upfront, retrain and total by hand", () => {
    expect(e.approaches.ft.upfront).toBeCloseTo(0.7 + 1.4 + 1000 + 90 + 12_000, 9);
    expect(e.fineTune.retrainCost).toBeCloseTo(3.6 + 20.042 + 400, 9);
    expect(e.fineTune.retrainsByHorizon).toBe(96);
    expect(e.approaches.ft.total).toBeCloseTo(13_092.1 + 24 * (8.5225 + 1.95 + 400) + 96 * 423.642, 6);
    expect(e.approaches.ft.total).toBeCloseTo(63_613.07, 2);
  });

  it("charges the tuned model's hosting fee to FT and to the hybrid", () => {
    expect(s.assumptions.ftHostingMonthly).toBe(1.95);
    expect(e.approaches.hybrid.upfront).toBeCloseTo(8000.4 + 200.42 + 18 + 6000, 9);
    expect(e.approaches.hybrid.monthly).toBeCloseTo(0.0001445 * 152_187.5 + 50 + 0.032 + 440 + 1.95 + 200, 9);
    expect(e.approaches.hybrid.total).toBeCloseTo(31_354.17, 2);
    const noFee = estimate({ ...s, assumptions: { ...s.assumptions, ftHostingMonthly: 0 } });
    expect(e.approaches.ft.total - noFee.approaches.ft.total).toBeCloseTo(24 * 1.95, 9);
    expect(e.approaches.hybrid.total - noFee.approaches.hybrid.total).toBeCloseTo(24 * 1.95, 9);
    expect(e.approaches.rag.total).toBe(noFee.approaches.rag.total);
  });

  it("takes latency from the price set", () => {
    expect(e.approaches.ft.latencyMs).toEqual({ low: 230, high: 410 });
    expect(e.approaches.rag.latencyMs).toEqual({ low: 605, high: 1510 });
    expect(e.breakEven.month).toBeNull();
    expect(e.cheapest).toBe("rag");
  });

  it("has FT cheaper from month 17 with u = 0 and q = 100,000", () => {
    const x = estimate(parseScenario("v=2&u=never&q=100000").scenario);
    expect(x.approaches.ft.monthly).toBeCloseTo(0.000056 * 3_043_750 + 1.95 + 400, 9);
    expect(x.approaches.rag.monthly).toBeCloseTo(0.0001445 * 3_043_750 + 50 + 400, 9);
    expect(x.breakEven.month).toBe(17);
  });
});

describe("the codec owns the defaults", () => {
  it("answers defaultOf by version and price set", () => {
    expect(defaultOf("baseIn", 1)).toBe(0.15);
    expect(defaultOf("baseIn", 2)).toBe(0.035);
    expect(defaultOf("baseIn", 2, "runpod-qwen3-8b-lora")).toBe(0.2);
    expect(defaultOf("promptTokens", 2, "runpod-qwen3-8b-lora")).toBe(400);
    expect(defaultOf("queriesPerDay", 1)).toBe(5000);
  });

  it("resets under a price set without writing its prices into the link", () => {
    const s = parseScenario("p=self-hosted-lora&q=777&pt=900").scenario;
    const reset = resetScenario(s);
    expect(serialiseScenario(reset)).toBe("v=3&p=self-hosted-lora");
  });

  it("moves to today's prices keeping the reader's own non-price changes", () => {
    const old = parseScenario("v=1&q=20000&u=weekly&pt=900&bi=0.2").scenario;
    const today = atTodaysPrices(old);
    // Today's prices are v3's default set, December 2026's Nova Micro.
    expect(today.pricing).toBe("bedrock-nova-micro-2026-12");
    expect(serialiseScenario(today)).toBe("v=3&q=20000&pt=900");
    expect(withPriceSet(today, "vertex-gemini-3-5-flash-lite").assumptions).toMatchObject({ baseIn: 0.3, promptTokens: 900 });
  });
});

describe("provenance", () => {
  it("lists every price set with its status, dates and sources", () => {
    const { priceSets } = pricingJson();
    expect(priceSets.map((p) => p.id)).toEqual(PRICE_SETS.map((p) => p.id));
    // December's four (model v3); v2's four were retired when those replaced them.
    expect(priceSets.filter((p) => p.status === "current").map((p) => p.id)).toEqual([
      "bedrock-nova-micro-2026-12",
      "vertex-gemini-3-5-flash-lite-2026-12",
      "together-qwen3-8b-dedicated-2026-12",
      "runpod-qwen3-8b-lora-2026-12",
    ]);
    for (const p of priceSets) {
      expect(p.sources.length).toBeGreaterThan(0);
      for (const url of p.sources) expect(url).toMatch(/^https:\/\//);
      if (p.status === "retired") expect(p.retiredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("calls a set stale once it is six months old", () => {
    expect(monthsBetween("2026-05-24", "2026-11-24")).toBe(6);
    expect(monthsBetween("2026-05-25", "2026-11-24")).toBe(5);
    const set = PRICE_SETS.find((p) => p.id === "bedrock-nova-micro")!;
    expect(isStale(set, "2027-05-23")).toBe(false);
    expect(isStale(set, "2027-05-24")).toBe(true);
  });
});
