"use client";
/**
 * The interactive cumulative chart (tooltips, keyboard). This module is heavy, so it is loaded when
 * the reader reaches for the chart; until then the SVG drawn from the same description stands in
 * its place (Charts.tsx). Recharts decides nothing here: domains, ticks, tick labels, points, bands,
 * the break-even marker and the strokes all come from the description (lib/chart-spec.ts).
 */
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_STYLE, type CumulativeChart as Chart } from "@/lib/chart-spec";
import { formatMoney, formatMonthOrdinal, type Money } from "@/lib/format";
import type { Lang } from "@/lib/i18n-text";
import { CHART_BOX, chartOf, PAGE_PAINT } from "./Charts";
import { uncertaintyOf } from "./more-derived";
import { useCalculator, useDeferredScenario } from "./store";
import { useStrings } from "@/components/i18n/context";

const axisTick = { fontSize: 11, fill: PAGE_PAINT.muted };
/** The y axis' width: the box's left margin less the chart's own 4 px. */
const Y_AXIS_WIDTH = CHART_BOX.left - 4;

/**
 * The description's lines as one table of Recharts rows, { month, rag, ft, …, "rag-pinned", … },
 * so the tooltip reads every line at the same month. A month has as many rows as the most points
 * any line has there (two where a line steps up at a retrain); a line with fewer repeats its value,
 * which draws nothing extra. Past a line's horizon its key is absent, and the line ends there.
 */
export function rowsOf(chart: Chart): Record<string, number>[] {
  const byMonth = new Map<number, Map<string, number[]>>();
  for (const s of chart.series)
    for (const [month, v] of s.points) {
      const at = byMonth.get(month) ?? byMonth.set(month, new Map()).get(month)!;
      at.set(s.key, [...(at.get(s.key) ?? []), v]);
    }
  const rows: Record<string, number>[] = [];
  for (const [month, at] of [...byMonth].sort((a, b) => a[0] - b[0])) {
    const count = Math.max(...[...at.values()].map((v) => v.length));
    for (let i = 0; i < count; i++) {
      const row: Record<string, number> = { month };
      for (const [key, values] of at) row[key] = values[Math.min(i, values.length - 1)]!;
      rows.push(row);
    }
  }
  return rows;
}

const label = (ticks: number[], labels: string[]) => (v: number) => labels[ticks.indexOf(v)] ?? "";

/**
 * Recharts drawing a chart description. `width` fixes the width (tests); without it the chart
 * fills its box and follows its size.
 */
export function CumulativeRecharts({ chart, money, lang, width }: { chart: Chart; money: Money; lang: Lang; width?: number }) {
  const shown = { currency: money.currency, fxRate: 1 };
  const be = chart.breakEven;
  return (
    <ComposedChart
      responsive={width === undefined}
      width={width}
      height={width === undefined ? undefined : CHART_BOX.height}
      data={rowsOf(chart)}
      style={width === undefined ? { width: "100%", height: CHART_BOX.height } : undefined}
      margin={{ top: CHART_BOX.top, right: CHART_BOX.right, bottom: 0, left: CHART_BOX.left - Y_AXIS_WIDTH }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={PAGE_PAINT.grid} />
      <XAxis
        dataKey="month"
        type="number"
        domain={chart.x.domain}
        ticks={chart.x.ticks}
        interval={0}
        height={CHART_BOX.bottom}
        tick={axisTick}
        tickLine={false}
        tickFormatter={label(chart.x.ticks, chart.xLabels)}
        axisLine={{ stroke: PAGE_PAINT.axis }}
        label={{ value: chart.xTitle, position: "insideBottomRight", offset: 0, fontSize: 11, fill: PAGE_PAINT.muted }}
      />
      <YAxis
        width={Y_AXIS_WIDTH}
        domain={chart.y.domain}
        ticks={chart.y.ticks}
        interval={0}
        allowDataOverflow
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        tickFormatter={label(chart.y.ticks, chart.yLabels)}
      />
      <Tooltip
        formatter={(v, name) => [
          Array.isArray(v) ? v.map((x) => formatMoney(Number(x), shown, lang)).join(" – ") : formatMoney(Number(v), shown, lang),
          String(name),
        ]}
        labelFormatter={(m) => formatMonthOrdinal(Number(m), lang)}
        contentStyle={{ fontSize: 12 }}
      />
      {be ? (
        <ReferenceLine
          x={be.month}
          stroke={PAGE_PAINT.breakEven}
          strokeDasharray={CHART_STYLE.breakEvenDash}
          strokeWidth={CHART_STYLE.breakEvenWidth}
          label={{
            value: be.label,
            position: be.side === "start" ? "insideTopLeft" : "insideTopRight",
            fontSize: 11,
            fill: PAGE_PAINT.breakEven,
          }}
        />
      ) : null}
      {chart.bands.map((b) => (
        <Area
          key={b.key}
          data={b.points.map(([month, low, high]) => ({ month, range: [low, high] }))}
          dataKey="range"
          type="linear"
          stroke="none"
          fill={b.colour}
          fillOpacity={CHART_STYLE.bandOpacity}
          isAnimationActive={false}
          legendType="none"
          tooltipType="none"
        />
      ))}
      {chart.series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          type="linear"
          stroke={s.colour}
          strokeWidth={s.width}
          strokeDasharray={s.dashed ? CHART_STYLE.pinnedDash : undefined}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </ComposedChart>
  );
}

export function CumulativeChart({ showBands = false }: { showBands?: boolean }) {
  const t = useStrings();
  const scenario = useDeferredScenario();
  const pinned = useCalculator((s) => s.pinned);
  const chart = chartOf(scenario, pinned, t, showBands ? uncertaintyOf(scenario).band : null);
  return <CumulativeRecharts chart={chart} money={scenario} lang={t.lang} />;
}
