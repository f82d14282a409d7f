/**
 * The cumulative-cost chart as plain data and SVG markup, with no React and no DOM: the server draws
 * it into the first HTML (readers without JavaScript see it), the interactive chart takes the same
 * domain and ticks from it, and the downloads (SVG, PNG) are built from it with a title, legend,
 * scenario, source and link around the plot.
 */
import type { CurvePoint } from "./chart-data";
import type { Money } from "./format";
import type { Lang } from "./i18n-text";
import type { Approach } from "./model";
import { monthAxis, moneyAxis, moneyTickLabel, type Axis } from "./ticks";

const APPROACH_ORDER: Approach[] = ["rag", "ft", "hybrid"];

export interface ChartPaint {
  series: Record<Approach, string>;
  ink: string;
  muted: string;
  grid: string;
  axis: string;
  breakEven: string;
  background: string;
}

export interface ChartSeries {
  key: string;
  approach: Approach;
  label: string;
  colour: string;
  dashed: boolean;
  /** [month, amount in the display currency]. */
  points: [number, number][];
}

export interface ChartBand {
  key: string;
  colour: string;
  /** The band's upper edge left to right, then its lower edge right to left; clipped to the y domain. */
  outline: [number, number][];
}

export interface LegendEntry {
  label: string;
  colour: string;
  dashed: boolean;
}

export interface CumulativeChart {
  x: Axis;
  y: Axis;
  xLabels: string[];
  yLabels: string[];
  series: ChartSeries[];
  bands: ChartBand[];
  breakEven: { month: number; label: string } | null;
  legend: LegendEntry[];
  /** The highest value any line reaches (display currency): the y domain is fitted to it. */
  linesMax: number;
}

export interface BandInput {
  month: number;
  low: Record<Approach, number>;
  high: Record<Approach, number>;
}

export interface CumulativeInput {
  curve: CurvePoint[];
  horizonMonths: number;
  pinnedCurve?: CurvePoint[] | null;
  pinnedHorizonMonths?: number;
  band?: BandInput[] | null;
  breakEvenMonth: number | null;
  money: Money;
  lang: Lang;
  names: Record<Approach, string>;
  /** Appended to an approach's name for the pinned scenario's line: "RAG (A)". */
  pinnedSuffix: string;
  breakEvenLabel: string;
  colours: Record<Approach, string>;
}

/** The chart in data units: axes fitted to the lines (bands never stretch them), labels, legend. */
export function cumulativeChart(input: CumulativeInput): CumulativeChart {
  const rate = input.money.currency === "CNY" ? input.money.fxRate : 1;
  const toSeries = (curve: CurvePoint[], a: Approach, pinned: boolean): ChartSeries => ({
    key: pinned ? `${a}-pinned` : a,
    approach: a,
    label: pinned ? `${input.names[a]}${input.pinnedSuffix}` : input.names[a],
    colour: input.colours[a],
    dashed: pinned,
    points: curve.map((p) => [p.month, p[a] * rate]),
  });
  const pinned = input.pinnedCurve ? APPROACH_ORDER.map((a) => toSeries(input.pinnedCurve!, a, true)) : [];
  const current = APPROACH_ORDER.map((a) => toSeries(input.curve, a, false));
  const series = [...pinned, ...current];
  const linesMax = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const y = moneyAxis(linesMax / rate, input.money);
  const x = monthAxis(Math.max(input.horizonMonths, input.pinnedCurve ? (input.pinnedHorizonMonths ?? 0) : 0));
  const clip = (v: number) => Math.min(y.domain[1], Math.max(y.domain[0], v * rate));
  const bands: ChartBand[] = input.band
    ? APPROACH_ORDER.map((a) => ({
        key: `band-${a}`,
        colour: input.colours[a],
        outline: [
          ...input.band!.map((b): [number, number] => [b.month, clip(b.high[a])]),
          ...[...input.band!].reverse().map((b): [number, number] => [b.month, clip(b.low[a])]),
        ],
      }))
    : [];
  return {
    x,
    y,
    xLabels: x.ticks.map(String),
    yLabels: y.ticks.map((t) => moneyTickLabel(t, input.money, input.lang)),
    series,
    bands,
    breakEven: input.breakEvenMonth === null ? null : { month: input.breakEvenMonth, label: input.breakEvenLabel },
    legend: [...current, ...pinned].map((s) => ({ label: s.label, colour: s.colour, dashed: s.dashed })),
    linesMax,
  };
}

/** Where a value falls along an axis, from 0 (domain start) to 1 (domain end). */
export const fraction = (axis: Axis, v: number) => (v - axis.domain[0]) / (axis.domain[1] - axis.domain[0] || 1);

const num = (n: number) => String(Math.round(n * 100) / 100);

/** An SVG path through points, in a plot box `width` × `height` with y growing down. */
export function linePath(points: [number, number][], x: Axis, y: Axis, width: number, height: number, close = false): string {
  const d = points
    .map(([px, py], i) => `${i === 0 ? "M" : "L"}${num(fraction(x, px) * width)},${num((1 - fraction(y, py)) * height)}`)
    .join("");
  return close ? `${d}Z` : d;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface PlotOptions {
  /** Keep stroke widths in screen pixels when the plot is stretched (the inline chart). */
  nonScaling?: boolean;
  bandOpacity: number;
  pinnedDash: string;
}

/** The plot's inside: gridlines, bands, the break-even marker and the lines, in a `width` × `height` box. */
export function plotMarkup(chart: CumulativeChart, paint: ChartPaint, width: number, height: number, o: PlotOptions): string {
  const ns = o.nonScaling ? ' vector-effect="non-scaling-stroke"' : "";
  const out: string[] = [];
  for (const t of chart.y.ticks) {
    const py = num((1 - fraction(chart.y, t)) * height);
    out.push(`<line x1="0" x2="${width}" y1="${py}" y2="${py}" stroke="${paint.grid}" stroke-width="1"${ns}/>`);
  }
  out.push(`<line x1="0" x2="${width}" y1="${height}" y2="${height}" stroke="${paint.axis}" stroke-width="1"${ns}/>`);
  for (const b of chart.bands) {
    out.push(
      `<path d="${linePath(b.outline, chart.x, chart.y, width, height, true)}" fill="${b.colour}" fill-opacity="${o.bandOpacity}" stroke="none"/>`,
    );
  }
  if (chart.breakEven) {
    const bx = num(fraction(chart.x, chart.breakEven.month) * width);
    out.push(
      `<line x1="${bx}" x2="${bx}" y1="0" y2="${height}" stroke="${paint.breakEven}" stroke-width="1.5" stroke-dasharray="4 3"${ns}/>`,
    );
  }
  for (const s of chart.series) {
    out.push(
      `<path d="${linePath(s.points, chart.x, chart.y, width, height)}" fill="none" stroke="${s.colour}" stroke-width="${s.dashed ? 1.5 : 2.25}"${
        s.dashed ? ` stroke-dasharray="${o.pinnedDash}"` : ""
      } stroke-linejoin="round"${ns} data-series="${s.key}"/>`,
    );
  }
  return out.join("");
}

/** Rough width of a label in pixels (CJK glyphs are square, Latin ones about half as wide). */
export function textWidth(s: string, fontSize: number): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : /[A-Z0-9$¥]/.test(ch) ? 0.62 : 0.52;
  return w * fontSize;
}

export interface LegendItemLayout extends LegendEntry {
  x: number;
  y: number;
}

/** Legend entries flowed into rows that fit `width`: a 22 px swatch, a gap, the label, then space. */
export function layoutLegend(
  entries: LegendEntry[],
  width: number,
  fontSize: number,
  rowHeight: number,
): { items: LegendItemLayout[]; height: number } {
  const items: LegendItemLayout[] = [];
  let x = 0;
  let y = 0;
  for (const e of entries) {
    const w = 22 + 6 + textWidth(e.label, fontSize) + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += rowHeight;
    }
    items.push({ ...e, x, y });
    x += w;
  }
  return { items, height: entries.length ? y + rowHeight : 0 };
}

/** Words joined by " · " into as few lines as fit `width`. */
export function wrapParts(parts: string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} · ${part}`, fontSize) <= width) lines[lines.length - 1] = `${last} · ${part}`;
    else lines.push(part);
  }
  return lines;
}

export interface StandaloneText {
  title: string;
  /** Under the title: the scenario (queries, updates, data, horizon), wrapped at its " · ". */
  scenario: string[];
  /** Lines at the foot: currency and prices date, source, permalink. */
  footer: string[];
  /** Longer description for <desc> (what the chart shows, in words). */
  description: string;
  monthLabel: string;
  fontFamily: string;
}

/** The whole chart as a standalone SVG document: title, scenario, legend, plot with axes, source, link. */
export function standaloneSvg(
  chart: CumulativeChart,
  paint: ChartPaint,
  text: StandaloneText,
  o: PlotOptions,
  width = 800,
): string {
  const pad = 28;
  const legend = layoutLegend(chart.legend, width - 2 * pad, 13, 22);
  const titleY = pad + 22;
  const scenarioY = titleY + 26;
  const scenarioLines = wrapParts(text.scenario, width - 2 * pad, 13);
  const legendTop = scenarioY + (scenarioLines.length - 1) * 18 + 20;
  const plotTop = legendTop + legend.height + 18;
  const plotLeft = pad + Math.max(56, ...chart.yLabels.map((l) => textWidth(l, 12) + 12));
  const plotWidth = width - plotLeft - pad;
  const plotHeight = 300;
  const axisBottom = plotTop + plotHeight + 40;
  const footerTop = axisBottom + 24;
  const height = footerTop + text.footer.length * 18 + pad - 6;
  const e = escapeXml;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" font-family="${e(text.fontFamily)}">`,
    `<title id="chart-title">${e(text.title)}</title>`,
    `<desc id="chart-desc">${e(text.description)}</desc>`,
    `<rect width="${width}" height="${height}" fill="${paint.background}"/>`,
    `<text x="${pad}" y="${titleY}" font-size="22" font-weight="700" fill="${paint.ink}">${e(text.title)}</text>`,
    ...scenarioLines.map(
      (line, i) => `<text x="${pad}" y="${scenarioY + i * 18}" font-size="13" fill="${paint.muted}">${e(line)}</text>`,
    ),
  );
  for (const item of legend.items) {
    const lx = pad + item.x;
    const ly = legendTop + item.y + 8;
    out.push(
      `<g class="legend-entry"><line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${item.colour}" stroke-width="${item.dashed ? 2 : 3}"${
        item.dashed ? ` stroke-dasharray="${o.pinnedDash}"` : ""
      }/><text x="${lx + 28}" y="${ly + 4.5}" font-size="13" fill="${item.colour}">${e(item.label)}</text></g>`,
    );
  }
  out.push(`<g transform="translate(${plotLeft},${plotTop})">${plotMarkup(chart, paint, plotWidth, plotHeight, o)}</g>`);
  chart.y.ticks.forEach((t, i) => {
    const ty = plotTop + (1 - fraction(chart.y, t)) * plotHeight;
    out.push(
      `<text x="${plotLeft - 8}" y="${num(ty + 4)}" font-size="12" text-anchor="end" fill="${paint.muted}">${e(chart.yLabels[i]!)}</text>`,
    );
  });
  chart.x.ticks.forEach((t, i) => {
    const tx = plotLeft + fraction(chart.x, t) * plotWidth;
    out.push(
      `<text x="${num(tx)}" y="${plotTop + plotHeight + 18}" font-size="12" text-anchor="middle" fill="${paint.muted}">${e(chart.xLabels[i]!)}</text>`,
    );
  });
  out.push(
    `<text x="${plotLeft + plotWidth}" y="${plotTop + plotHeight + 36}" font-size="12" text-anchor="end" fill="${paint.muted}">${e(text.monthLabel)}</text>`,
  );
  if (chart.breakEven) {
    const bx = plotLeft + fraction(chart.x, chart.breakEven.month) * plotWidth;
    const right = bx > plotLeft + plotWidth * 0.7;
    out.push(
      `<text x="${num(right ? bx - 6 : bx + 6)}" y="${plotTop + 14}" font-size="12" text-anchor="${right ? "end" : "start"}" fill="${paint.breakEven}">${e(chart.breakEven.label)}</text>`,
    );
  }
  text.footer.forEach((line, i) => {
    out.push(`<text x="${pad}" y="${footerTop + i * 18}" font-size="12" fill="${paint.muted}">${e(line)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n");
}
