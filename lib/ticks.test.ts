import { describe, expect, it } from "vitest";
import { monthAxis, moneyAxis, moneyTickLabel, niceAxis, roundStep, symmetricAxis } from "./ticks";

const usd = { currency: "USD" as const, fxRate: 7 };
const cny = { currency: "CNY" as const, fxRate: 7 };

describe("round steps", () => {
  it("rounds up to 1, 2, 2.5 or 5 × 10ⁿ", () => {
    expect(roundStep(16501.5)).toBe(20000);
    expect(roundStep(2.1)).toBe(2.5);
    expect(roundStep(0.3)).toBe(0.5);
    expect(roundStep(6)).toBe(10);
    expect(roundStep(1000)).toBe(1000);
  });
});

describe("axes that fit the data", () => {
  it("the default scenario's fine-tuning total, $66,006: 0, 20K, 40K, 60K, 80K", () => {
    const a = niceAxis(66006.28);
    expect(a.ticks).toEqual([0, 20000, 40000, 60000, 80000]);
    expect(a.domain).toEqual([0, 80000]);
    expect(a.ticks.map((t) => moneyTickLabel(t, usd, "en"))).toEqual(["$0", "$20K", "$40K", "$60K", "$80K"]);
  });

  it("converts first, then ticks: $66,006 at ¥7 is ¥462,044 → 0, 20 万, 40 万, 60 万", () => {
    const a = moneyAxis(66006.28, cny);
    expect(a.ticks).toEqual([0, 200000, 400000, 600000]);
    expect(a.ticks.map((t) => moneyTickLabel(t, cny, "zh"))).toEqual(["¥0", "¥20 万", "¥40 万", "¥60 万"]);
    expect(a.ticks.map((t) => moneyTickLabel(t, cny, "en"))).toEqual(["¥0", "¥200K", "¥400K", "¥600K"]);
  });

  it("RAG's $22,011 at ¥7 is ¥154,078: steps of ¥5 万 (2.5 would need 7 intervals)", () => {
    // raw step 154,078 / 4 = 38,519 → 50,000; 154,078 / 50,000 → 4 intervals.
    expect(moneyAxis(22011.11, cny).ticks).toEqual([0, 50000, 100000, 150000, 200000]);
    expect(moneyTickLabel(150000, cny, "zh")).toBe("¥15 万");
  });

  it("reaches 亿 in Chinese: ¥1.8 亿 → steps of 5,000 万", () => {
    const a = niceAxis(1.8e8);
    expect(a.ticks).toEqual([0, 5e7, 1e8, 1.5e8, 2e8]);
    expect(a.ticks.map((t) => moneyTickLabel(t, cny, "zh"))).toEqual(["¥0", "¥5,000 万", "¥1 亿", "¥1.5 亿", "¥2 亿"]);
  });

  it("uses 2.5 steps where they fit best, without float dust", () => {
    expect(niceAxis(9.6).ticks).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceAxis(0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it("always fits: the top tick is at least the data and at most twice it", () => {
    for (let x = 0.013; x < 1e10; x *= 1.37) {
      const a = niceAxis(x);
      expect(a.domain[1]).toBeGreaterThanOrEqual(x);
      expect(a.domain[1]).toBeLessThanOrEqual(2 * x);
      expect(a.ticks.length).toBeLessThanOrEqual(5);
      expect(a.ticks.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("takes negative values (a difference) and a degenerate range", () => {
    expect(niceAxis(30, -70).ticks).toEqual([-100, -50, 0, 50]);
    expect(niceAxis(0).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("a symmetric axis for the tornado: ±$77K → −100K … 100K", () => {
    expect(symmetricAxis(76800).ticks).toEqual([-100000, -50000, 0, 50000, 100000]);
  });

  it("months tick at whole, round steps", () => {
    expect(monthAxis(24).ticks).toEqual([0, 6, 12, 18, 24]);
    expect(monthAxis(6).ticks).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(monthAxis(12).ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(monthAxis(60).ticks).toEqual([0, 12, 24, 36, 48, 60]);
    expect(monthAxis(36).ticks).toEqual([0, 6, 12, 18, 24, 30, 36]);
  });
});
