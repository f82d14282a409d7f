"use client";
import { AssumptionsPanel } from "./AssumptionsPanel";
import { BreakdownFigure, CumulativeFigure } from "./Charts";
import { CurrencyControl } from "./CurrencyControl";
import { Presets } from "./Presets";
import { LatencyAndStaleness, ResultsTable } from "./ResultsTable";
import { useStrings } from "./strings";
import { Verdict } from "./Verdict";
import { WarningsNotice } from "./WarningsNotice";
import { WorkloadControls } from "./WorkloadControls";

/**
 * The whole calculator. It lays itself out by its own width (a container query): one column in a
 * sidebar or on a phone, controls beside results when it has the room.
 */
export function Calculator() {
  const t = useStrings();
  return (
    <div className="@container" id="calculator">
      <div className="grid gap-5 @3xl:grid-cols-[minmax(18rem,22rem)_1fr] @3xl:items-start">
        <section aria-labelledby="workload-heading" className="grid gap-5 @3xl:sticky @3xl:top-4">
          <WarningsNotice />
          <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900">
            <h2 id="workload-heading" className="text-base font-semibold">
              {t.calculator.workload}
            </h2>
            <WorkloadControls />
            <Presets />
            <CurrencyControl />
          </div>
          <AssumptionsPanel />
        </section>
        <section aria-label={t.results.heading} className="grid min-w-0 gap-5">
          <Verdict />
          <ResultsTable />
          <CumulativeFigure />
          <BreakdownFigure />
          <LatencyAndStaleness />
        </section>
      </div>
    </div>
  );
}
