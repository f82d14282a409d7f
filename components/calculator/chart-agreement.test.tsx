// @vitest-environment jsdom
/**
 * The cumulative chart has two renderers (Recharts on the page once the reader reaches for it; the
 * SVG of lib/chart-svg.ts on the server, in downloads and in the preview image), both drawing the
 * one description of lib/chart-spec.ts. This holds them to it: the same tick labels, and every
 * line, band and marker through the same points, read back from what each one drew.
 */
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { chartOfEstimate, type CumulativeChart } from "@/lib/chart-spec";
import { plotMarkup } from "@/lib/chart-svg";
import { STRINGS } from "@/lib/i18n";
import { estimate } from "@/lib/model";
import { PALETTE } from "@/lib/palette";
import { parseScenario } from "@/lib/scenario";
import { uncertainty } from "@/lib/uncertainty";
import { CHART_BOX } from "./Charts";
import { CumulativeRecharts, rowsOf } from "./RechartsFigures";

const WIDTH = 600;
/** Recharts' plot area inside CHART_BOX at WIDTH. */
const PLOT = {
  left: CHART_BOX.left,
  top: CHART_BOX.top,
  width: WIDTH - CHART_BOX.left - CHART_BOX.right,
  height: CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom,
};

function chartFor(query: string, lang: "zh" | "en", { pinnedQuery = null as string | null, bands = false } = {}) {
  const { scenario } = parseScenario(query);
  const pinned = pinnedQuery === null ? null : parseScenario(pinnedQuery).scenario;
  const e = estimate(scenario);
  const chart = chartOfEstimate({
    estimate: e,
    money: scenario,
    horizonMonths: scenario.horizonMonths,
    pinned: pinned ? { estimate: estimate(pinned), horizonMonths: pinned.horizonMonths } : null,
    band: bands ? uncertainty(scenario, e).band : null,
    words: STRINGS[lang],
    colours: PALETTE.light.series,
  });
  return { chart, scenario };
}

/** Points without those that repeat the one before (they draw nothing). */
const distinct = (points: [number, number][]) =>
  points.filter(([x, y], i) => i === 0 || Math.abs(x - points[i - 1]![0]) > 1e-6 || Math.abs(y - points[i - 1]![1]) > 1e-6);

/** The vertices of an SVG path made of M, L and Z commands. */
function vertices(d: string): [number, number][] {
  return distinct([...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]));
}

/** Screen → data units, for a plot box of `w` × `h` at (`left`, `top`). */
function toData(
  chart: CumulativeChart,
  [px, py]: [number, number],
  box: { left: number; top: number; width: number; height: number },
) {
  const [x0, x1] = chart.x.domain;
  const [y0, y1] = chart.y.domain;
  return [x0 + ((px - box.left) / box.width) * (x1 - x0), y0 + (1 - (py - box.top) / box.height) * (y1 - y0)] as [number, number];
}

/** Each point within a small share of the axes' spans. */
function expectSamePoints(chart: CumulativeChart, got: [number, number][], want: [number, number][]) {
  const tx = (chart.x.domain[1] - chart.x.domain[0]) / 500;
  const ty = (chart.y.domain[1] - chart.y.domain[0]) / 500;
  want = distinct(want);
  expect(got).toHaveLength(want.length);
  got.forEach(([x, y], i) => {
    expect(Math.abs(x - want[i]![0]), `x of point ${i}`).toBeLessThan(tx);
    expect(Math.abs(y - want[i]![1]), `y of point ${i}`).toBeLessThan(ty);
  });
}

/** What Recharts drew for a chart at WIDTH × CHART_BOX.height. */
function drawWithRecharts(chart: CumulativeChart, scenario: ReturnType<typeof chartFor>["scenario"], lang: "zh" | "en") {
  const { container } = render(<CumulativeRecharts chart={chart} money={scenario} lang={lang} width={WIDTH} />);
  const texts = (selector: string) =>
    [...container.querySelectorAll(`${selector} .recharts-cartesian-axis-tick-value`)].map((t) => t.textContent);
  const lines = [...container.querySelectorAll(".recharts-line-curve")].map((p) => ({
    dashed: p.getAttribute("stroke-dasharray"),
    width: Number(p.getAttribute("stroke-width")),
    points: vertices(p.getAttribute("d") ?? "").map((v) => toData(chart, v, PLOT)),
  }));
  const bands = [...container.querySelectorAll(".recharts-area-area")].map((p) =>
    vertices(p.getAttribute("d") ?? "").map((v) => toData(chart, v, PLOT)),
  );
  const marker = container.querySelector(".recharts-reference-line-line");
  return {
    yLabels: texts(".recharts-yAxis-tick-labels"),
    xLabels: texts(".recharts-xAxis-tick-labels"),
    lines,
    bands,
    breakEven: marker ? toData(chart, [Number(marker.getAttribute("x1")), PLOT.top], PLOT)[0] : null,
  };
}

/** What chart-svg drew for the same chart, in a 1000 × 1000 plot (as on the page). */
function drawWithSvg(chart: CumulativeChart) {
  const box = { left: 0, top: 0, width: 1000, height: 1000 };
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg">${plotMarkup(chart, PALETTE.light, 1000, 1000)}</svg>`,
    "image/svg+xml",
  );
  return {
    lines: [...doc.querySelectorAll("path[data-series]")].map((p) => ({
      dashed: p.getAttribute("stroke-dasharray"),
      width: Number(p.getAttribute("stroke-width")),
      points: vertices(p.getAttribute("d")!).map((v) => toData(chart, v, box)),
    })),
    bands: [...doc.querySelectorAll("path[data-band]")].map((p) =>
      vertices(p.getAttribute("d")!).map((v) => toData(chart, v, box)),
    ),
    breakEven: doc.querySelector("[data-break-even]")
      ? toData(chart, [Number(doc.querySelector("[data-break-even]")!.getAttribute("x1")), 0], box)[0]
      : null,
  };
}

afterEach(cleanup);

describe("Recharts and the server-drawn SVG draw the same chart", () => {
  it("the default scenario in English: the same ticks, labels and lines", () => {
    const { chart, scenario } = chartFor("", "en");
    const r = drawWithRecharts(chart, scenario, "en");
    const s = drawWithSvg(chart);
    // Pinned values: fine-tuning's $63,613 at month 24 is the highest line (docs/cost-model.md).
    expect(chart.yLabels).toEqual(["$0", "$20K", "$40K", "$60K", "$80K"]);
    expect(r.yLabels).toEqual(chart.yLabels);
    expect(r.xLabels).toEqual(["0", "6", "12", "18", "24"]);
    expect(r.xLabels).toEqual(chart.xLabels);
    expect(r.lines).toHaveLength(3);
    expect(s.lines).toHaveLength(3);
    chart.series.forEach((series, i) => {
      expectSamePoints(chart, r.lines[i]!.points, series.points);
      expectSamePoints(chart, s.lines[i]!.points, series.points);
      expect(r.lines[i]!.width).toBe(series.width);
      expect(s.lines[i]!.width).toBe(series.width);
    });
  });

  it("a CNY link with a break-even and a pinned scenario: labels in yuan, the marker and the dashed lines agree", () => {
    const { chart, scenario } = chartFor("v=2&q=100000&u=never&cur=CNY&fx=7", "zh", { pinnedQuery: "v=2&q=50000&u=never&h=36" });
    const r = drawWithRecharts(chart, scenario, "zh");
    const s = drawWithSvg(chart);
    expect(r.yLabels).toEqual(chart.yLabels);
    for (const l of chart.yLabels) expect(l).toMatch(/^¥/);
    // The pinned scenario's 36 months widen the month axis.
    expect(chart.x.domain).toEqual([0, 36]);
    expect(r.xLabels).toEqual(chart.xLabels);
    expect(chart.breakEven).not.toBeNull();
    expect(r.breakEven).toBeCloseTo(chart.breakEven!.month, 1);
    expect(s.breakEven).toBeCloseTo(chart.breakEven!.month, 1);
    expect(r.lines).toHaveLength(6);
    expect(s.lines).toHaveLength(6);
    chart.series.forEach((series, i) => {
      expectSamePoints(chart, r.lines[i]!.points, series.points);
      expectSamePoints(chart, s.lines[i]!.points, series.points);
      expect(r.lines[i]!.dashed).toBe(series.dashed ? "5 4" : null);
      expect(s.lines[i]!.dashed).toBe(series.dashed ? "5 4" : null);
    });
  });

  it("the tooltip's rows read every line at the same month, through each line's own points", () => {
    // A pinned scenario with weekly updates (retrain steps) and 36 months beside one with none and 24.
    const { chart } = chartFor("v=2&q=100000&u=never", "en", { pinnedQuery: "v=2&h=36" });
    const rows = rowsOf(chart);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.month!).toBeGreaterThanOrEqual(rows[i - 1]!.month!);
    for (const series of chart.series) {
      const through = rows.filter((r) => series.key in r).map((r): [number, number] => [r.month!, r[series.key]!]);
      expect(distinct(through)).toEqual(distinct(series.points));
    }
    // Every row up to month 24 holds all six lines; past it, only the pinned ones.
    for (const r of rows) expect(Object.keys(r)).toHaveLength(r.month! <= 24 ? 7 : 4);
  });

  it("bands: both fill the same clipped outline", () => {
    const { chart, scenario } = chartFor("v=2&q=100000&u=never", "en", { bands: true });
    const r = drawWithRecharts(chart, scenario, "en");
    const s = drawWithSvg(chart);
    expect(r.bands).toHaveLength(3);
    expect(s.bands).toHaveLength(3);
    chart.bands.forEach((band, i) => {
      const outline: [number, number][] = [
        ...band.points.map(([m, , high]): [number, number] => [m, high]),
        ...[...band.points].reverse().map(([m, low]): [number, number] => [m, low]),
      ];
      expectSamePoints(chart, s.bands[i]!, outline);
      expectSamePoints(chart, r.bands[i]!, outline);
    });
  });
});
