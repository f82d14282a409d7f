"use client";
import { lazy, useId } from "react";
import { formatCorpus, formatMonths, formatQueries, formatUpdates } from "@/lib/format";
import { PricesNote } from "./PricesNote";
import { accuracySet, useCalculator, useDerived } from "./store";
import { useStrings } from "@/components/i18n/context";
import { verdictSentences } from "@/lib/i18n/text";
import { LazyPerCorrectNote } from "@/components/answer/lazy-per-correct";

// Bands and the tornado, with the assumptions' words, load in their own chunk.
const HowSure = lazy(() => import("./HowSure").then((m) => ({ default: m.HowSure })));

/** `howSure`: add whether the winner holds across the bands and what moves it (the sensitivity panel's summary). */
/** `level`: the heading's level where the verdict sits (3 inside the calculator, 2 right under an embed's title). */
export function Verdict({ howSure = true, level = 3 }: { howSure?: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const t = useStrings();
  const scenario = useCalculator((s) => s.scenario);
  const { verdict } = useDerived();
  const headingId = useId();
  const [first, ...rest] = verdictSentences(t, verdict, scenario.horizonMonths, scenario);
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-xl border border-sky-200 bg-sky-50 p-4 dark:border-sky-900 dark:bg-sky-950/40"
    >
      <Heading id={headingId} className="text-xs font-semibold uppercase tracking-wide text-sky-800 dark:text-sky-300">
        {t.verdict.heading}
      </Heading>
      {/* On paper the sliders are hidden, so say which scenario these numbers are for. */}
      <p className="hidden text-xs text-slate-600 print:block">
        {t.article.currentScenario}: {formatQueries(scenario.queriesPerDay, t.lang)} ·{" "}
        {formatUpdates(scenario.updatesPerMonth, t.lang)} · {formatCorpus(scenario.corpusTokens, t.lang)} ·{" "}
        {formatMonths(scenario.horizonMonths, t.lang)}
      </p>
      <div aria-live="polite" data-testid="verdict">
        <p className="mt-1 text-lg font-semibold leading-snug text-slate-900 dark:text-white">{first}</p>
        {rest.map((sentence) => (
          <p
            key={sentence}
            data-testid="verdict-sentence"
            className="mt-1 text-sm leading-relaxed text-slate-700 dark:text-slate-300"
          >
            {sentence}
          </p>
        ))}
        {/* v3: once the reader sets an accuracy or a task kind, the per-correct-answer verdict follows the cost one. */}
        {accuracySet(scenario) ? <LazyPerCorrectNote variant="verdict" /> : null}
        {howSure ? <HowSure /> : null}
      </div>
      <PricesNote />
    </section>
  );
}
