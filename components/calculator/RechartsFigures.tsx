"use client";
/**
 * The interactive cumulative chart (tooltips, keyboard). This module is heavy, so it is loaded when
 * the page is idle or the reader reaches for the chart; until then the server-drawn SVG of the same
 * chart stands in its place, with the same box, domain and ticks (see Charts.tsx).
 */
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { cumulativeCurve } from "@/lib/chart-data";
import { formatMoney, formatMonthOrdinal } from "@/lib/format";
import { APPROACHES, type Approach } from "@/lib/model";
import { BAND_OPACITY, PINNED_DASH, SERIES_VAR } from "@/lib/palette";
import { CHART_BOX, chartOf, PAGE_PAINT } from "./Charts";
import { uncertaintyOf } from "./more-derived";
import { derive, useCalculator, useDeferredScenario } from "./store";
import { useStrings } from "@/components/i18n/context";

const axisTick = { fontSize: 11, fill: PAGE_PAINT.muted };
const BAND_KEY = { rag: "bandRag", ft: "bandFt", hybrid: "bandHybrid" } as const;

export function CumulativeChart({ showBands = false }: { showBands?: boolean }) {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useDeferredScenario();
  const pinned = useCalculator((s) => s.pinned);
  const { estimate } = derive(scenario);
  const band = showBands ? uncertaintyOf(scenario).band : null;
  // The same axes as the server-drawn chart: fitted to the lines, never to the bands.
  const chart = chartOf(scenario, pinned, t);
  const rate = scenario.currency === "CNY" ? scenario.fxRate : 1;
  const top = chart.y.domain[1];
  const clip = (v: number) => Math.min(top, v * rate);
  // Amounts in the display currency; each point carries its month's band, [low, high] per approach.
  const data = cumulativeCurve(estimate).map((p) => {
    const row: Record<string, number | [number, number]> = {
      month: p.month,
      rag: p.rag * rate,
      ft: p.ft * rate,
      hybrid: p.hybrid * rate,
    };
    if (band) for (const a of APPROACHES) row[BAND_KEY[a]] = [clip(band[p.month]!.low[a]), clip(band[p.month]!.high[a])];
    return row;
  });
  const pinnedData = pinned
    ? cumulativeCurve(derive(pinned).estimate).map((p) => ({
        month: p.month,
        rag: p.rag * rate,
        ft: p.ft * rate,
        hybrid: p.hybrid * rate,
      }))
    : null;
  const shown = { currency: scenario.currency, fxRate: 1 };
  const label = (v: number) => chart.yLabels[chart.y.ticks.indexOf(v)] ?? formatMoney(v, shown, lang);
  const month = estimate.breakEven.month;
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: CHART_BOX.height }}
      margin={{ top: CHART_BOX.top, right: CHART_BOX.right, bottom: 0, left: CHART_BOX.left - 64 }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={PAGE_PAINT.grid} />
      <XAxis
        dataKey="month"
        type="number"
        domain={chart.x.domain}
        ticks={chart.x.ticks}
        interval={0}
        allowDecimals={false}
        height={CHART_BOX.bottom}
        tick={axisTick}
        tickLine={false}
        axisLine={{ stroke: PAGE_PAINT.axis }}
        label={{ value: t.charts.month, position: "insideBottomRight", offset: 0, fontSize: 11, fill: PAGE_PAINT.muted }}
      />
      <YAxis
        width={64}
        domain={chart.y.domain}
        ticks={chart.y.ticks}
        interval={0}
        allowDataOverflow
        tick={axisTick}
        tickLine={false}
        axisLine={false}
        tickFormatter={label}
      />
      <Tooltip
        formatter={(v, name) => [
          Array.isArray(v) ? v.map((x) => formatMoney(Number(x), shown, lang)).join(" – ") : formatMoney(Number(v), shown, lang),
          String(name).endsWith("-pinned")
            ? `${t.approach[String(name).replace("-pinned", "") as Approach]}${t.charts.pinnedSuffix}`
            : (t.approach[name as Approach] ?? String(name)),
        ]}
        labelFormatter={(m) => formatMonthOrdinal(Number(m), lang)}
        contentStyle={{ fontSize: 12 }}
      />
      {month !== null ? (
        <ReferenceLine
          x={month}
          stroke={PAGE_PAINT.breakEven}
          strokeDasharray="4 3"
          strokeWidth={1.5}
          label={{ value: chart.breakEven?.label, position: "insideTopLeft", fontSize: 11, fill: PAGE_PAINT.breakEven }}
        />
      ) : null}
      {band
        ? APPROACHES.map((a) => (
            <Area
              key={`band-${a}`}
              dataKey={BAND_KEY[a]}
              type="linear"
              stroke="none"
              fill={SERIES_VAR[a]}
              fillOpacity={BAND_OPACITY}
              isAnimationActive={false}
              legendType="none"
              tooltipType="none"
            />
          ))
        : null}
      {pinnedData
        ? APPROACHES.map((a) => (
            <Line
              key={`pinned-${a}`}
              data={pinnedData}
              dataKey={a}
              name={`${a}-pinned`}
              type="linear"
              stroke={SERIES_VAR[a]}
              strokeWidth={1.5}
              strokeDasharray={PINNED_DASH}
              dot={false}
              isAnimationActive={false}
            />
          ))
        : null}
      {APPROACHES.map((a) => (
        <Line key={a} dataKey={a} type="linear" stroke={SERIES_VAR[a]} strokeWidth={2.25} dot={false} isAnimationActive={false} />
      ))}
    </ComposedChart>
  );
}
