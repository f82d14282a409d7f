"use client";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { CHART_STYLE, chartOfEstimate, fraction, type BandInput, type CumulativeChart, type LegendEntry } from "@/lib/chart-spec";
import { plotMarkup } from "@/lib/chart-svg";
import { formatMoney } from "@/lib/format";
import { ALL_APPROACHES, type Approach } from "@/lib/model";
import { CSS_VAR, cssVar, SERIES_VAR } from "@/lib/palette";
import type { Scenario } from "@/lib/scenario";
import { useTakeUp } from "./NumberField";
import { derive, useCalculator, useDeferredScenario } from "./store";
import { useStrings } from "@/components/i18n/context";
import type { ClientMessages } from "@/lib/i18n";

/** The cumulative chart's box, shared by the server-drawn SVG and the interactive chart so neither shifts the page. */
export const CHART_BOX = { height: 200, top: 12, right: 12, bottom: 34, left: 68 } as const;

/** Paint for charts on the page: the palette's CSS variables, so light and dark follow the page without a re-render. */
export const PAGE_PAINT = {
  series: SERIES_VAR,
  ink: cssVar(CSS_VAR.ink),
  muted: cssVar(CSS_VAR.muted),
  grid: cssVar(CSS_VAR.grid),
  axis: cssVar(CSS_VAR.axis),
  breakEven: cssVar(CSS_VAR.breakEven),
  background: "transparent",
};

/**
 * The chart for a scenario (and the pinned one), described once (lib/chart-spec.ts) for both of
 * the page's renderers. Axes fit the lines; bands, when given, are clipped to them.
 */
export function chartOf(
  scenario: Scenario,
  pinned: Scenario | null,
  t: ClientMessages,
  band: BandInput[] | null = null,
): CumulativeChart {
  return chartOfEstimate({
    estimate: derive(scenario).estimate,
    money: scenario,
    horizonMonths: scenario.horizonMonths,
    pinned: pinned ? { estimate: derive(pinned).estimate, horizonMonths: pinned.horizonMonths } : null,
    band,
    words: t,
    colours: SERIES_VAR,
  });
}

// Recharts is loaded when the reader reaches for the chart: it is about 112 KB gzipped, and it draws
// nothing on the server (recharts/recharts#5997). Until then the SVG drawn from the same
// description stands in its place, on the server and in the browser, and follows every change.
const RechartsCumulative = lazy(() => import("./RechartsFigures").then((m) => ({ default: m.CumulativeChart })));
const CumulativeChartLive = ({ showBands }: { showBands: boolean }) => (
  <Suspense fallback={<StaticCumulativeFromStore />}>
    <RechartsCumulative showBands={showBands} />
  </Suspense>
);

export const figure = "rounded-xl border border-slate-200 p-3 dark:border-slate-800";

/** Where a fraction of the plot's width falls, as CSS: the plot starts 68 px in and ends 12 px short. */
const plotX = (f: number) => `calc(${CHART_BOX.left}px + (100% - ${CHART_BOX.left + CHART_BOX.right}px) * ${f.toFixed(4)})`;

/** The chart drawn without script: an SVG plot stretched to the box, labels placed around it. */
export function StaticCumulativeChart({ chart }: { chart: CumulativeChart }) {
  const plotHeight = CHART_BOX.height - CHART_BOX.top - CHART_BOX.bottom;
  const be = chart.breakEven;
  return (
    <div className="relative text-[11px]" style={{ height: CHART_BOX.height }} data-testid="static-chart">
      <svg
        className="absolute overflow-visible"
        style={{
          left: CHART_BOX.left,
          top: CHART_BOX.top,
          width: `calc(100% - ${CHART_BOX.left + CHART_BOX.right}px)`,
          height: plotHeight,
        }}
        viewBox="0 0 1000 1000"
        preserveAspectRatio="none"
        aria-hidden
        focusable="false"
        dangerouslySetInnerHTML={{
          __html: plotMarkup(chart, PAGE_PAINT, 1000, 1000, { nonScaling: true }),
        }}
      />
      <svg
        className="absolute top-0 left-0 overflow-visible"
        width={CHART_BOX.left}
        height={CHART_BOX.height}
        aria-hidden
        focusable="false"
        data-testid="static-y-axis"
      >
        {chart.y.ticks.map((v, i) => (
          <text
            key={v}
            x={CHART_BOX.left - 6}
            y={CHART_BOX.top + (1 - fraction(chart.y, v)) * plotHeight + 4}
            textAnchor="end"
            fontSize={11}
            fill={PAGE_PAINT.muted}
            data-tick={v}
          >
            {chart.yLabels[i]}
          </text>
        ))}
      </svg>
      {chart.x.ticks.map((v, i) => (
        <span
          key={v}
          className="absolute -translate-x-1/2 leading-none tabular-nums"
          style={{ left: plotX(fraction(chart.x, v)), top: CHART_BOX.height - CHART_BOX.bottom + 6, color: PAGE_PAINT.muted }}
          aria-hidden
        >
          {chart.xLabels[i]}
        </span>
      ))}
      <span className="absolute right-3 bottom-0 leading-none" style={{ color: PAGE_PAINT.muted }} aria-hidden>
        {chart.xTitle}
      </span>
      {be ? (
        <span
          className="absolute whitespace-nowrap"
          style={{
            ...(be.side === "start"
              ? { left: `calc(${plotX(fraction(chart.x, be.month))} + 4px)` }
              : { right: `calc(100% - ${plotX(fraction(chart.x, be.month))} + 4px)` }),
            top: CHART_BOX.top + 2,
            color: PAGE_PAINT.breakEven,
          }}
        >
          {be.label}
        </span>
      ) : null}
    </div>
  );
}

function StaticCumulativeFromStore() {
  const t = useStrings();
  const scenario = useDeferredScenario();
  const pinned = useCalculator((s) => s.pinned);
  return <StaticCumulativeChart chart={chartOf(scenario, pinned, t)} />;
}

/** One legend for both states of the chart: a line swatch (dashed for the pinned scenario) and the name in its colour. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs font-medium" data-testid="chart-legend">
      {entries.map((e) => (
        <li key={e.label} className="flex items-center gap-1.5" style={{ color: e.colour }}>
          <svg width="22" height="8" aria-hidden focusable="false">
            <line
              x1="1"
              x2="21"
              y1="4"
              y2="4"
              stroke={e.colour}
              strokeWidth={e.dashed ? 2 : 3}
              strokeDasharray={e.dashed ? CHART_STYLE.pinnedDash : undefined}
            />
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether the interactive chart (Recharts, most of the page's script weight) has been asked for: on
 * the reader's first pointer, touch or focus on the chart, or the bands switch. Until then the chart
 * drawn from the same numbers without it (StaticCumulativeChart) follows every change, so nothing
 * is lost but the tooltips, and the page's first seconds carry none of Recharts.
 */
function useOnInteraction(): [boolean, () => void] {
  const [ready, setReady] = useState(false);
  return [ready, () => setReady(true)];
}

/**
 * The cumulative cost chart. The bands start hidden everywhere, so the answer, the article and the
 * embed draw the same chart. `compact`: for the answer at the top of the page; the help line shows
 * from small screens up only.
 */
export function CumulativeFigure({ compact = false }: { compact?: boolean }) {
  const t = useStrings();
  const [showBands, setShowBands] = useState(false);
  const [live, goLive] = useOnInteraction();
  // Ticked before the code arrived: taken up when it does.
  const bandsBox = useTakeUp<HTMLInputElement>(false, (el) => {
    goLive();
    setShowBands(el.checked);
  });
  const scenario = useDeferredScenario();
  const pinned = useCalculator((s) => s.pinned);
  const chart = chartOf(scenario, pinned, t);
  return (
    <figure className={figure} data-testid="cumulative-figure">
      <figcaption className={compact ? "mb-1 flex flex-wrap items-baseline gap-x-3" : "mb-1"}>
        <span className="text-sm font-semibold">{t.charts.cumulative}</span>
        <span
          className={`${compact ? "order-last hidden basis-full sm:block" : "block"} text-xs text-slate-600 dark:text-slate-400`}
        >
          {t.charts.cumulativeHelp} {showBands ? `${t.charts.bandsHelp} ${t.charts.bandsClipped}` : ""}
        </span>
        <label className={`${compact ? "" : "mt-1"} flex w-fit cursor-pointer items-center gap-1.5 text-xs print:hidden`}>
          <input
            ref={bandsBox}
            type="checkbox"
            checked={showBands}
            onChange={(e) => {
              goLive();
              setShowBands(e.target.checked);
            }}
            className="accent-sky-600"
            data-testid="show-bands"
          />
          {t.charts.showBands}
        </label>
        <noscript>
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="noscript-note">
            {t.charts.noScript}
          </p>
        </noscript>
      </figcaption>
      <div className="mb-1">
        <ChartLegend entries={chart.legend} />
      </div>
      <div
        className="text-slate-600 dark:text-slate-300"
        data-testid="cumulative-chart"
        onPointerEnter={goLive}
        onFocus={goLive}
        onTouchStart={goLive}
      >
        {live ? <CumulativeChartLive showBands={showBands} /> : <StaticCumulativeChart chart={chart} />}
      </div>
      <SeriesTable />
    </figure>
  );
}

/** A chart's numbers as a table behind a disclosure: one row per label, one column per approach. */
export function ApproachTable({
  testId,
  caption,
  corner = "",
  rows,
  scroll = false,
}: {
  testId: string;
  caption?: string;
  corner?: string;
  rows: { key: string | number; label: ReactNode; values: Record<Approach, number> & { lc?: number } }[];
  scroll?: boolean;
}) {
  const t = useStrings();
  // Long context's column where its values are given (v3, where it fits).
  const columns = ALL_APPROACHES.filter((a) => rows[0]?.values[a] !== undefined);
  const scenario = useCalculator((s) => s.scenario);
  // The first HTML carries the rows (readers without script open the table natively); afterwards,
  // rows are formatted only while the table is open: closed, it costs nothing on a slider drag.
  const [open, setOpen] = useState(false);
  const [first] = useState(scenario);
  const filled = open || scenario === first;
  return (
    <details className="mt-2 text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">
        {t.charts.showTable}
      </summary>
      {/* Focusable, so a keyboard can scroll it; a named group, not a landmark (the figure can appear twice). */}
      <div
        className={`mt-2 ${scroll ? "max-h-64 overflow-auto" : "overflow-x-auto"}`}
        tabIndex={0}
        role="group"
        aria-label={caption ?? t.charts.showTable}
      >
        <table className="w-full border-collapse tabular-nums" data-testid={testId}>
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className={scroll ? "sticky top-0 bg-white dark:bg-slate-950" : undefined}>
            <tr>
              <th scope="col" className="py-1 text-left font-medium">
                {corner}
              </th>
              {columns.map((a) => (
                <th key={a} scope="col" className="py-1 text-right font-medium">
                  <span
                    className="mr-1 inline-block size-2 rounded-full align-middle"
                    style={{ background: SERIES_VAR[a] }}
                    aria-hidden
                  />
                  {t.approach[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(filled ? rows : []).map((r) => (
              <tr key={r.key} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 text-left font-normal">
                  {r.label}
                </th>
                {columns.map((a) => (
                  <td key={a} className="py-0.5 text-right">
                    {formatMoney(r.values[a]!, scenario, t.lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** The cumulative chart as a table: the text alternative, and the numbers to check. */
function SeriesTable() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { estimate } = derive(scenario);
  return (
    <ApproachTable
      testId="series-table"
      caption={t.a11y.chartTableCaption}
      corner={t.charts.month}
      scroll
      rows={estimate.series.map((p) => ({ key: p.month, label: p.month, values: p }))}
    />
  );
}
