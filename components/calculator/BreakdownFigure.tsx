"use client";
import dynamic from "next/dynamic";
import { useStrings } from "@/components/i18n/context";
import { COST_CATEGORIES } from "@/lib/model";
import { ApproachTable, figure, Placeholder } from "./Charts";
import { useDerived } from "./store";

const BreakdownChart = dynamic(() => import("./RechartsFigures").then((m) => m.BreakdownChart), {
  ssr: false,
  loading: () => <Placeholder height={170} label="…" />,
});

/** Upfront against ongoing cost per approach, with the breakdown by category as a table. */
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

function BreakdownTable() {
  const t = useStrings();
  const { estimate } = useDerived();
  return (
    <ApproachTable
      testId="breakdown-table"
      rows={COST_CATEGORIES.map((c) => ({
        key: c,
        label: t.categories[c],
        values: { rag: estimate.approaches.rag.breakdown[c], ft: estimate.approaches.ft.breakdown[c], hybrid: estimate.approaches.hybrid.breakdown[c] },
      }))}
    />
  );
}
