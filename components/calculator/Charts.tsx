"use client";
import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import { formatMoney } from "@/lib/format";
import { APPROACHES, type Approach } from "@/lib/model";
import { useCalculator, useDerived } from "./store";
import { useStrings } from "@/components/i18n/context";

export function Placeholder({ height, label }: { height: number; label: string }) {
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

export const figure = "rounded-xl border border-slate-200 p-3 dark:border-slate-800";

export function CumulativeFigure({ bands = false }: { bands?: boolean }) {
  const t = useStrings();
  const [showBands, setShowBands] = useState(bands);
  return (
    <figure className={figure} data-testid="cumulative-figure">
      <figcaption className="mb-1">
        <span className="text-sm font-semibold">{t.charts.cumulative}</span>
        <span className="block text-xs text-slate-500 dark:text-slate-400">
          {t.charts.cumulativeHelp} {showBands ? t.charts.bandsHelp : ""}
        </span>
        <label className="mt-1 flex w-fit cursor-pointer items-center gap-1.5 text-xs print:hidden">
          <input type="checkbox" checked={showBands} onChange={(e) => setShowBands(e.target.checked)} className="accent-sky-600" data-testid="show-bands" />
          {t.charts.showBands}
        </label>
      </figcaption>
      <div className="text-slate-600 dark:text-slate-300" data-testid="cumulative-chart">
        <CumulativeChart showBands={showBands} />
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
  rows: { key: string | number; label: ReactNode; values: Record<Approach, number> }[];
  scroll?: boolean;
}) {
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  // Rows are formatted only while the table is open: closed, it costs nothing on a slider drag.
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-2 text-xs" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">{t.charts.showTable}</summary>
      <div className={`mt-2 ${scroll ? "max-h-64 overflow-auto" : "overflow-x-auto"}`}>
        <table className="w-full border-collapse tabular-nums" data-testid={testId}>
          {caption ? <caption className="sr-only">{caption}</caption> : null}
          <thead className={scroll ? "sticky top-0 bg-white dark:bg-slate-950" : undefined}>
            <tr>
              <th scope="col" className="py-1 text-left font-medium">
                {corner}
              </th>
              {APPROACHES.map((a) => (
                <th key={a} scope="col" className="py-1 text-right font-medium">
                  {t.approach[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(open ? rows : []).map((r) => (
              <tr key={r.key} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="py-0.5 text-left font-normal">
                  {r.label}
                </th>
                {APPROACHES.map((a) => (
                  <td key={a} className="py-0.5 text-right">
                    {formatMoney(r.values[a], scenario, t.lang)}
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
  const { estimate } = useDerived();
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
