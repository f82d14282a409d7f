/**
 * Model v3 (docs/cost-model.md, "Long context" and "Accuracy and cost per correct answer"): every
 * worked example of the contract, reproduced with the expected values computed by hand in the
 * comments, plus the properties long context must keep.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { accuracies, perCorrectNote, perCorrectView, type TaskEvidence } from "./accuracy";
import { estimateResponseSchema } from "./api-schema";
import { estimateJson } from "./api";
import { seriesCsv } from "./export";
import { estimate, type LongContextFeasible } from "./model";
import { priceSet } from "./price-sets";
import { LATEST_VERSION, MIGRATIONS, parseScenario, pinsVersion, serialiseScenario, type ScenarioWarning } from "./scenario";
import { arbInputsV3, arbScenarioV3 } from "./test-arbitraries";

const cents = (n: number) => Math.round(n * 100) / 100;
const api = (q: string) => parseScenario(q, { maxVersion: LATEST_VERSION });

/** A stand-in for lib/accuracy-evidence.ts (the other helper's file), in this test only. */
const STUB_EVIDENCE: TaskEvidence[] = [
  {
    id: "single-doc-qa",
    label: { zh: "单文档问答", en: "Single-document QA" },
    accuracy: { rag: { low: 0.7, high: 0.8 }, lc: { low: 0.75, high: 0.85 } },
    studies: [{ paper: "stub", arxiv: "0000.00000", table: "Table 0", cells: "—", checked: "2026-12-02" }],
  },
];

describe("an unpinned link, v3 since its release (2026-12-02)", () => {
  it("is v3 with December's Nova Micro, which a new customer can buy: v2's totals, that set's latency", () => {
    const { scenario, warnings } = parseScenario("");
    expect(warnings).toEqual([]);
    expect(scenario.version).toBe(3);
    expect(scenario.pricing).toBe("bedrock-nova-micro-2026-12");
    expect(priceSet(scenario.pricing)!.status).toBe("current");
    expect(serialiseScenario(scenario)).toBe("v=3");
    const e = estimate(scenario);
    // December's Nova Micro has v2's prices, so the totals of the v2 checks (docs/cost-model.md).
    expect(cents(e.approaches.rag.total)).toBe(20_288.95);
    expect(cents(e.approaches.ft.total)).toBe(63_613.07);
    expect(cents(e.approaches.hybrid.total)).toBe(31_354.17);
    // Its first token is 300–639 ms (v2's set: 210–330). FT: 300 + 400 / 20,000 × 1,000 = 320;
    // 639 + 400 / 5,000 × 1,000 = 719. RAG adds embedding, search and 2,500 tokens of context:
    // 320 + 200 + 50 + 125 = 695; 719 + 500 + 100 + 500 = 1,819.
    expect(e.approaches.ft.latencyMs).toEqual({ low: 320, high: 719 });
    expect(e.approaches.rag.latencyMs).toEqual({ low: 695, high: 1819 });
    expect(e.approaches.hybrid.latencyMs).toEqual({ low: 695, high: 1819 });
  });
});

describe("long context: feasibility", () => {
  it("does not fit at the defaults: 157.11 times too large, and appears nowhere as a cost", () => {
    const { scenario, warnings } = api("v=3");
    expect(warnings).toEqual([]);
    expect(scenario.pricing).toBe("bedrock-nova-micro-2026-12");
    const e = estimate(scenario);
    // needed = 20,000,000 + 400 + 300 = 20,000,700 > 128,000; largest base = 128,000 − 700 = 127,300;
    // ratio = 20,000,000 / 127,300 = 157.109…
    expect(e.longContext).toEqual({
      feasible: false,
      contextWindow: 128_000,
      neededTokens: 20_000_700,
      maxCorpusTokens: 127_300,
      ratio: expect.closeTo(157.10919, 4),
      reason: "too-large",
    });
    expect(e.approaches.lc).toBeUndefined();
    expect(e.series.every((p) => p.lc === undefined)).toBe(true);
    expect(e.cheapestOverall).toBe("rag");
    const json = estimateJson(scenario, []);
    expect(Object.keys(json.approaches)).toEqual(["rag", "ft", "hybrid"]);
    expect(Object.keys(json.ranges)).toEqual(["rag", "ft", "hybrid"]);
    expect(json.cheaperMap.cells.flat()).not.toContain("lc");
  });

  it("a 300-page base (150,000 tokens) does not fit Nova Micro's 128,000 either: 1.18 times too large", () => {
    const e = estimate(api("v=3&d=150000&q=2000").scenario);
    // 150,000 / 127,300 = 1.1783…
    expect(e.longContext).toMatchObject({ feasible: false, maxCorpusTokens: 127_300, ratio: expect.closeTo(1.17832, 4) });
  });

  it("a set without a window (a v2 set read as v3) does not offer long context", () => {
    const e = estimate(api("v=3&p=bedrock-nova-micro").scenario);
    expect(e.longContext).toMatchObject({ feasible: false, contextWindow: 0, ratio: null, reason: "no-window" });
  });

  it("is infeasible exactly above the window", () => {
    fc.assert(
      fc.property(arbInputsV3, (x) => {
        const e = estimate(x);
        const need = x.corpusTokens + x.assumptions.promptTokens + x.assumptions.outputTokens;
        const fits = x.assumptions.contextWindow > 0 && need <= x.assumptions.contextWindow;
        return e.longContext!.feasible === fits && (e.approaches.lc !== undefined) === fits;
      }),
      { numRuns: 1500 },
    );
  });
});

describe("long context: the worked examples", () => {
  it("200 pages (100,000 tokens), 2,000 queries a day, Nova Micro: every term by hand", () => {
    const e = estimate(api("v=3&d=100000&q=2000").scenario);
    const lc = e.approaches.lc!;
    const info = e.longContext as LongContextFeasible;
    // Qm = 2,000 × 30.4375 = 60,875. Read price = 0.25 × 0.035 = 0.00875 per 1M.
    // Per query = 100,000 × 0.00875/1e6 + 400 × 0.035/1e6 + 300 × 0.14/1e6 = 0.000875 + 0.000014 + 0.000042 = 0.000931.
    expect(lc.perQuery).toBeCloseTo(0.000931, 12);
    // λ = 2,000 / 1,440 = 1.388… a minute; e^(−1.388… × 5) = e^(−6.9444) = 0.00096396;
    // expiries = 60,875 × 0.00096396 = 58.682 a month.
    expect(info.expiriesPerMonth).toBeCloseTo(58.682, 3);
    // One write = 100,000 × 0.035/1e6 = 0.0035; writes = 4 updates + 58.682 = 62.682 → 0.21939 a month.
    expect(info.writeCost).toBeCloseTo(0.0035, 12);
    expect(info.writesMonthly).toBeCloseTo(0.21939, 5);
    expect(info.storageMonthly).toBe(0);
    // Upfront = first write 0.0035 + 40 h × 100 = 4,000.0035.
    expect(lc.upfront).toBeCloseTo(4000.0035, 6);
    // Monthly = 60,875 × 0.000931 + 0.21939 + (2 + 0.1 × 4) × 100 = 56.674625 + 0.21939 + 240 = 296.89401.
    expect(lc.monthly).toBeCloseTo(296.89401, 4);
    // Total = 4,000.0035 + 24 × 296.89401 = 11,125.46.
    expect(cents(lc.total)).toBe(11125.46);
    expect(lc.breakdown.people + lc.breakdown.inference).toBeCloseTo(lc.total, 6);
    // Cached: 300 + (400 + 0.2 × 100,000) / 20,000 × 1,000 = 1,320; 639 + 20,400 / 5,000 × 1,000 = 4,719 ms.
    expect(info.latencyCachedMs).toEqual({ low: 1320, high: 4719 });
    expect(lc.latencyMs).toEqual({ low: 1320, high: 4719 });
    // Uncached: 300 + 100,400 / 20,000 × 1,000 = 5,320; 639 + 100,400 / 5,000 × 1,000 = 20,719 ms.
    expect(info.latencyUncachedMs).toEqual({ low: 5320, high: 20719 });
    // Staleness: one rewrite, 100,400 / 5,000 = 20.08 s = 0.005578 h.
    expect(lc.stalenessHours).toBeCloseTo(0.0055778, 6);
    // RAG at the same base: 19,971.12, so long context is the cheapest of the four.
    expect(cents(e.approaches.rag.total)).toBe(19971.12);
    expect(e.cheapestOverall).toBe("lc");
    expect(e.cheapest).toBe("rag");
  });

  it("300 pages on Gemini 3.5 Flash-Lite: an explicit cache, kept all month, storage billed", () => {
    const e = estimate(api("v=3&d=150000&q=2000&p=vertex-gemini-3-5-flash-lite-2026-12").scenario);
    const lc = e.approaches.lc!;
    const info = e.longContext as LongContextFeasible;
    // Per query = 150,000 × 0.03/1e6 + 400 × 0.30/1e6 + 300 × 2.50/1e6 = 0.0045 + 0.00012 + 0.00075 = 0.00537.
    expect(lc.perQuery).toBeCloseTo(0.00537, 12);
    // Storage = 150,000 / 1e6 × $1.00 × 730.5 h = 109.575 a month; no expiries; 4 writes × 0.045 = 0.18.
    expect(info).toMatchObject({ explicitCache: true, expiriesPerMonth: 0, writesPerMonth: 4 });
    expect(info.storageMonthly).toBeCloseTo(109.575, 9);
    expect(info.writesMonthly).toBeCloseTo(0.18, 9);
    // Monthly = 60,875 × 0.00537 + 0.18 + 109.575 + 240 = 326.89875 + 349.755 = 676.65375;
    // total = 4,000.045 + 24 × 676.65375 = 20,239.735 → 20,239.74 (RAG: 22,128.29).
    expect(lc.monthly).toBeCloseTo(676.65375, 6);
    expect(cents(lc.total)).toBe(20239.74);
    expect(cents(e.approaches.rag.total)).toBe(22128.29);
    expect(e.cheapestOverall).toBe("lc");
  });

  it("a base below the minimum cacheable prefix is sent at the input price, with no writes", () => {
    const e = estimate(api("v=3&d=10000&q=2000&cmt=20000").scenario);
    const info = e.longContext as LongContextFeasible;
    // Per query = (10,000 + 400) × 0.035/1e6 + 300 × 0.14/1e6 = 0.000364 + 0.000042 = 0.000406.
    expect(e.approaches.lc!.perQuery).toBeCloseTo(0.000406, 12);
    expect(info).toMatchObject({ cached: false, writeCost: 0, writesPerMonth: 0, expiriesPerMonth: 0 });
  });

  it("with a TTL of 0 every query misses: expiries = queries a month", () => {
    const info = estimate(api("v=3&d=100000&q=2000&ttl=0").scenario).longContext as LongContextFeasible;
    expect(info.expiriesPerMonth).toBeCloseTo(60875, 6);
  });

  it("costs never fall as the knowledge base grows, while it fits", () => {
    fc.assert(
      fc.property(arbInputsV3, fc.double({ min: 1, max: 10, noNaN: true }), (x, grow) => {
        const small = estimate(x).approaches.lc;
        const big = estimate({ ...x, corpusTokens: x.corpusTokens * grow }).approaches.lc;
        // Growing past the minimum prefix switches to cheaper cached reads; compare within one regime.
        const sameRegime =
          x.corpusTokens >= x.assumptions.cacheMinTokens === x.corpusTokens * grow >= x.assumptions.cacheMinTokens;
        return !small || !big || !sameRegime || big.total >= small.total * (1 - 1e-12);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("accuracy and cost per correct answer", () => {
  it("at the defaults nothing pretends to know accuracy: the verdict is a cost verdict", () => {
    const { scenario } = api("v=3");
    const v = perCorrectView(scenario, estimate(scenario), STUB_EVIDENCE);
    expect(v).toMatchObject({ set: false, basis: "cost", cheapestPerCorrect: null, winner: "rag", differs: null });
    expect(v.approaches.rag).toMatchObject({ accuracy: null, reason: "not-set", perCorrect: null });
    expect(v.approaches.lc.reason).toBe("infeasible");
    expect(perCorrectNote(v).en).toBe("By cost: RAG is cheapest. No accuracy is set, so there is no cost per correct answer.");
  });

  it("says when the cheapest per query is not the cheapest per correct answer (300 pages, Flash-Lite)", () => {
    const { scenario, warnings } = api("v=3&d=150000&q=2000&p=vertex-gemini-3-5-flash-lite-2026-12&acc_rag=85%25&acc_lc=0.7");
    expect(warnings).toEqual([]);
    expect(scenario.accuracy).toEqual({ rag: 0.85, lc: 0.7 });
    const e = estimate(scenario);
    const v = perCorrectView(scenario, e, STUB_EVIDENCE);
    // Queries over 24 months = 60,875 × 24 = 1,461,000.
    // lc: 20,239.735 / (1,461,000 × 0.7) = 20,239.735 / 1,022,700 = 0.0197905;
    // RAG: 22,128.29 / (1,461,000 × 0.85) = 22,128.29 / 1,241,850 = 0.0178188.
    expect(v.approaches.lc.perCorrectMid).toBeCloseTo(0.0197905, 7);
    expect(v.approaches.rag.perCorrectMid).toBeCloseTo(0.0178188, 7);
    // Marginal: lc 0.00537 / 0.7 = 0.0076714; RAG 0.001625 / 0.85 = 0.0019118.
    expect(v.approaches.lc.perCorrectMarginal!.low).toBeCloseTo(0.0076714, 7);
    expect(v.approaches.rag.perCorrectMarginal!.low).toBeCloseTo(0.0019118, 7);
    expect(v).toMatchObject({
      set: true,
      basis: "per-correct",
      cheapestPerQuery: "lc",
      cheapestPerCorrect: "rag",
      compared: ["rag", "lc"],
      differs: true,
      holds: true,
      winner: "rag",
    });
    expect(v.approaches.ft).toMatchObject({ reason: "not-set", perCorrect: null });
    expect(perCorrectNote(v).en).toBe(
      "RAG is cheapest per correct answer (leaving out fine-tuning, the hybrid, with no accuracy), while long context is cheapest per query.",
    );
  });

  it("a task kind gives ranges; an approach it lacks has no figure, with the reason", () => {
    const acc = accuracies({ task: "single-doc-qa" }, STUB_EVIDENCE);
    expect(acc.rag).toEqual({ accuracy: { low: 0.7, high: 0.8 }, source: "task", reason: null });
    expect(acc.ft).toEqual({ accuracy: null, source: null, reason: "task-lacks-approach" });
    // A typed figure wins over the task's.
    expect(accuracies({ task: "single-doc-qa", accuracy: { rag: 0.9 } }, STUB_EVIDENCE).rag.source).toBe("typed");
  });

  it("cost per correct answer is never below cost per query", () => {
    fc.assert(
      fc.property(arbScenarioV3, (s) => {
        const e = estimate(s);
        const v = perCorrectView(s, e, []);
        return Object.entries(v.approaches).every(([a, x]) => {
          if (!x.perCorrectMarginal) return true;
          const perQuery = e.approaches[a as "rag"]!.perQuery;
          return x.perCorrectMarginal.low >= perQuery * (1 - 1e-12);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("the codec and the API with v3", () => {
  it("pages and the API read v=3; a version after it is unknown; v3 answers are frozen", () => {
    const page = parseScenario("v=3&d=100000");
    expect(page.scenario.version).toBe(3);
    expect(page.warnings).toEqual([]);
    expect(api("v=3&d=100000").scenario.version).toBe(3);
    expect(parseScenario("v=4").warnings).toEqual([{ param: "v", code: "unknown-version", given: "4", used: 3 }]);
    expect(pinsVersion("v=3")).toBe(true);
    expect(pinsVersion("v=2")).toBe(true);
  });

  it("v3's keys are unknown to v2 links, as before they existed", () => {
    const { scenario, warnings } = api("v=2&cw=200000&acc_rag=0.8&task=single-doc-qa");
    expect(scenario.assumptions.contextWindow).toBe(0);
    expect(warnings.map((w) => [w.param, w.code])).toEqual([
      ["cw", "unknown-param"],
      ["acc_rag", "unknown-param"],
      ["task", "unknown-param"],
    ]);
  });

  it("clamps a bad accuracy with a warning, never fails", () => {
    const { scenario, warnings } = api("v=3&acc_rag=1.5&acc_ft=abc&acc_lc=0&task=nope");
    expect(scenario.accuracy).toEqual({ rag: 1, lc: 0.01 });
    expect(warnings).toEqual([
      { param: "acc_rag", code: "clamped", given: "1.5", used: 1 },
      { param: "acc_ft", code: "invalid", given: "abc", used: "not set" },
      { param: "acc_lc", code: "clamped", given: "0", used: 0.01 },
      { param: "task", code: "invalid", given: "nope", used: "none" },
    ]);
  });

  it("serialise → parse is the identity on v3 scenarios", () => {
    fc.assert(
      fc.property(arbScenarioV3, (s) => {
        const { scenario, warnings } = api(serialiseScenario(s));
        expect(warnings).toEqual([]);
        expect(scenario).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it("MIGRATIONS[2] takes a real v2 link to v3 with v2's default set, so the three keep their numbers", () => {
    const warnings: ScenarioWarning[] = [];
    const out = MIGRATIONS[2]!(
      new Map([
        ["v", "2"],
        ["q", "2000"],
        ["u", "quarterly"],
        ["d", "50000000"],
      ]),
      warnings,
    );
    expect([...out]).toEqual([
      ["v", "3"],
      ["q", "2000"],
      ["u", "quarterly"],
      ["d", "50000000"],
      ["p", "bedrock-nova-micro"],
    ]);
    expect(warnings).toEqual([]);
    const e = estimate(api([...out].map(([k, v]) => `${k}=${v}`).join("&")).scenario);
    // The golden v2 values of /?v=2&q=2000&u=quarterly&d=50000000 (lib/golden/v2-permalinks.json).
    expect(cents(e.approaches.rag.total)).toBe(19_092.27);
    expect(cents(e.approaches.ft.total)).toBe(28_131.71);
    expect(cents(e.approaches.hybrid.total)).toBe(30_157.49);
    expect(e.longContext).toMatchObject({ feasible: false, reason: "no-window" });
  });

  it("the v3 answer matches the schema and carries lc, cost per correct answer and the verdict note", () => {
    const { scenario, warnings } = api("v=3&d=100000&q=2000&acc_rag=0.8&acc_lc=0.9&acc_ft=0.6&acc_hybrid=0.82");
    const json = estimateJson(scenario, warnings);
    expect(() => estimateResponseSchema.parse(json)).not.toThrow();
    expect(json.version).toBe(3);
    expect(json.cheapest).toBe("lc");
    expect(json.series[24]!.lc).toBeCloseTo(11125.46, 2);
    expect(json.ranges.lc!.low).toBeLessThanOrEqual(json.approaches.lc!.total);
    expect(json.perCorrect).toMatchObject({ basis: "per-correct", cheapestPerCorrect: "lc", differs: false });
    // lc: 11,125.46 / (1,461,000 × 0.9) = 0.0084611.
    expect(json.perCorrect!.approaches.lc.perCorrectMid).toBeCloseTo(0.0084611, 7);
    expect(json.inputs.contextWindow).toBe(128000);
  });

  it("a v2 link is answered as v3 since its release: v3's keys added, v2's set and numbers kept", () => {
    const json = estimateJson(parseScenario("v=2&q=2000&u=quarterly&d=50000000").scenario, []);
    expect(json.version).toBe(3);
    expect(json.pricing.id).toBe("bedrock-nova-micro");
    expect(Object.keys(json)).toEqual([
      "version",
      "pricing",
      "inputs",
      "display",
      "approaches",
      "fineTune",
      "series",
      "breakEven",
      "cheapest",
      "longContext",
      "perCorrect",
      "ranges",
      "winnerHolds",
      "cheaperMap",
      "warnings",
    ]);
    // v2's 40 assumptions and v3's 9 (long context's terms).
    expect(Object.keys(json.inputs)).toHaveLength(4 + 40 + 9);
    // A v2 set states no context window: no long context, so the three are as in v2.
    expect(json.longContext).toMatchObject({ feasible: false, reason: "no-window" });
    expect(Object.keys(json.approaches)).toEqual(["rag", "ft", "hybrid"]);
    expect(Object.keys(json.series[0]!)).toEqual(["month", "rag", "ft", "hybrid"]);
    // The golden v2 values of this link (lib/golden/v2-permalinks.json).
    expect(cents(json.approaches.rag.total)).toBe(19_092.27);
    expect(cents(json.approaches.ft.total)).toBe(28_131.71);
    expect(cents(json.approaches.hybrid.total)).toBe(30_157.49);
    expect(json.cheapest).toBe("rag");
  });

  it("the CSV of a v3 scenario adds long context's column and the cost per correct answer", () => {
    const csv = seriesCsv(api("v=3&d=100000&q=2000&acc_rag=0.8&acc_lc=0.9").scenario, "https://example.org/?v=3");
    const lines = csv.trim().split("\n");
    expect(lines).toContain("# long context: fits (100700 of 128000 tokens)");
    expect(lines).toContain("month,rag_usd,ft_usd,hybrid_usd,lc_usd");
    expect(lines.at(-1)).toBe("24,19971.12,60145.42,30823.38,11125.46");
    expect(lines.some((l) => l.startsWith("# verdict: Long context is cheapest per correct answer"))).toBe(true);
    const infeasible = seriesCsv(api("v=3").scenario, "https://example.org/?v=3");
    expect(infeasible).toContain(
      "# long context: does not fit (knowledge base 157.11x too large); largest base that fits: 127300 tokens",
    );
    expect(infeasible).toContain("month,rag_usd,ft_usd,hybrid_usd\n");
  });
});
