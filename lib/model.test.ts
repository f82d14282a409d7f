import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { APPROACHES, COST_CATEGORIES, estimate, totalsAtHorizon, type ModelInputs } from "./model";
import { parseScenario } from "./scenario";
import { arbInputs } from "./test-arbitraries";

/** The v1 contract's checks run on a v1 link: v1 defaults, its (retired) gpt-4o-mini price set. */
const withInputs = (patch: Partial<ModelInputs> = {}, assumptions: Partial<ModelInputs["assumptions"]> = {}) => {
  const s = parseScenario("v=1").scenario;
  return { ...s, ...patch, assumptions: { ...s.assumptions, ...assumptions } };
};

const sum = (xs: Record<string, number>) => Object.values(xs).reduce((a, b) => a + b, 0);

describe("the checks of the v1 contract (shared/brief/cost-model.md), with every v1 default", () => {
  const e = estimate(withInputs());

  it("gives the upfront costs", () => {
    expect(e.approaches.rag.upfront).toBeCloseTo(8000.4, 6);
    expect(e.approaches.ft.upfront).toBeCloseTo(13279.0, 6);
    expect(e.approaches.hybrid.upfront).toBeCloseTo(14256.2, 6);
  });

  it("gives one FT retrain", () => {
    expect(e.fineTune.retrainCost).toBeCloseTo(430.98, 6);
  });

  it("gives the 24-month totals", () => {
    expect(e.approaches.rag.total).toBeCloseTo(22011.11, 2);
    expect(e.approaches.ft.total).toBeCloseTo(66006.28, 2);
  });

  it("has RAG cheaper throughout, so no break-even month", () => {
    for (const p of e.series) expect(p.rag).toBeLessThan(p.ft);
    expect(e.breakEven.month).toBeNull();
  });

  it("starts the series at upfront and ends it at the total", () => {
    for (const a of APPROACHES) {
      expect(e.series[0]![a]).toBe(e.approaches[a].upfront);
      expect(e.series[24]![a]).toBe(e.approaches[a].total);
    }
  });

  it("has breakdowns that sum to the totals", () => {
    for (const a of APPROACHES) expect(sum(e.approaches[a].breakdown)).toBeCloseTo(e.approaches[a].total, 6);
  });
});

describe("break-even", () => {
  it("is month 12 with u = 0 and q = 100000 (FT costs less from then on)", () => {
    const e = estimate(withInputs({ updatesPerMonth: 0, queriesPerDay: 100_000 }));
    expect(e.breakEven.month).toBe(12);
    expect(e.series[11]!.ft).toBeGreaterThan(e.series[11]!.rag);
    expect(e.series[12]!.ft).toBeLessThanOrEqual(e.series[12]!.rag);
  });

  it("break-even volume makes RAG and FT cost the same at the horizon", () => {
    const x = withInputs({ updatesPerMonth: 0 });
    const q = estimate(x).breakEven.queriesPerDay;
    expect(q).not.toBeNull();
    const t = totalsAtHorizon({ ...x, queriesPerDay: q! });
    expect(t.rag).toBeCloseTo(t.ft, 4);
  });

  it("break-even volume by hand, u = 0, all defaults (vector DB at its minimum)", () => {
    // Per query: RAG 0.000616 (LLM + embedding), FT 0.00048. People 400/month on both sides.
    // Reads stay under the $50 minimum up to Qm·0.28672·16/1e6 + 0.0946 = 50, i.e. q ≈ 357,000.
    // So diff(q) = (8000.4 + 24·50 − 13279) + 24·30.4375·(0.000616 − 0.00048)·q.
    const expected = -(8000.4 + 24 * 50 - 13279) / (24 * 30.4375 * (0.000616 - 0.00048));
    const q = estimate(withInputs({ updatesPerMonth: 0 })).breakEven.queriesPerDay!;
    expect(q).toBeCloseTo(expected, 6);
    expect(q).toBeCloseTo(41053.67, 2);
  });

  it("break-even volume by hand on metered reads (no DB minimum)", () => {
    // diff(q) = (8000.4 + 24·storage − 13279) + 24·30.4375·(0.000616 + reads − 0.00048)·q,
    // storage = 0.28672 GB · 0.33, reads = 0.28672 · 16 / 1e6 per query.
    const fixed = 8000.4 + 24 * 0.28672 * 0.33 - 13279;
    const slope = 24 * 30.4375 * (0.000616 + 0.28672 * 16e-6 - 0.00048);
    const x = withInputs({ updatesPerMonth: 0 }, { vectorDbMinimum: 0 });
    const q = estimate(x).breakEven.queriesPerDay!;
    expect(q).toBeCloseTo(-fixed / slope, 6);
    const t = totalsAtHorizon({ ...x, queriesPerDay: q });
    expect(t.rag).toBeCloseTo(t.ft, 4);
  });

  it("break-even volume past the kink, when the minimum is small", () => {
    // Minimum $1: the kink is at q ≈ 6,500, below the root, so the root lies on the metered piece.
    const x = withInputs({ updatesPerMonth: 0 }, { vectorDbMinimum: 1 });
    const q = estimate(x).breakEven.queriesPerDay!;
    expect(q).toBeGreaterThan(6_500);
    const t = totalsAtHorizon({ ...x, queriesPerDay: q });
    expect(t.rag).toBeCloseTo(t.ft, 4);
  });

  it("break-even volume is null when FT never catches up", () => {
    // FT per query made dearer than RAG's: no volume makes FT cheaper.
    expect(estimate(withInputs({}, { ftIn: 100, ftOut: 100 })).breakEven.queriesPerDay).toBeNull();
  });
});

describe("hand-computed cases", () => {
  it("a yearly update retrains once at month 12, not before", () => {
    const e = estimate(withInputs({ updatesPerMonth: 1 / 12 }));
    expect(e.fineTune.retrainsPerMonth).toBeCloseTo(1 / 12, 15);
    const monthlyFt = e.series[2]!.ft - e.series[1]!.ft;
    expect(e.series[12]!.ft - e.series[11]!.ft).toBeCloseTo(monthlyFt + e.fineTune.retrainCost, 6);
    expect(e.series[11]!.ft - e.series[10]!.ft).toBeCloseTo(monthlyFt, 6);
  });

  it("a quarterly update steps every third month", () => {
    const e = estimate(withInputs({ updatesPerMonth: 1 / 3 }));
    const steps = e.series.slice(1).map((p, i) => p.ft - e.series[i]!.ft);
    const base = Math.min(...steps);
    const stepped = steps.map((d, i) => (d - base > 1 ? i + 1 : 0)).filter(Boolean);
    expect(stepped).toEqual([3, 6, 9, 12, 15, 18, 21, 24]);
  });

  it("daily updates cap retrains at 4 a month and retrain a larger share", () => {
    // u = 30, R = 4, s = min(1, 0.02·30/4) = 0.15.
    // train(1e7·(0.15+0.1)) = 2.5e6·3·3/1e6 = 22.5; prep(0.15) = 0.45 + 0.9 + 0.15·20000·0.05 = 151.35; eval 400.
    const e = estimate(withInputs({ updatesPerMonth: 30 }));
    expect(e.fineTune.retrainsPerMonth).toBe(4);
    expect(e.fineTune.retrainCost).toBeCloseTo(22.5 + 151.35 + 400, 9);
  });

  it("RAG monthly cost by hand, defaults", () => {
    // LLM (2900·0.15 + 300·0.6)/1e6 = 0.000615, embedding 50·0.02/1e6 = 1e-6, per query 0.000616;
    // × 152187.5 queries = 93.7475; DB max(50, 0.0946 + 0.698) = 50; re-embedding 4·0.02·2e7·0.02/1e6 = 0.032;
    // people (4 + 0.4)·100 = 440.
    const e = estimate(withInputs());
    expect(e.approaches.rag.monthly).toBeCloseTo(93.7475 + 50 + 0.032 + 440, 9);
  });

  it("switches to metered reads above the vector database minimum", () => {
    // 10M queries a day: reads dominate. Qm = 304,375,000; RU = 0.28672; reads = Qm·0.28672·16/1e6.
    const e = estimate(withInputs({ queriesPerDay: 10_000_000 }));
    const reads = (304_375_000 * 0.28672 * 16) / 1e6 + 0.28672 * 0.33;
    expect(e.approaches.rag.breakdown.vectorDatabase).toBeCloseTo(24 * reads, 4);
  });

  it("latency ranges and staleness, defaults", () => {
    const e = estimate(withInputs());
    expect(e.approaches.ft.latencyMs).toEqual({ low: 48, high: 170 });
    // + embedding [15, 60] + search [5, 50] + prefill of 2500 tokens [50, 125]
    expect(e.approaches.rag.latencyMs.low).toBeCloseTo(118, 9);
    expect(e.approaches.rag.latencyMs.high).toBeCloseTo(405, 9);
    expect(e.approaches.hybrid.latencyMs).toEqual(e.approaches.rag.latencyMs);
    expect(e.approaches.rag.stalenessHours).toBe(0.25);
    expect(e.approaches.ft.stalenessHours).toBeCloseTo(730.5 / 4 / 2 + 24, 9);
    expect(estimate(withInputs({ updatesPerMonth: 0 })).approaches.ft.stalenessHours).toBe(0);
  });

  it("leaves people out when the engineering rate is 0", () => {
    const e = estimate(withInputs({}, { engineerRate: 0 }));
    for (const a of APPROACHES) expect(e.approaches[a].breakdown.people).toBe(0);
  });

  it("totalsAtHorizon agrees with estimate", () => {
    for (const q of [1, 357, 5000, 1e6, 1e8]) {
      for (const u of [0, 1 / 12, 1 / 3, 4, 30, 720]) {
        const x = withInputs({ queriesPerDay: q, updatesPerMonth: u, horizonMonths: 37 });
        const e = estimate(x);
        const t = totalsAtHorizon(x);
        for (const a of APPROACHES) expect(t[a]).toBeCloseTo(e.approaches[a].total, 6);
      }
    }
  });
});

describe("properties of the model", () => {
  it("never gives NaN or Infinity for valid inputs", () => {
    fc.assert(
      fc.property(arbInputs, (x) => {
        const e = estimate(x);
        const numbers: number[] = [e.fineTune.retrainCost, e.fineTune.retrainsPerMonth];
        for (const a of APPROACHES) {
          const r = e.approaches[a];
          numbers.push(r.upfront, r.monthly, r.total, r.perQuery, r.latencyMs.low, r.latencyMs.high, r.stalenessHours);
          for (const c of COST_CATEGORIES) numbers.push(r.breakdown[c]);
        }
        for (const p of e.series) numbers.push(p.rag, p.ft, p.hybrid);
        if (e.breakEven.queriesPerDay !== null) numbers.push(e.breakEven.queriesPerDay);
        return numbers.every(Number.isFinite) && e.series.length === x.horizonMonths + 1;
      }),
      { numRuns: 2000 },
    );
  });

  it("breakdowns sum to the totals", () => {
    fc.assert(
      fc.property(arbInputs, (x) => {
        const e = estimate(x);
        return APPROACHES.every((a) => {
          const t = e.approaches[a].total;
          return Math.abs(sum(e.approaches[a].breakdown) - t) <= 1e-9 * Math.max(1, t);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("more queries never lower any total", () => {
    fc.assert(
      fc.property(arbInputs, fc.double({ min: 1, max: 1e8, noNaN: true }), (x, q2) => {
        const [lo, hi] = [Math.min(x.queriesPerDay, q2), Math.max(x.queriesPerDay, q2)];
        const a = totalsAtHorizon({ ...x, queriesPerDay: lo });
        const b = totalsAtHorizon({ ...x, queriesPerDay: hi });
        return APPROACHES.every((k) => b[k] >= a[k]);
      }),
      { numRuns: 2000 },
    );
  });

  it("more updates never lower the FT total", () => {
    fc.assert(
      fc.property(arbInputs, fc.double({ min: 0, max: 720, noNaN: true }), (x, u2) => {
        const [lo, hi] = [Math.min(x.updatesPerMonth, u2), Math.max(x.updatesPerMonth, u2)];
        return totalsAtHorizon({ ...x, updatesPerMonth: hi }).ft >= totalsAtHorizon({ ...x, updatesPerMonth: lo }).ft;
      }),
      { numRuns: 2000 },
    );
  });

  it("the break-even month is where the order of RAG and FT first swaps", () => {
    fc.assert(
      fc.property(arbInputs, (x) => {
        const { series, breakEven } = estimate(x);
        const first = series[0]!;
        const swapped = (m: number) => (first.rag > first.ft ? series[m]!.rag <= series[m]!.ft : series[m]!.ft <= series[m]!.rag);
        if (breakEven.month === null) return first.rag === first.ft || series.slice(1).every((_, i) => !swapped(i + 1));
        return swapped(breakEven.month) && series.slice(1, breakEven.month).every((_, i) => !swapped(i + 1));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("self-hosted serving (zero by default, so v1 is unchanged)", () => {
  it("adds one server's month while one server copes, then scales with the load, by hand", () => {
    // $1,000 a server-month, 1,000 tokens/s. FT sends 400 + 300 = 700 tokens a query.
    // One server handles 1,000 × 3,600 × 730.5 = 2,629,800,000 tokens a month.
    const a = { ftServerMonthly: 1000, ftServerTokensPerSecond: 1000, ftIn: 0, ftOut: 0 };
    const light = estimate(withInputs({ queriesPerDay: 100 }, a)); // 2,130,625 tokens a month
    expect(light.approaches.ft.breakdown.inference).toBeCloseTo(24 * 1000, 9);
    const heavy = estimate(withInputs({ queriesPerDay: 1_000_000 }, a));
    const tokens = 1_000_000 * 30.4375 * 700;
    expect(heavy.approaches.ft.breakdown.inference).toBeCloseTo((24 * 1000 * tokens) / 2_629_800_000, 6);
  });

  it("the hybrid's servers carry the retrieved context too", () => {
    const a = { ftServerMonthly: 1000, ftServerTokensPerSecond: 1000, ftIn: 0, ftOut: 0 };
    const e = estimate(withInputs({ queriesPerDay: 1_000_000 }, a));
    const tokens = 1_000_000 * 30.4375 * (400 + 2500 + 300);
    expect(e.approaches.hybrid.breakdown.inference).toBeCloseTo((24 * 1000 * tokens) / 2_629_800_000, 6);
  });

  it("finds the break-even volume past the second-server kink exactly", () => {
    // Serving at 2,000 tokens/s for $300 a month: a second server from 2,000 × 3,600 × 730.5 /
    // (30.4375 × 700) ≈ 246,860 queries a day, and past that ~$0.00004 a query against RAG's $0.000616.
    // A $512,000 fine-tuning build keeps FT dearer up to the kink, so the root lies beyond it.
    const x = withInputs(
      { updatesPerMonth: 0 },
      { ftServerMonthly: 300, ftServerTokensPerSecond: 2000, ftIn: 0, ftOut: 0, ftSetupHours: 5120 },
    );
    const kink = (2000 * 3600 * 730.5) / (30.4375 * 700);
    const q = estimate(x).breakEven.queriesPerDay;
    expect(q).not.toBeNull();
    expect(q!).toBeGreaterThan(kink);
    const t = totalsAtHorizon({ ...x, queriesPerDay: q! });
    expect(t.rag).toBeCloseTo(t.ft, 4);
    const below = totalsAtHorizon({ ...x, queriesPerDay: kink });
    expect(below.rag).toBeLessThan(below.ft);
  });
});
