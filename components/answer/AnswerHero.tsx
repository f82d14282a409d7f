"use client";
import { CurrencyControl } from "@/components/calculator/CurrencyControl";
import { ScenarioForm } from "@/components/calculator/ScenarioForm";
import { useCalculator } from "@/components/calculator/store";
import { WorkloadControls } from "@/components/calculator/WorkloadControls";
import { AnswerVerdict, CumulativeFigure, WarningsNotice } from "@/components/islands";
import type { WorkloadKey } from "@/lib/assumptions";

const MAIN_FIELDS: readonly WorkloadKey[] = ["queriesPerDay", "updatesPerMonth", "corpusTokens"];

/**
 * The answer at the top of the article: the verdict, the cumulative chart, and the three main
 * sliders with the currency, as a form that works before and without the code (ScenarioForm).
 */
export function AnswerHero({ action, more }: { action: string; more: string }) {
  const hasWarnings = useCalculator((s) => s.warnings.length > 0);
  return (
    <>
      <div className="min-w-0 [grid-area:verdict]">
        <AnswerVerdict />
      </div>
      <div className="min-w-0 [grid-area:chart]">
        <CumulativeFigure compact />
      </div>
      <ScenarioForm
        action={action}
        fields={MAIN_FIELDS}
        currency
        className="grid content-start gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 [grid-area:controls] print:hidden dark:border-slate-800 dark:bg-slate-900"
      >
        {hasWarnings ? <WarningsNotice /> : null}
        <WorkloadControls fields={MAIN_FIELDS} />
        <CurrencyControl />
        <a
          href="#calculator"
          className="text-sm text-sky-800 underline underline-offset-4 dark:text-sky-300"
          data-testid="to-full-calculator"
        >
          {more} <span aria-hidden>↓</span>
        </a>
      </ScenarioForm>
    </>
  );
}
