import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cheaperMap, cheapestAt, MAP_QUERIES, MAP_UPDATES } from "./cheaper-map";
import { APPROACHES, estimate } from "./model";
import { defaultScenario } from "./scenario";
import { arbInputs } from "./test-arbitraries";
import { assumptionAt, tornado, uncertainty } from "./uncertainty";

describe("bands", () => {
  it("contain the central curve and order low ≤ total ≤ high, for any valid input", () => {
    fc.assert(
      fc.property(arbInputs, (x) => {
        const e = estimate(x);
        const u = uncertainty(x, e);
        return (
          APPROACHES.every((a) => u.ranges[a].low <= e.approaches[a].total && e.approaches[a].total <= u.ranges[a].high) &&
          u.band.every((b, m) => APPROACHES.every((a) => b.low[a] <= e.series[m]![a] && e.series[m]![a] <= b.high[a]))
        );
      }),
      { numRuns: 500 },
    );
  });

  it("are wider than nothing by default, and RAG's lead holds across them", () => {
    const u = uncertainty(defaultScenario());
    for (const a of APPROACHES) expect(u.ranges[a].high).toBeGreaterThan(u.ranges[a].low);
    expect(u.cheapestWhen).toEqual({ optimistic: "rag", pessimistic: "rag" });
    expect(u.winnerHolds).toBe(true);
  });

  it("keep assumptions inside their bounds and whole where they must be", () => {
    expect(assumptionAt("changeFraction", 0.5, "pessimistic")).toBe(1); // 0.5 × 5, clamped to 1
    expect(assumptionAt("topK", 5, "optimistic")).toBe(3); // 5 × 0.6
    expect(assumptionAt("epochs", 3, "pessimistic")).toBe(5); // 3 × 1.67 = 5.01 → 5
  });
});

describe("the tornado", () => {
  it("puts first the assumption whose swing moves RAG − FT most: evaluation hours per retrain, by hand", () => {
    // Defaults: 96 retrains in 24 months, each with 4 h of evaluation at $100/h = $38,400 of FT cost.
    // Pessimistic ×3 adds 96 × 8 h × $100 = $76,800 to FT, so RAG − FT falls by 76,800.
    // Next: the engineering rate ×2 adds RAG's 18,560 of people and FT's 21,600 + 38,400 → −41,440.
    const bars = tornado(defaultScenario());
    expect(bars[0]!.key).toBe("evalHoursPerRetrain");
    expect(bars[0]!.pessimistic).toBeCloseTo(-76_800, 6);
    expect(bars[0]!.optimistic).toBeCloseTo(96 * 3 * 100, 6);
    const rate = bars.find((b) => b.key === "engineerRate")!;
    expect(rate.pessimistic).toBeCloseTo(-41_440, 6);
    expect(rate.optimistic).toBeCloseTo(20_720, 6);
    for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
  });

  it("leaves out assumptions that do not touch costs", () => {
    const keys = tornado(defaultScenario()).map((b) => b.key);
    expect(keys).not.toContain("reindexLagHours");
    expect(keys).not.toContain("trainingTurnaroundHours");
  });
});

describe("the cheaper map", () => {
  it("spans 10 to 1e8 queries a day in round numbers, and never … hourly", () => {
    expect(MAP_QUERIES[0]).toBe(10);
    expect(MAP_QUERIES.at(-1)).toBe(100_000_000);
    expect(MAP_QUERIES).toContain(1000);
    expect(MAP_UPDATES[0]).toBe(0);
    expect(MAP_UPDATES.at(-1)).toBe(720);
  });

  it("agrees with the verdict at the scenario's own point", () => {
    for (const [q, u] of [
      [5000, 4],
      [100_000, 0],
      [10, 720],
      [10_000_000, 1],
    ] as const) {
      const x = { ...defaultScenario(), queriesPerDay: q, updatesPerMonth: u };
      expect(cheapestAt(x, q, u)).toBe(estimate(x).cheapest);
    }
  });

  it("draws the break-even boundary where the RAG and FT totals meet", () => {
    const x = defaultScenario();
    const m = cheaperMap(x);
    const never = m.boundary[0]!;
    expect(never).toBeCloseTo(estimate({ ...x, updatesPerMonth: 0 }).breakEven.queriesPerDay!, 9);
    expect(m.cells).toHaveLength(MAP_UPDATES.length);
    expect(m.cells[0]).toHaveLength(MAP_QUERIES.length);
  });
});
