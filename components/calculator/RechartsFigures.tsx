"use client";
/**
 * The Recharts figures. This module is heavy, so it is loaded after the first paint (see
 * LazyCharts); the numbers are already on the page in the table and the verdict before it arrives.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { cumulativeCurve } from "@/lib/chart-data";
import { formatMoney, formatMoneyCompact, formatMonthOrdinal } from "@/lib/format";
import { APPROACHES } from "@/lib/model";
import { APPROACH_COLOURS } from "./ResultsTable";
import { useCalculator, useDerived } from "./store";
import { useStrings } from "@/components/i18n/context";

const axisTick = { fontSize: 11, fill: "currentColor" };

export function CumulativeChart() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { estimate } = useDerived();
  const data = cumulativeCurve(estimate);
  const h = scenario.horizonMonths;
  const month = estimate.breakEven.month;
  return (
    <LineChart
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
        formatter={(v, name) => [formatMoney(Number(v), scenario, lang), t.approach[name as "rag"]]}
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
      {APPROACHES.map((a) => (
        <Line key={a} dataKey={a} type="linear" stroke={APPROACH_COLOURS[a]} strokeWidth={2} dot={false} isAnimationActive={false} />
      ))}
    </LineChart>
  );
}

export function BreakdownChart() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { estimate } = useDerived();
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
