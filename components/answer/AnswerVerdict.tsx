"use client";
import { useStrings } from "@/components/i18n/context";
import { PricesNote } from "@/components/calculator/PricesNote";
import { accuracySet, useCalculator, useDerived } from "@/components/calculator/store";
import { formatMoney, formatMonths, formatPercent } from "@/lib/format";
import { answerHeadline, answerRunnerUp, answerThird, lcMissingLine } from "@/lib/i18n/text";
import { LazyPerCorrectNote } from "./lazy-per-correct";

/**
 * The answer in one look: the cheapest approach and its total over the horizon in the reader's
 * currency, the runner-up named in words a newcomer already has, and the date of the prices.
 */
export function AnswerVerdict() {
  const t = useStrings();
  const lang = t.lang;
  const scenario = useCalculator((s) => s.scenario);
  const { verdict, estimate } = useDerived();
  const money = (usd: number) => formatMoney(usd, scenario, lang);
  // The third cheapest (v3 with long context: the third of four; the fourth is in the table).
  const [, , third] = verdict.ranking;
  const horizon = formatMonths(scenario.horizonMonths, lang);
  return (
    // Not a second landmark: the page's #answer region around it already carries this name.
    <section
      className="rounded-xl border border-sky-200 bg-sky-50 p-3 sm:p-4 dark:border-sky-900 dark:bg-sky-950/40"
      data-testid="answer"
    >
      <h2 id="answer-heading" className="text-xs font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">
        {t.answer.heading}
      </h2>
      <div aria-live="polite">
        <p
          className="mt-0.5 text-lg font-bold leading-snug text-slate-900 sm:text-2xl dark:text-white"
          data-testid="answer-headline"
        >
          {answerHeadline(t, t.answer.short[verdict.cheapest], money(estimate.approaches[verdict.cheapest]!.total), horizon)}
        </p>
        <p
          className="mt-1 text-[13px] leading-snug text-slate-700 sm:text-sm sm:leading-relaxed dark:text-slate-300"
          data-testid="answer-detail"
        >
          {answerRunnerUp(t, t.answer.plain[verdict.runnerUp], money(verdict.saving), formatPercent(verdict.savingShare, lang))}
          {lang === "zh" ? null : " "}
          {third ? answerThird(t, t.answer.plain[third], money(estimate.approaches[third]!.total)) : null}
          {/* v3: long context out of the window, said once, in the same paragraph (a phone's first screen is short). */}
          {verdict.lcMissing ? (
            <>
              {lang === "zh" ? null : " "}
              <span data-testid="answer-lc">{lcMissingLine(t, verdict.lcMissing)}</span>
            </>
          ) : null}
        </p>
        {/* Cost per correct answer once accuracy is set. */}
        {accuracySet(scenario) ? <LazyPerCorrectNote variant="answer" /> : null}
      </div>
      <PricesNote compact />
    </section>
  );
}
