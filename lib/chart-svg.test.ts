import { describe, expect, it } from "vitest";
import { cumulativeChart, type CumulativeInput } from "./chart-spec";
import { layoutLegend, linePath, plotMarkup, standaloneSvg, type ChartPaint } from "./chart-svg";
import { PALETTE } from "./palette";

const curve = [
  { month: 0, rag: 0, ft: 0, hybrid: 0 },
  { month: 1, rag: 10, ft: 20, hybrid: 5 },
  { month: 2, rag: 20, ft: 40, hybrid: 10 },
];
const input: CumulativeInput = {
  curve,
  horizonMonths: 2,
  breakEvenMonth: 1,
  money: { currency: "USD", fxRate: 7 },
  lang: "en",
  names: { rag: "RAG", ft: "Fine-tuning", hybrid: "Hybrid", lc: "Long context" },
  pinnedSuffix: " (A, pinned)",
  breakEvenLabel: "break-even",
  monthLabel: "Month",
  colours: PALETTE.light.series,
};
const paint: ChartPaint = { ...PALETTE.light };

describe("the cumulative chart as data", () => {
  it("fits the y axis to the lines: max 40 → ticks 0, 10, 20, 30, 40", () => {
    const c = cumulativeChart(input);
    expect(c.y.ticks).toEqual([0, 10, 20, 30, 40]);
    expect(c.yLabels).toEqual(["$0", "$10", "$20", "$30", "$40"]);
    expect(c.x.ticks).toEqual([0, 1, 2]);
    expect(c.legend.map((l) => l.label)).toEqual(["RAG", "Fine-tuning", "Hybrid"]);
  });

  it("adds long context's line where the curve has it (v3), and only there", () => {
    const withLc = curve.map((p, i) => ({ ...p, lc: [0, 5, 8][i]! }));
    const c = cumulativeChart({ ...input, curve: withLc });
    expect(c.legend.map((l) => l.label)).toEqual(["RAG", "Fine-tuning", "Hybrid", "Long context"]);
    expect(c.legend[3]!.colour).toBe(PALETTE.light.series.lc);
    // lc: (1, 5) → (50, 87.5); (2, 8) → (100, 80).
    expect(linePath(c.series.find((s) => s.key === "lc")!.points, c.x, c.y, 100, 100)).toBe("M0,100L50,87.5L100,80");
    expect(cumulativeChart(input).series.some((s) => s.approach === "lc")).toBe(false);
  });

  it("draws each line through the right coordinates (100 × 100 box, y down)", () => {
    const c = cumulativeChart(input);
    // ft: (0, 0) → (0, 100); (1, 20) → (50, 50); (2, 40) → (100, 0).
    expect(linePath(c.series.find((s) => s.key === "ft")!.points, c.x, c.y, 100, 100)).toBe("M0,100L50,50L100,0");
    // rag: (1, 10) → (50, 75); (2, 20) → (100, 50).
    expect(linePath(c.series.find((s) => s.key === "rag")!.points, c.x, c.y, 100, 100)).toBe("M0,100L50,75L100,50");
    const markup = plotMarkup(c, paint, 100, 100);
    expect(markup).toContain('d="M0,100L50,75L100,50"');
    // The break-even marker at month 1 of 2.
    expect(markup).toContain('x1="50" x2="50"');
  });

  it("converts to the display currency before fitting: ×7 → max 280 → 0, 100, 200, 300", () => {
    const c = cumulativeChart({ ...input, money: { currency: "CNY", fxRate: 7 } });
    expect(c.y.ticks).toEqual([0, 100, 200, 300]);
    expect(c.series.find((s) => s.key === "ft")!.points.at(-1)).toEqual([2, 280]);
  });

  it("puts the pinned scenario's dashed lines in the legend", () => {
    const c = cumulativeChart({ ...input, pinnedCurve: curve.map((p) => ({ ...p, ft: p.ft * 2 })), pinnedHorizonMonths: 2 });
    expect(c.legend.map((l) => [l.label, l.dashed])).toEqual([
      ["RAG", false],
      ["Fine-tuning", false],
      ["Hybrid", false],
      ["RAG (A, pinned)", true],
      ["Fine-tuning (A, pinned)", true],
      ["Hybrid (A, pinned)", true],
    ]);
    // The pinned line (max 80) is part of the domain.
    expect(c.y.domain[1]).toBe(80);
    expect(plotMarkup(c, paint, 100, 100)).toContain('stroke-dasharray="5 4"');
  });

  it("clips bands to the lines' domain instead of stretching it", () => {
    const band = curve.map((p) => ({
      month: p.month,
      low: { rag: 0, ft: 0, hybrid: 0 },
      high: { rag: p.rag * 50, ft: p.ft * 50, hybrid: p.hybrid * 50 },
    }));
    const c = cumulativeChart({ ...input, band });
    expect(c.y.domain[1]).toBe(40);
    for (const b of c.bands) for (const [, low, high] of b.points) expect(Math.max(low, high)).toBeLessThanOrEqual(40);
    // Drawn as one closed outline per approach: the upper edge, then the lower edge back.
    expect(plotMarkup(c, paint, 100, 100).match(/data-band=/g)).toHaveLength(3);
  });

  it("reads the break-even label to the marker's left once it is past 70 % of the axis", () => {
    expect(cumulativeChart({ ...input, breakEvenMonth: 1 }).breakEven).toEqual({ month: 1, label: "break-even", side: "start" });
    expect(cumulativeChart({ ...input, breakEvenMonth: 2 }).breakEven!.side).toBe("end");
  });

  it("flows legend entries into rows", () => {
    const l = layoutLegend(
      [
        { label: "RAG", colour: "#000000", dashed: false },
        { label: "Fine-tuning", colour: "#000000", dashed: false },
      ],
      80,
      13,
      22,
    );
    expect(l.items[1]!.y).toBe(22);
    expect(l.height).toBe(44);
  });

  it("a standalone document has a title, a description, the legend and no role=application", () => {
    const svg = standaloneSvg(cumulativeChart(input), paint, {
      title: "T <&>",
      scenario: ["S"],
      footer: ["F1", "https://example.org/?q=1&u=2"],
      description: "D",
      fontFamily: "sans-serif",
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="chart-title">T &lt;&amp;&gt;</title>');
    expect(svg).toContain('<desc id="chart-desc">D</desc>');
    expect(svg).toContain("https://example.org/?q=1&amp;u=2");
    expect(svg.match(/class="legend-entry"/g)).toHaveLength(3);
    expect(svg).not.toContain("application");
    expect(svg).not.toMatch(/lab\(|oklch|var\(/);
  });
});
