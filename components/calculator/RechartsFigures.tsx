"use client";
/**
 * The Recharts figures. This module is heavy, so it is loaded after the first paint (see
 * LazyCharts); the numbers are already on the page in the table and the verdict before it arrives.
 */
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { cumulativeCurve } from "@/lib/chart-data";
import { formatMoney, formatMoneyCompact, formatMonthOrdinal } from "@/lib/format";
import { APPROACHES, type Approach } from "@/lib/model";
import type { BandPoint } from "@/lib/uncertainty";
import { APPROACH_COLOURS } from "./ResultsTable";
import { uncertaintyOf } from "./more-derived";
import { derive, useCalculator, useDeferredScenario } from "./store";
import { useStrings } from "@/components/i18n/context";

const axisTick = { fontSize: 11, fill: "currentColor" };
const BAND_KEY = { rag: "bandRag", ft: "bandFt", hybrid: "bandHybrid" } as const;

function bandOf(band: BandPoint[], month: number, a: Approach): [number, number] {
  const b = band[month]!;
  return [b.low[a], b.high[a]];
}

export function CumulativeChart({ showBands = false }: { showBands?: boolean }) {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useDeferredScenario();
  const pinned = useCalculator((s) => s.pinned);
  const { estimate } = derive(scenario);
  const band = showBands ? uncertaintyOf(scenario).band : null;
  // Each point carries its month's band, [low, high] per approach, for the shaded ranges.
  const data = cumulativeCurve(estimate).map((p) =>
    band ? { ...p, bandRag: bandOf(band, p.month, "rag"), bandFt: bandOf(band, p.month, "ft"), bandHybrid: bandOf(band, p.month, "hybrid") } : p,
  );
  const pinnedData = pinned ? cumulativeCurve(derive(pinned).estimate) : null;
  const h = Math.max(scenario.horizonMonths, pinned?.horizonMonths ?? 0);
  const month = estimate.breakEven.month;
  return (
    <ComposedChart
      responsive
      data={data}
      style={{ width: "100%", height: 260 }}
      margin={{ top: 12, right: 12, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        dataKey="month"
        type="number"
        domain={[0, h]}
        allowDecimals={false}
        tick={axisTick}
        tickCount={Math.min(h + 1, 7)}
        label={{ value: t.charts.month, position: "insideBottomRight", offset: -2, fontSize: 11, fill: "currentColor" }}
      />
      <YAxis tick={axisTick} width={64} tickFormatter={(v: number) => formatMoneyCompact(v, scenario, lang, 2)} />
      <Tooltip
        formatter={(v, name) => [
          Array.isArray(v) ? v.map((x) => formatMoney(Number(x), scenario, lang)).join(" – ") : formatMoney(Number(v), scenario, lang),
          String(name).endsWith("-pinned") ? `${t.approach[String(name).replace("-pinned", "") as Approach]} (A)` : (t.approach[name as Approach] ?? String(name)),
        ]}
        labelFormatter={(m) => formatMonthOrdinal(Number(m), lang)}
        contentStyle={{ fontSize: 12 }}
      />
      <Legend itemSorter={null} formatter={(name: string) => t.approach[name as "rag"]} wrapperStyle={{ fontSize: 12 }} />
      {month !== null ? (
        <ReferenceLine
          x={month}
          stroke="#16a34a"
          strokeDasharray="4 3"
          label={{ value: `${t.charts.breakEven} · ${formatMonthOrdinal(month, lang)}`, position: "insideTopLeft", fontSize: 11, fill: "#16a34a" }}
        />
      ) : null}
      {band
        ? APPROACHES.map((a) => (
            <Area
              key={`band-${a}`}
              dataKey={BAND_KEY[a]}
              type="linear"
              stroke="none"
              fill={APPROACH_COLOURS[a]}
              fillOpacity={0.12}
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
              stroke={APPROACH_COLOURS[a]}
              strokeWidth={1.5}
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
              legendType="none"
            />
          ))
        : null}
      {APPROACHES.map((a) => (
        <Line key={a} dataKey={a} type="linear" stroke={APPROACH_COLOURS[a]} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
    </ComposedChart>
  );
}

export function BreakdownChart() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useDeferredScenario();
  const { estimate } = derive(scenario);
  const data = APPROACHES.map((a) => ({
    name: t.approach[a],
    upfront: estimate.approaches[a].upfront,
    ongoing: estimate.approaches[a].total - estimate.approaches[a].upfront,
  }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: "100%", height: 170 }}
      margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer
    >
      <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} horizontal={false} />
      <XAxis type="number" tick={axisTick} tickFormatter={(v: number) => formatMoneyCompact(v, scenario, lang, 2)} />
      <YAxis type="category" dataKey="name" tick={axisTick} width={72} />
      <Tooltip formatter={(v, name) => [formatMoney(Number(v), scenario, lang), name === "upfront" ? t.charts.upfront : t.charts.ongoing]} contentStyle={{ fontSize: 12 }} />
      <Legend itemSorter={null} formatter={(name: string) => (name === "upfront" ? t.charts.upfront : t.charts.ongoing)} wrapperStyle={{ fontSize: 12 }} />
      <Bar dataKey="upfront" stackId="cost" fill="#64748b" isAnimationActive={false} />
      <Bar dataKey="ongoing" stackId="cost" fill="#0ea5e9" isAnimationActive={false} />
    </BarChart>
  );
}
