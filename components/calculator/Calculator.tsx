"use client";
import { lazy } from "react";
import { PANELS, type Panel } from "@/lib/embed";
import { CumulativeFigure } from "./Charts";
import { CurrencyControl } from "./CurrencyControl";
import { ResultsTable } from "./ResultsTable";
import { useStrings } from "@/components/i18n/context";
import { useCalculator } from "./store";
import { Verdict } from "./Verdict";
import { WorkloadControls } from "./WorkloadControls";

// Panels an embed may leave out come in their own chunks, fetched only where they are shown.
// They still render on the server, so the first HTML has them where they appear.
const AssumptionsPanel = lazy(() => import("./AssumptionsPanel").then((m) => ({ default: m.AssumptionsPanel })));
const Presets = lazy(() => import("./Presets").then((m) => ({ default: m.Presets })));
const SharePanel = lazy(() => import("./SharePanel").then((m) => ({ default: m.SharePanel })));
const LatencyPanel = lazy(() => import("./LatencyPanel").then((m) => ({ default: m.LatencyPanel })));
const StalenessPanel = lazy(() => import("./LatencyPanel").then((m) => ({ default: m.StalenessPanel })));
const BreakdownFigure = lazy(() => import("./BreakdownFigure").then((m) => ({ default: m.BreakdownFigure })));
const PricingControl = lazy(() => import("./PricingControl").then((m) => ({ default: m.PricingControl })));
const CheaperMapPanel = lazy(() => import("./CheaperMapPanel").then((m) => ({ default: m.CheaperMapPanel })));
const TornadoPanel = lazy(() => import("./TornadoPanel").then((m) => ({ default: m.TornadoPanel })));
const ComparePanel = lazy(() => import("./ComparePanel").then((m) => ({ default: m.ComparePanel })));
const WarningsNotice = lazy(() => import("./WarningsNotice").then((m) => ({ default: m.WarningsNotice })));

/**
 * The whole calculator. It lays itself out by its own width (a container query): in a sidebar or
 * on a phone one column (sliders, verdict and results, then assumptions); with room, sliders and
 * assumptions on the left, results on the right.
 */
export function Calculator({
  panels = PANELS,
  primaryElsewhere = false,
  id = "calculator",
}: {
  panels?: readonly Panel[];
  /** The three main sliders, the currency and the chart are shown elsewhere on the page (the answer at the top). */
  primaryElsewhere?: boolean;
  id?: string;
}) {
  const t = useStrings();
  const show = (p: Panel) => panels.includes(p);
  const hasWarnings = useCalculator((s) => s.warnings.length > 0);
  return (
    <div className="@container scroll-mt-16" id={id}>
      <div className="grid gap-5 @3xl:grid-cols-[minmax(18rem,22rem)_1fr] @3xl:items-start">
        <section aria-label={t.calculator.workload} className="grid min-w-0 gap-5 @3xl:col-start-1 @3xl:row-start-1">
          {/* On the article pages the answer at the top says what the link had corrected. */}
          {hasWarnings && !primaryElsewhere ? <WarningsNotice /> : null}
          {show("controls") ? (
            <div className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm print:hidden dark:border-slate-800 dark:bg-slate-900">
              <h2 id="workload-heading" className="text-base font-semibold">
                {t.calculator.workload}
              </h2>
              {/* On the article pages the three main sliders and the currency sit with the answer at the top. */}
              <WorkloadControls fields={primaryElsewhere ? ["horizonMonths"] : undefined} />
              {show("presets") ? <Presets /> : null}
              {show("pricing") ? <PricingControl /> : null}
              {primaryElsewhere ? null : <CurrencyControl />}
            </div>
          ) : null}
        </section>
        <section aria-label={t.results.heading} className="grid min-w-0 gap-5 @3xl:col-start-2 @3xl:row-span-2 @3xl:row-start-1">
          {show("verdict") ? <Verdict howSure={show("sensitivity")} /> : null}
          {show("table") ? <ResultsTable /> : null}
          {show("chart") && !primaryElsewhere ? <CumulativeFigure /> : null}
          {show("map") ? <CheaperMapPanel /> : null}
          {show("sensitivity") ? <TornadoPanel /> : null}
          {show("compare") ? <ComparePanel /> : null}
          {show("breakdown") ? <BreakdownFigure /> : null}
          {show("latency") ? (
            <div className="grid gap-4 @lg:grid-cols-2">
              <LatencyPanel />
              <StalenessPanel />
            </div>
          ) : null}
          {show("share") ? <SharePanel /> : null}
        </section>
        {show("assumptions") ? (
          <div className="print:hidden @3xl:col-start-1 @3xl:row-start-2">
            <AssumptionsPanel />
          </div>
        ) : null}
      </div>
    </div>
  );
}
