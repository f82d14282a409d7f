"use client";
import type { ReactNode } from "react";
import { CurrencyControl } from "@/components/calculator/CurrencyControl";
import { ScenarioForm } from "@/components/calculator/ScenarioForm";
import { useCalculator } from "@/components/calculator/store";
import { WorkloadControls } from "@/components/calculator/WorkloadControls";
import { useStrings } from "@/components/i18n/context";
import {
  AssumptionsPanel,
  BreakdownFigure,
  CheaperMapPanel,
  ComparePanel,
  CumulativeFigure,
  LatencyPanel,
  Presets,
  PricingControl,
  ResultsTable,
  SharePanel,
  StalenessPanel,
  TornadoPanel,
  Verdict,
  WarningsNotice,
} from "@/components/islands";
import { WORKLOAD_KEYS } from "@/lib/assumptions";
import type { Panel } from "@/lib/embed";

/**
 * The calculator as a blog post shows it: the answer first (verdict, then the chart; side by side
 * when the post is wide), then compact controls, then whatever other panels the URL asks for, one
 * column. A title line above and a source line below come from EmbedPage.
 */
export function EmbedCalculator({
  panels,
  title,
  source,
  action,
  options,
}: {
  panels: readonly Panel[];
  title: ReactNode;
  source: ReactNode;
  /** The embed's own page: its controls are a form that works before and without the code (ScenarioForm). */
  action: string;
  options: Record<string, string>;
}) {
  const t = useStrings();
  const show = (p: Panel) => panels.includes(p);
  const hasWarnings = useCalculator((s) => s.warnings.length > 0);
  const controls = show("controls") || show("presets") || show("pricing");
  return (
    <div className="@container grid gap-3">
      {title}
      {hasWarnings ? <WarningsNotice /> : null}
      {show("verdict") || show("chart") ? (
        <div
          className={`grid gap-3 ${show("verdict") && show("chart") ? "@3xl:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] @3xl:items-start" : ""}`}
        >
          {show("verdict") ? <Verdict howSure={show("sensitivity")} level={2} /> : null}
          {show("chart") ? <CumulativeFigure compact /> : null}
        </div>
      ) : null}
      {controls ? (
        <ScenarioForm
          action={action}
          options={options}
          fields={show("controls") ? WORKLOAD_KEYS : []}
          currency={show("controls")}
          aria-label={t.calculator.workload}
          className="grid gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900"
        >
          {show("controls") ? (
            <div className="@xl:[&>div]:grid-cols-2 @xl:[&>div]:items-start @xl:[&>div]:gap-x-5">
              <WorkloadControls />
            </div>
          ) : null}
          {show("presets") ? <Presets /> : null}
          {show("pricing") ? <PricingControl /> : null}
          {show("controls") ? <CurrencyControl /> : null}
        </ScenarioForm>
      ) : null}
      {show("table") ? <ResultsTable /> : null}
      {show("map") ? <CheaperMapPanel /> : null}
      {show("sensitivity") ? <TornadoPanel /> : null}
      {show("compare") ? <ComparePanel /> : null}
      {show("breakdown") ? <BreakdownFigure /> : null}
      {show("latency") ? (
        <div className="grid gap-3 @lg:grid-cols-2">
          <LatencyPanel />
          <StalenessPanel />
        </div>
      ) : null}
      {show("assumptions") ? <AssumptionsPanel action={action} options={options} /> : null}
      {show("share") ? <SharePanel /> : null}
      {source}
    </div>
  );
}
