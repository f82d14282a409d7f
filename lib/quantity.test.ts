import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactNumber, formatCorpus, formatPlain, formatQueries } from "./format";
import { fitToRange, parseQuantity, type QuantityResult } from "./quantity";

const value = (r: QuantityResult) => (r.ok ? r.value : r.reason);

describe("parseQuantity: plain numbers", () => {
  const cases: [string, number][] = [
    ["20000", 20_000],
    ["20k", 20_000],
    ["20K", 20_000],
    [" 20 k ", 20_000],
    ["2.5k", 2_500],
    ["2万", 20_000],
    ["2 万", 20_000],
    ["2w", 20_000],
    ["1.2亿", 120_000_000],
    ["12.5亿", 1_250_000_000],
    ["5千", 5_000],
    ["3百万", 3_000_000],
    ["2千万", 20_000_000],
    ["1.5万亿", 1_500_000_000_000],
    ["2万5千", 25_000],
    ["1亿2000万", 120_000_000],
    ["20 000", 20_000],
    ["20\u00a0000", 20_000],
    ["20\u202f000", 20_000],
    ["20,000", 20_000],
    ["20,000,000", 20_000_000],
    ["1,234.5", 1_234.5],
    ["20'000", 20_000],
    ["2e7", 20_000_000],
    ["2E7", 20_000_000],
    ["1e-3", 0.001],
    ["1.5e+3", 1_500],
    ["２０，０００", 20_000],
    ["２万", 20_000],
    ["１．５", 1.5],
    ["1。5", 1.5],
    ["3M", 3_000_000],
    ["3 million", 3_000_000],
    ["3 mio", 3_000_000],
    ["2B", 2_000_000_000],
    ["2 bn", 2_000_000_000],
    ["2 billion", 2_000_000_000],
    ["4 thousand", 4_000],
    ["1T", 1e12],
    [".5", 0.5],
    ["5.", 5],
    ["+7", 7],
    ["-0", 0],
    ["0", 0],
    ["1e99", 1e99],
    // What our own labels read like, pasted back.
    ["5 千次/天", 5_000],
    ["10 万次/天", 100_000],
    ["12.3K / day", 12_300],
    ["5000 queries/day", 5_000],
    ["24 个月", 24],
    ["24 months", 24],
    ["$0.15", 0.15],
    ["¥6.8", 6.8],
    ["6.8 元", 6.8],
    ["约 2 万", 20_000],
    ["~20k", 20_000],
    ["400 tokens", 400],
  ];
  for (const [input, expected] of cases) {
    it(`"${input}" → ${expected}`, () => {
      const r = parseQuantity(input);
      expect(r).toEqual({ ok: true, value: expected });
    });
  }
});

describe("parseQuantity: what it refuses, and why", () => {
  const cases: [string, string][] = [
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "not-a-number"],
    ["NaN", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["0x10", "not-a-number"],
    ["5 apples", "not-a-number"],
    ["2万5", "not-a-number"], // 25,000 or 20,005? Say it with 千.
    ["5千2万", "not-a-number"], // magnitudes must fall
    ["-5", "negative"],
    ["−5", "negative"],
    ["－５", "negative"],
    ["-2万", "negative"],
    ["1e999", "too-large"],
    ["1,5", "separator"],
    ["20,00", "separator"],
    ["1.000.000", "separator"],
    ["2 5", "separator"],
    ["5 GB", "unit-here"],
    ["40000页", "unit-here"],
    ["800 MB", "unit-here"],
  ];
  for (const [input, reason] of cases) {
    it(`"${input}" → ${reason}`, () => {
      expect(parseQuantity(input)).toEqual({ ok: false, reason });
    });
  }
});

describe("parseQuantity: knowledge-base sizes", () => {
  it("takes tokens as they are", () => {
    expect(parseQuantity("2e7 tokens", "corpus")).toEqual({ ok: true, value: 20_000_000 });
    expect(parseQuantity("2000万 tokens", "corpus")).toEqual({ ok: true, value: 20_000_000 });
    expect(parseQuantity("2000万", "corpus")).toEqual({ ok: true, value: 20_000_000 });
    expect(parseQuantity("2,000 万 tokens ≈ 4 万页", "corpus")).toEqual({ ok: true, value: 20_000_000 });
  });

  it("turns pages into tokens at 500 a page", () => {
    // 40,000 × 500 = 20,000,000.
    const note = { from: "pages", pages: 40_000, tokensPerPage: 500 };
    expect(parseQuantity("40,000 pages", "corpus")).toEqual({ ok: true, value: 20_000_000, note });
    expect(parseQuantity("40000页", "corpus")).toEqual({ ok: true, value: 20_000_000, note });
    expect(parseQuantity("4万页", "corpus")).toEqual({ ok: true, value: 20_000_000, note });
    expect(parseQuantity("1 page", "corpus")).toEqual({
      ok: true,
      value: 500,
      note: { from: "pages", pages: 1, tokensPerPage: 500 },
    });
  });

  it("turns a size of plain text into tokens at 4 bytes a token (decimal units)", () => {
    // 5 GB = 5,000,000,000 bytes; / 4 = 1,250,000,000 tokens.
    expect(parseQuantity("5 GB", "corpus")).toEqual({
      ok: true,
      value: 1_250_000_000,
      note: { from: "bytes", amount: 5, unit: "GB", bytes: 5e9, bytesPerToken: 4 },
    });
    expect(value(parseQuantity("5GB", "corpus"))).toBe(1_250_000_000);
    expect(value(parseQuantity("5g", "corpus"))).toBe(1_250_000_000);
    // 1.5 GB = 1,500,000,000 bytes → 375,000,000 tokens.
    expect(value(parseQuantity("1.5GB", "corpus"))).toBe(375_000_000);
    // 800 MB = 800,000,000 bytes → 200,000,000 tokens.
    expect(parseQuantity("800 MB", "corpus")).toEqual({
      ok: true,
      value: 200_000_000,
      note: { from: "bytes", amount: 800, unit: "MB", bytes: 8e8, bytesPerToken: 4 },
    });
    expect(value(parseQuantity("800兆", "corpus"))).toBe(200_000_000);
    // 80 MB → 20,000,000 tokens: the "≈ 80 MB of text" hint beside the slider, typed back.
    expect(value(parseQuantity("80 MB", "corpus"))).toBe(20_000_000);
    // 40 KB = 40,000 bytes → 10,000 tokens.
    expect(value(parseQuantity("40 kb", "corpus"))).toBe(10_000);
    // 1 TB = 10^12 bytes → 2.5 × 10^11 tokens (the field then clamps it).
    expect(value(parseQuantity("1 TB", "corpus"))).toBe(250_000_000_000);
    // Binary units when asked for: 1 GiB = 1,073,741,824 bytes → 268,435,456 tokens.
    expect(value(parseQuantity("1 GiB", "corpus"))).toBe(268_435_456);
    // 400 bytes → 100 tokens.
    expect(value(parseQuantity("400 bytes", "corpus"))).toBe(100);
    expect(value(parseQuantity("４００字节", "corpus"))).toBe(100);
  });

  it("still says why when it cannot", () => {
    expect(parseQuantity("5 XB", "corpus")).toEqual({ ok: false, reason: "not-a-number" });
    expect(parseQuantity("-5 GB", "corpus")).toEqual({ ok: false, reason: "negative" });
    expect(parseQuantity("1e400 pages", "corpus")).toEqual({ ok: false, reason: "too-large" });
    expect(parseQuantity("1e306 pages", "corpus")).toEqual({ ok: false, reason: "too-large" });
  });
});

describe("fitToRange", () => {
  const range = { min: 1, max: 100_000_000 };
  it("clamps and says which way", () => {
    expect(fitToRange(1e99, range)).toEqual({ value: 100_000_000, adjusted: "above-max" });
    expect(fitToRange(0, range)).toEqual({ value: 1, adjusted: "below-min" });
    expect(fitToRange(500, range)).toEqual({ value: 500, adjusted: null });
    expect(fitToRange(2.5, { min: 1, max: 60, integer: true })).toEqual({ value: 3, adjusted: "rounded" });
  });
});

describe("parseQuantity: properties", () => {
  const lang = fc.constantFrom("zh" as const, "en" as const);
  const amount = fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true });

  it("never throws, and what it accepts is a finite number of zero or more", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom(..."0123456789.,e万亿千kKmMbB -页GB tokens ２０，") }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom("number" as const, "corpus" as const), (s, kind) => {
        const r = parseQuantity(s, kind);
        if (r.ok) expect(Number.isFinite(r.value) && r.value >= 0).toBe(true);
        else expect(typeof r.reason).toBe("string");
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back what String() writes", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(value(parseQuantity(String(n)))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it("reads back formatPlain's output in both languages", () => {
    fc.assert(
      fc.property(amount, lang, (n, l) => {
        const r = parseQuantity(formatPlain(n, l));
        expect(r.ok).toBe(true);
        // formatPlain keeps six decimals.
        expect(Math.abs((value(r) as number) - n)).toBeLessThanOrEqual(Math.max(5e-7, n * 1e-15));
      }),
    );
  });

  it("reads back compactNumber's output (3 significant digits) in both languages", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e14, noNaN: true }), lang, (n, l) => {
        const r = parseQuantity(compactNumber(n, l));
        expect(r.ok).toBe(true);
        expect(Math.abs((value(r) as number) / n - 1)).toBeLessThanOrEqual(0.005);
      }),
    );
  });

  it("reads back the slider labels for query volume and knowledge-base size", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e10, noNaN: true }), lang, (n, l) => {
        const q = parseQuantity(formatQueries(n, l));
        const d = parseQuantity(formatCorpus(n, l), "corpus");
        for (const r of [q, d]) {
          expect(r.ok).toBe(true);
          expect(Math.abs((value(r) as number) / n - 1)).toBeLessThanOrEqual(0.005);
        }
      }),
    );
  });
});
