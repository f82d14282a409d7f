"use client";
import dynamic from "next/dynamic";
import { formatMoney } from "@/lib/format";
import { APPROACHES, COST_CATEGORIES } from "@/lib/model";
import { useCalculator, useDerived } from "./store";
import { useStrings } from "@/components/i18n/context";

function Placeholder({ height, label }: { height: number; label: string }) {
  return (
    <div style={{ height }} className="grid place-items-center rounded-lg bg-slate-50 text-xs text-slate-400 dark:bg-slate-900 dark:text-slate-500">
      {label}
    </div>
  );
}

// Recharts is loaded after the page is interactive: it is most of the page's script weight.
const CumulativeChart = dynamic(() => import("./RechartsFigures").then((m) => m.CumulativeChart), {
  ssr: false,
  loading: () => <Placeholder height={260} label="…" />,
});
const BreakdownChart = dynamic(() => import("./RechartsFigures").then((m) => m.BreakdownChart), {
  ssr: false,
  loading: () => <Placeholder height={170} label="…" />,
});

const figure = "rounded-xl border border-slate-200 p-3 dark:border-slate-800";

export function CumulativeFigure() {
  const t = useStrings();
  return (
    <figure className={figure} data-testid="cumulative-figure">
      <figcaption className="mb-1">
        <span className="text-sm font-semibold">{t.charts.cumulative}</span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{t.charts.cumulativeHelp}</span>
      </figcaption>
      <div className="text-slate-600 dark:text-slate-300" data-testid="cumulative-chart">
        <CumulativeChart />
      </div>
      <SeriesTable />
    </figure>
  );
}

export function BreakdownFigure() {
  const t = useStrings();
  return (
    <figure className={figure} data-testid="breakdown-figure">
      <figcaption className="mb-1">
        <span className="text-sm font-semibold">{t.charts.breakdown}</span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">{t.charts.breakdownHelp}</span>
      </figcaption>
      <div className="text-slate-600 dark:text-slate-300">
        <BreakdownChart />
      </div>
      <BreakdownTable />
    </figure>
  );
}

/** The cumulative chart as a table: the text alternative, and the numbers to check. */
function SeriesTable() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { estimate } = useDerived();
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">{t.charts.showTable}</summary>
      <div className="mt-2 max-h-64 overflow-auto">
        <table className="w-full border-collapse tabular-nums" data-testid="series-table">
          <caption className="sr-only">{t.a11y.chartTableCaption}</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-950">
            <tr>
              <th scope="col" className="py-1 text-left font-medium">
                {t.charts.month}
              </th>
              {APPROACHES.map((a) => (
                <th key={a} scope="col" className="py-1 text-right font-medium">
                  {t.approach[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {estimate.series.map((p) => (
              <tr key={p.month} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 text-left font-normal">
                  {p.month}
                </th>
                {APPROACHES.map((a) => (
                  <td key={a} className="py-0.5 text-right">
                    {formatMoney(p[a], scenario, t.lang)}
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

function BreakdownTable() {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { estimate } = useDerived();
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">{t.charts.showTable}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse tabular-nums" data-testid="breakdown-table">
          <thead>
            <tr>
              <th scope="col" className="py-1 text-left font-medium" />
              {APPROACHES.map((a) => (
                <th key={a} scope="col" className="py-1 text-right font-medium">
                  {t.approach[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {COST_CATEGORIES.map((c) => (
              <tr key={c} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 text-left font-normal">
                  {t.categories[c]}
                </th>
                {APPROACHES.map((a) => (
                  <td key={a} className="py-0.5 text-right">
                    {formatMoney(estimate.approaches[a].breakdown[c], scenario, t.lang)}
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
