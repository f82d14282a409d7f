"use client";
import { AssumptionsPanel } from "./AssumptionsPanel";
import { BreakdownFigure, CumulativeFigure } from "./Charts";
import { CurrencyControl } from "./CurrencyControl";
import { Presets } from "./Presets";
import { LatencyPanel, ResultsTable, StalenessPanel } from "./ResultsTable";
import { useStrings } from "./strings";
import { Verdict } from "./Verdict";
import { WarningsNotice } from "./WarningsNotice";
import { WorkloadControls } from "./WorkloadControls";

/**
 * The whole calculator. It lays itself out by its own width (a container query): in a sidebar or
 * on a phone one column (sliders, verdict and results, then assumptions); with room, sliders and
 * assumptions on the left, results on the right.
 */
export function Calculator() {
  const t = useStrings();
  return (
    <div className="@container scroll-mt-16" id="calculator">
      <div className="grid gap-5 @3xl:grid-cols-[minmax(18rem,22rem)_1fr] @3xl:items-start">
        <section aria-labelledby="workload-heading" className="grid gap-5 @3xl:col-start-1 @3xl:row-start-1">
          <WarningsNotice />
          <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden dark:border-slate-800 dark:bg-slate-900">
            <h2 id="workload-heading" className="text-base font-semibold">
              {t.calculator.workload}
            </h2>
            <WorkloadControls />
            <Presets />
            <CurrencyControl />
          </div>
        </section>
        <section aria-label={t.results.heading} className="grid min-w-0 gap-5 @3xl:col-start-2 @3xl:row-span-2 @3xl:row-start-1">
          <Verdict />
          <ResultsTable />
          <CumulativeFigure />
          <BreakdownFigure />
          <div className="grid gap-4 @lg:grid-cols-2">
            <LatencyPanel />
            <StalenessPanel />
          </div>
        </section>
        <div className="print:hidden @3xl:col-start-1 @3xl:row-start-2">
          <AssumptionsPanel />
        </div>
      </div>
    </div>
  );
}
