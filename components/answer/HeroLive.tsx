"use client";
import { AnswerBar } from "@/components/answer/AnswerBar";
import { AnswerVerdict } from "@/components/answer/AnswerVerdict";
import { CumulativeFigure } from "@/components/calculator/Charts";
import { CurrencyControl } from "@/components/calculator/CurrencyControl";
import { PageStoreProvider } from "@/components/calculator/store";
import { WorkloadControls } from "@/components/calculator/WorkloadControls";
import type { StringsProviderType } from "@/components/i18n/context";

import type { Scenario, ScenarioWarning } from "@/lib/scenario";

/** What the page's store starts from: the server renders each gated part alone (components/gate). */
export interface StoreStart {
  initialScenario: Scenario;
  initialPinned: Scenario | null;
  warnings: ScenarioWarning[];
}

export interface HeroProps extends StoreStart {
  /** The words of the link down to the full calculator. */
  more: string;
}

/**
 * The answer at the top of the article (verdict, chart, the three main sliders, currency), as it
 * runs behind its gate (HeroGates.tsx): a root of its own that shares the page's store.
 */
export function heroLive(StringsProvider: StringsProviderType) {
  return function Hero({ more, ...start }: HeroProps) {
    return (
      <StringsProvider>
        <PageStoreProvider {...start}>
          <div className="min-w-0 [grid-area:verdict]">
            <AnswerVerdict />
          </div>
          <div className="min-w-0 [grid-area:chart]">
            <CumulativeFigure compact />
          </div>
          <div className="grid content-start gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 [grid-area:controls] print:hidden dark:border-slate-800 dark:bg-slate-900">
            <WorkloadControls fields={["queriesPerDay", "updatesPerMonth", "corpusTokens"]} />
            <CurrencyControl />
            <a
              href="#calculator"
              className="text-sm text-sky-800 underline underline-offset-4 dark:text-sky-300"
              data-testid="to-full-calculator"
            >
              {more} <span aria-hidden>↓</span>
            </a>
          </div>
        </PageStoreProvider>
      </StringsProvider>
    );
  };
}

/** The bar that keeps the answer in view once it has scrolled away, behind its own gate. */
export function answerBarLive(StringsProvider: StringsProviderType) {
  return function Bar(start: StoreStart) {
    return (
      <StringsProvider>
        <PageStoreProvider {...start}>
          <AnswerBar />
        </PageStoreProvider>
      </StringsProvider>
    );
  };
}
