/**
 * The cumulative-cost chart drawn as SVG markup, with no React and no DOM, from its one description
 * (chart-spec.ts): the server draws it into the first HTML (readers without JavaScript see it), and
 * the downloads (SVG, PNG) and the preview image are built from it. Nothing here decides a scale, a
 * tick, a label or a point; it only places what the description holds.
 */
import { CHART_STYLE, fraction, type Axis, type CumulativeChart, type LegendEntry } from "./chart-spec";

export { fraction };

/** The colours around the lines (the lines' own colours are in the description). */
export interface ChartPaint {
  ink: string;
  muted: string;
  grid: string;
  axis: string;
  breakEven: string;
  background: string;
}

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
  /** Multiplies every stroke width (the preview image is seen small, so its lines are thicker). */
  strokeScale?: number;
}

/** The plot's inside: gridlines, bands, the break-even marker and the lines, in a `width` × `height` box. */
export function plotMarkup(
  chart: CumulativeChart,
  paint: ChartPaint,
  width: number,
  height: number,
  o: PlotOptions = {},
): string {
  const ns = o.nonScaling ? ' vector-effect="non-scaling-stroke"' : "";
  const k = o.strokeScale ?? 1;
  const dash = (d: string) =>
    d
      .split(" ")
      .map((n) => num(Number(n) * k))
      .join(" ");
  const out: string[] = [];
  for (const t of chart.y.ticks) {
    const py = num((1 - fraction(chart.y, t)) * height);
    out.push(`<line x1="0" x2="${width}" y1="${py}" y2="${py}" stroke="${paint.grid}" stroke-width="1"${ns}/>`);
  }
  out.push(`<line x1="0" x2="${width}" y1="${height}" y2="${height}" stroke="${paint.axis}" stroke-width="1"${ns}/>`);
  for (const b of chart.bands) {
    // The band's upper edge left to right, then its lower edge back.
    const outline: [number, number][] = [
      ...b.points.map(([m, , high]): [number, number] => [m, high]),
      ...[...b.points].reverse().map(([m, low]): [number, number] => [m, low]),
    ];
    out.push(
      `<path d="${linePath(outline, chart.x, chart.y, width, height, true)}" fill="${b.colour}" fill-opacity="${CHART_STYLE.bandOpacity}" stroke="none" data-band="${b.approach}"/>`,
    );
  }
  if (chart.breakEven) {
    const bx = num(fraction(chart.x, chart.breakEven.month) * width);
    out.push(
      `<line x1="${bx}" x2="${bx}" y1="0" y2="${height}" stroke="${paint.breakEven}" stroke-width="${num(CHART_STYLE.breakEvenWidth * k)}" stroke-dasharray="${dash(CHART_STYLE.breakEvenDash)}"${ns} data-break-even="${chart.breakEven.month}"/>`,
    );
  }
  for (const s of chart.series) {
    out.push(
      `<path d="${linePath(s.points, chart.x, chart.y, width, height)}" fill="none" stroke="${s.colour}" stroke-width="${num(s.width * k)}"${
        s.dashed ? ` stroke-dasharray="${dash(CHART_STYLE.pinnedDash)}"` : ""
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
  fontFamily: string;
}

/** The whole chart as a standalone SVG document: title, scenario, legend, plot with axes, source, link. */
export function standaloneSvg(chart: CumulativeChart, paint: ChartPaint, text: StandaloneText, width = 800): string {
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
        item.dashed ? ` stroke-dasharray="${CHART_STYLE.pinnedDash}"` : ""
      }/><text x="${lx + 28}" y="${ly + 4.5}" font-size="13" fill="${item.colour}">${e(item.label)}</text></g>`,
    );
  }
  out.push(`<g transform="translate(${plotLeft},${plotTop})">${plotMarkup(chart, paint, plotWidth, plotHeight)}</g>`);
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
    `<text x="${plotLeft + plotWidth}" y="${plotTop + plotHeight + 36}" font-size="12" text-anchor="end" fill="${paint.muted}">${e(chart.xTitle)}</text>`,
  );
  if (chart.breakEven) {
    const bx = plotLeft + fraction(chart.x, chart.breakEven.month) * plotWidth;
    const right = chart.breakEven.side === "end";
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
