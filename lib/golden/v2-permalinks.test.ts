/**
 * v2 links exact, forever: every link in the fixture (written once from main at 340c907, before
 * model v3, see scripts/make-golden-v2.ts) gives the same numbers to the cent, and so does the link
 * it pins for comparison. The expected values are the fixture's, never recomputed here.
 *
 * The one link without v meant v2 on the day the fixture was made. It is read with v=2 in front,
 * which is what it meant then; once an unpinned link moves to a later version, only that reading
 * keeps these numbers.
 */
import { describe, expect, it } from "vitest";
import { APPROACHES, estimate } from "../model";
import { V2_PRICE_SETS } from "../price-sets-v2";
import { WORKLOAD_PRESETS } from "../presets";
import { parseScenario, type Scenario } from "../scenario";
import golden from "./v2-permalinks.json";

const cents = (n: number) => Math.round(n * 100) / 100;

type Numbers = Omit<(typeof golden.rows)[number], "url" | "currency" | "fxRate" | "pinned">;

function expectNumbers(s: Scenario, want: Numbers) {
  expect(s.pricing).toBe(want.pricing);
  const e = estimate(s);
  for (const a of APPROACHES) {
    const w = want.approaches[a];
    const got = e.approaches[a];
    expect([cents(got.upfront), cents(got.monthly), cents(got.total)]).toEqual([w.upfront, w.monthly, w.total]);
    expect([cents(got.latencyMs.low), cents(got.latencyMs.high)]).toEqual([w.latencyMs.low, w.latencyMs.high]);
    expect(cents(got.stalenessHours)).toBe(w.stalenessHours);
  }
  expect(cents(e.fineTune.retrainCost)).toBe(want.retrainCost);
  expect(e.breakEven.month).toBe(want.breakEvenMonth);
  expect(e.breakEven.queriesPerDay === null ? null : cents(e.breakEven.queriesPerDay)).toBe(want.breakEvenQueriesPerDay);
  expect(e.cheapest).toBe(want.cheapest);
}

const queryOf = (url: string) => {
  const query = url.slice(url.indexOf("?") + 1);
  return new URLSearchParams(query).has("v") ? query : `v=2&${query}`;
};

describe("golden v2 permalinks", () => {
  it("pins at least 30 links: every v2 price set, every preset, pin=, CNY and a link without v", () => {
    expect(golden.madeFrom).toBe("main at 340c907, before model v3");
    expect(golden.rows.length).toBeGreaterThanOrEqual(30);
    const pricings = new Set(golden.rows.map((r) => r.pricing));
    for (const set of V2_PRICE_SETS) expect(pricings).toContain(set.id);
    const urls = golden.rows.map((r) => r.url);
    for (const { workload: w } of WORKLOAD_PRESETS) {
      const q = `q=${w.queriesPerDay}&`;
      const d = `d=${w.corpusTokens}`;
      expect(urls.some((u) => u.includes(q) && u.includes(d))).toBe(true);
    }
    expect(golden.rows.filter((r) => r.pinned !== null).length).toBeGreaterThanOrEqual(2);
    expect(golden.rows.some((r) => r.currency === "CNY" && r.fxRate !== 6.8)).toBe(true);
    expect(urls.some((u) => !new URLSearchParams(u.slice(u.indexOf("?") + 1)).has("v"))).toBe(true);
  });

  for (const row of golden.rows) {
    it(`${row.url} keeps its numbers`, () => {
      const { scenario, pinned, warnings } = parseScenario(queryOf(row.url));
      expect(warnings).toEqual([]);
      expect([scenario.currency, scenario.fxRate]).toEqual([row.currency, row.fxRate]);
      expectNumbers(scenario, row);
      if (row.pinned === null) expect(pinned).toBeNull();
      else {
        expect(pinned).not.toBeNull();
        expectNumbers(pinned!, row.pinned);
      }
    });
  }
});
