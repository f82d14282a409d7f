/**
 * The cumulative-cost chart described once, as data: scales, ticks and their labels, the series'
 * points, the bands, the break-even marker, the legend and the strokes. Every picture of the chart
 * is drawn from this and decides nothing of its own: the server-drawn SVG on the page and the
 * downloads (chart-svg.ts), the interactive Recharts chart (RechartsFigures.tsx) and the preview
 * image (PreviewImage.tsx). So they cannot drift apart (chart-agreement.test.tsx holds it).
 *
 * Why two renderers at all (measured on Recharts 3.10.1 and Next 16): Recharts draws nothing on the
 * server (renderToStaticMarkup, or a page importing it directly or through next/dynamic with
 * ssr: true, gives an empty recharts-wrapper div; recharts/recharts#5997), and its chunk is 110 KB
 * gzipped. On a test page under Lighthouse's mobile throttling its lines appeared at 3.3 s imported
 * directly and 4.9 s through next/dynamic, against 0.86 s for this SVG, with 109 KB more script. So
 * the chart a reader sees first, without JavaScript, in a download and in a preview is drawn from
 * this description by chart-svg.ts, and Recharts takes over on the page when the reader reaches for it.
 */
import { cumulativeCurve, type CurvePoint } from "./chart-data";
import type { Money } from "./format";
import type { Lang } from "./i18n-text";
import type { AnyApproach, Approach, Estimate } from "./model";
import { BAND_OPACITY, PINNED_DASH } from "./palette";
import { monthAxis, moneyAxis, moneyTickLabel, type Axis } from "./ticks";

export type { Axis };

const APPROACH_ORDER: Approach[] = ["rag", "ft", "hybrid"];
/** The lines of a curve: the three approaches, and long context where the curve has it (v3, where it fits). */
const linesOf = (curve: CurvePoint[]): AnyApproach[] => (curve[0]?.lc !== undefined ? [...APPROACH_ORDER, "lc"] : APPROACH_ORDER);

/** Strokes and fills every renderer uses, in screen pixels. */
export const CHART_STYLE = {
  lineWidth: 2.25,
  pinnedLineWidth: 1.5,
  pinnedDash: PINNED_DASH,
  breakEvenWidth: 1.5,
  breakEvenDash: "4 3",
  bandOpacity: BAND_OPACITY,
} as const;

export interface ChartSeries {
  key: string;
  approach: AnyApproach;
  label: string;
  colour: string;
  dashed: boolean;
  width: number;
  /** [month, amount in the display currency]; a month appears twice where the line steps (retrains). */
  points: [number, number][];
}

export interface ChartBand {
  key: string;
  approach: Approach;
  colour: string;
  /** [month, low, high] in the display currency, clipped to the y domain. */
  points: [number, number, number][];
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
  /** The x axis' title ("Month"). */
  xTitle: string;
  /** The pinned scenario's lines first (drawn underneath), then the current ones. */
  series: ChartSeries[];
  bands: ChartBand[];
  /** The month costs cross, and which side of its marker the label reads on ("end": to its left, near the right edge). */
  breakEven: { month: number; label: string; side: "start" | "end" } | null;
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
  /** Each month's band around each approach's line, in USD. */
  band?: BandInput[] | null;
  breakEvenMonth: number | null;
  money: Money;
  lang: Lang;
  names: Record<AnyApproach, string>;
  /** Appended to an approach's name for the pinned scenario's line: "RAG (A)". */
  pinnedSuffix: string;
  breakEvenLabel: string;
  monthLabel: string;
  colours: Record<AnyApproach, string>;
}

/** The chart in data units: axes fitted to the lines (bands never stretch them), labels, legend. */
export function cumulativeChart(input: CumulativeInput): CumulativeChart {
  const rate = input.money.currency === "CNY" ? input.money.fxRate : 1;
  const toSeries = (curve: CurvePoint[], a: AnyApproach, pinned: boolean): ChartSeries => ({
    key: pinned ? `${a}-pinned` : a,
    approach: a,
    label: pinned ? `${input.names[a]}${input.pinnedSuffix}` : input.names[a],
    colour: input.colours[a],
    dashed: pinned,
    width: pinned ? CHART_STYLE.pinnedLineWidth : CHART_STYLE.lineWidth,
    points: curve.map((p) => [p.month, p[a]! * rate]),
  });
  const pinned = input.pinnedCurve ? linesOf(input.pinnedCurve).map((a) => toSeries(input.pinnedCurve!, a, true)) : [];
  const current = linesOf(input.curve).map((a) => toSeries(input.curve, a, false));
  const series = [...pinned, ...current];
  const linesMax = Math.max(0, ...series.flatMap((s) => s.points.map((p) => p[1])));
  const y = moneyAxis(linesMax / rate, input.money);
  const x = monthAxis(Math.max(input.horizonMonths, input.pinnedCurve ? (input.pinnedHorizonMonths ?? 0) : 0));
  const clip = (v: number) => Math.min(y.domain[1], Math.max(y.domain[0], v * rate));
  const bands: ChartBand[] = input.band
    ? APPROACH_ORDER.map((a) => ({
        key: `band-${a}`,
        approach: a,
        colour: input.colours[a],
        points: input.band!.map((b): [number, number, number] => [b.month, clip(b.low[a]), clip(b.high[a])]),
      }))
    : [];
  return {
    x,
    y,
    xLabels: x.ticks.map(String),
    yLabels: y.ticks.map((t) => moneyTickLabel(t, input.money, input.lang)),
    xTitle: input.monthLabel,
    series,
    bands,
    breakEven:
      input.breakEvenMonth === null
        ? null
        : {
            month: input.breakEvenMonth,
            label: input.breakEvenLabel,
            side: fraction(x, input.breakEvenMonth) > 0.7 ? "end" : "start",
          },
    legend: [...current, ...pinned].map((s) => ({ label: s.label, colour: s.colour, dashed: s.dashed })),
    linesMax,
  };
}

/** The words a chart needs, as the UI strings hold them. */
export interface ChartWords {
  lang: Lang;
  approach: Record<AnyApproach, string>;
  charts: { pinnedSuffix: string; breakEven: string; month: string };
}

/** The chart of an estimate (and of a pinned scenario's), in the words of a language. */
export function chartOfEstimate({
  estimate,
  money,
  horizonMonths,
  pinned = null,
  band = null,
  words,
  colours,
}: {
  estimate: Estimate;
  money: Money;
  horizonMonths: number;
  pinned?: { estimate: Estimate; horizonMonths: number } | null;
  band?: BandInput[] | null;
  words: ChartWords;
  colours: Record<AnyApproach, string>;
}): CumulativeChart {
  return cumulativeChart({
    curve: cumulativeCurve(estimate),
    horizonMonths,
    pinnedCurve: pinned ? cumulativeCurve(pinned.estimate) : null,
    pinnedHorizonMonths: pinned?.horizonMonths,
    band,
    breakEvenMonth: estimate.breakEven.month,
    money,
    lang: words.lang,
    names: words.approach,
    pinnedSuffix: words.charts.pinnedSuffix,
    breakEvenLabel: words.charts.breakEven,
    monthLabel: words.charts.month,
    colours,
  });
}

/** Where a value falls along an axis, from 0 (domain start) to 1 (domain end). */
export function fraction(axis: Axis, v: number): number {
  return (v - axis.domain[0]) / (axis.domain[1] - axis.domain[0] || 1);
}
