/**
 * Old links exact, forever: every v1 link in the fixture (written once from main before model v2,
 * see scripts/make-golden-v1.ts) gives the same numbers to the cent, through the v1 → v2 and v2 → v3
 * migrations.
 */
import { describe, expect, it } from "vitest";
import { APPROACHES, estimate } from "../model";
import { parseScenario } from "../scenario";
import golden from "./v1-permalinks.json";

const cents = (n: number) => Math.round(n * 100) / 100;

describe("golden v1 permalinks", () => {
  it("pins at least 20 links, covering every v1 price set and the article's examples", () => {
    expect(golden.rows.length).toBeGreaterThanOrEqual(20);
    const urls = golden.rows.map((r) => r.url).join(" ");
    for (const p of ["vertex-flash", "together-lora", "self-hosted-lora"]) expect(urls).toContain(`p=${p}`);
    for (const example of ["q=2000&u=quarterly", "q=20000&u=yearly", "q=50000&u=daily", "q=5000000&u=monthly"]) {
      expect(urls).toContain(example);
    }
  });

  for (const row of golden.rows) {
    it(`${row.url} keeps its numbers`, () => {
      const { scenario } = parseScenario(row.url.slice(row.url.indexOf("?") + 1));
      expect(scenario.version).toBe(3);
      const e = estimate(scenario);
      for (const a of APPROACHES) {
        const want = row.approaches[a];
        const got = e.approaches[a];
        expect([cents(got.upfront), cents(got.monthly), cents(got.total)]).toEqual([want.upfront, want.monthly, want.total]);
        expect([cents(got.latencyMs.low), cents(got.latencyMs.high)]).toEqual([want.latencyMs.low, want.latencyMs.high]);
        expect(cents(got.stalenessHours)).toBe(want.stalenessHours);
      }
      expect(cents(e.fineTune.retrainCost)).toBe(row.retrainCost);
      expect(e.breakEven.month).toBe(row.breakEvenMonth);
      expect(e.breakEven.queriesPerDay === null ? null : cents(e.breakEven.queriesPerDay)).toBe(row.breakEvenQueriesPerDay);
      expect(e.cheapest).toBe(row.cheapest);
    });
  }
});
